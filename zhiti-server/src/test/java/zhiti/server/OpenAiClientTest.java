package zhiti.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import zhiti.runtime.Json;

/** The official openai npm client (installed by scripts/system-deps.sh) against /v1, streaming and not. */
class OpenAiClientTest {

    static final Path NODE_MODULES = Path.of("..", ".zhiti-local", "npm", "node_modules").toAbsolutePath().normalize();

    @Test
    void theOpenAiNodeClientGetsAnAnswerAndAStreamThatMatch() throws Exception {
        assumeTrue(Files.isDirectory(NODE_MODULES.resolve("openai")),
                "the openai npm client is not installed; run scripts/system-deps.sh");
        TestServer s = TestServer.shared();
        Path script = Path.of("src", "test", "resources", "openai-client.cjs").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("node", script.toString(), "How many H20 match the dense BF16 compute of 100 H100?");
        pb.environment().put("NODE_PATH", NODE_MODULES.toString());
        pb.environment().put("ZHITI_BASE_URL", s.base + "/v1");
        pb.environment().put("ZHITI_KEY", TestServer.KEY);
        pb.redirectErrorStream(false);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        JsonNode r = Json.MAPPER.readTree(out);
        assertThat(r.get("models").findValuesAsText("")).isEmpty();
        assertThat(r.get("models").toString()).contains("zhiti-offline");
        assertThat(r.get("content").asText()).contains("H20").contains("**Figures**");
        assertThat(r.get("figures").asInt()).isPositive();
        assertThat(r.get("streamed").asText()).isEqualTo(r.get("content").asText());
        assertThat(r.get("chunks").asInt()).isGreaterThan(2);
        assertThat(r.get("finish").asText()).isEqualTo("stop");
        assertThat(r.get("refused").asInt()).isEqualTo(401);
    }
}
