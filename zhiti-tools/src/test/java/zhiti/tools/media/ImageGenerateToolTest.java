package zhiti.tools.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.agent.Observation;
import zhiti.agent.Settings;
import zhiti.agent.ToolName;
import zhiti.core.Artifact;

class ImageGenerateToolTest {

    @TempDir
    Path home;

    @Test
    void offlineItSaysWhatToConfigureAndPointsToChart() {
        MediaCalls calls = new MediaCalls(home);
        assertThat(calls.registry().find(ToolName.IMAGE_GENERATE.id())).isPresent();
        assertThat(calls.failure(ToolName.IMAGE_GENERATE, "{\"prompt\": \"a GPU cluster at dusk\"}"))
                .contains("no image API is configured").contains("ZHITI_IMAGE_URL").contains("ZHITI_IMAGE_KEY")
                .contains("chart");
    }

    @Test
    void theApisBase64PngBecomesAnImageArtifact() throws Exception {
        byte[] png = png(64, 48);
        String answer = "{\"created\": 1, \"data\": [{\"b64_json\": \"" + Base64.getEncoder().encodeToString(png)
                + "\", \"revised_prompt\": \"a GPU cluster\"}]}";
        try (FakeApi api = new FakeApi().answer(200, "application/json", answer.getBytes(StandardCharsets.UTF_8))) {
            Observation o = new MediaCalls(home, image(api)).ok(ToolName.IMAGE_GENERATE,
                    "{\"prompt\": \"数据中心里的一排 GPU 服务器\", \"size\": \"1536x1024\"}");
            assertThat(api.lastPath).isEqualTo("/v1/images/generations");
            assertThat(api.lastHeaders.get("authorization")).isEqualTo("Bearer sk-img");
            JsonNode sent = new ObjectMapper().readTree(api.lastBody);
            assertThat(sent.path("model").asText()).isEqualTo("gpt-image-1");
            assertThat(sent.path("prompt").asText()).isEqualTo("数据中心里的一排 GPU 服务器");
            assertThat(sent.path("size").asText()).isEqualTo("1536x1024");
            assertThat(sent.path("n").asInt()).isEqualTo(1);
            // GPT image models answer in base64 always and reject response_format
            assertThat(sent.has("response_format")).isFalse();
            Artifact a = o.artifacts().getFirst();
            assertThat(a.kind()).isEqualTo(Artifact.Kind.IMAGE);
            assertThat(a.mime()).isEqualTo("image/png");
            assertThat(Files.readAllBytes(a.path())).isEqualTo(png);
            BufferedImage back = ImageIO.read(a.path().toFile());
            assertThat(back.getWidth()).isEqualTo(64);
            assertThat(o.data().path("width").asInt()).isEqualTo(64);
            assertThat(o.data().path("height").asInt()).isEqualTo(48);
            assertThat(o.data().path("revised_prompt").asText()).isEqualTo("a GPU cluster");
        }
    }

    @Test
    void otherModelsAreAskedForBase64() {
        assertThat(ImageGenerateTool.body("dall-e-3", "p", "1024x1024")).containsEntry("response_format", "b64_json");
        assertThat(ImageGenerateTool.body("gpt-image-1", "p", "1024x1024")).containsEntry("output_format", "png")
                .doesNotContainKey("response_format");
    }

    @Test
    void whatIsNotAPngIsRefused() throws Exception {
        String jpeg = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3,
                4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        try (FakeApi api = new FakeApi().answer(200, "application/json",
                ("{\"data\": [{\"b64_json\": \"" + jpeg + "\"}]}").getBytes(StandardCharsets.UTF_8))) {
            MediaCalls calls = new MediaCalls(home, image(api));
            assertThat(calls.failure(ToolName.IMAGE_GENERATE, "{\"prompt\": \"x\"}")).contains("not a PNG");
            api.answer(200, "application/json", "{\"data\": [{\"url\": \"https://x/y.png\"}]}".getBytes(StandardCharsets.UTF_8));
            assertThat(calls.failure(ToolName.IMAGE_GENERATE, "{\"prompt\": \"x\"}")).contains("sent a URL");
            api.answer(400, "application/json",
                    "{\"error\": {\"message\": \"Your request was rejected by the safety system.\"}}".getBytes(StandardCharsets.UTF_8));
            assertThat(calls.failure(ToolName.IMAGE_GENERATE, "{\"prompt\": \"x\"}"))
                    .contains("HTTP 400").contains("safety system");
            assertThat(calls.failure(ToolName.IMAGE_GENERATE, "{\"prompt\": \"x\", \"size\": \"10x10\"}"))
                    .contains("size must be WIDTHxHEIGHT");
        }
    }

    private static Settings image(FakeApi api) {
        return Settings.none().with("image.url", api.baseUrl()).with("image.key", "sk-img")
                .with(zhiti.tools.net.Outbound.ALLOW_PRIVATE, "true");
    }

    private static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
