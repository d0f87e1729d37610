package zhiti.tools.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Tool;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Artifact;
import zhiti.tools.econ.ToolArgs;

/**
 * A picture from a text prompt, through an OpenAI-compatible images API (settings image.url, image.key,
 * image.model): POST {base}/images/generations, the base64 PNG in the answer saved as a file. Without an API it
 * stays listed and says how to configure one, since nothing offline can paint.
 */
public final class ImageGenerateTool implements Tool {

    static final String PATH = "/images/generations";
    static final int MAX_PROMPT = 4_000;
    static final String DEFAULT_SIZE = "1024x1024";
    static final String NOT_CONFIGURED = "no image API is configured: set ZHITI_IMAGE_URL (an OpenAI-compatible base "
            + "URL such as https://api.openai.com/v1) and ZHITI_IMAGE_KEY, or image.url and image.key in "
            + "config.properties; for charts of numbers use `chart`, which works offline";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern SIZE = Pattern.compile("(\\d{3,4})x(\\d{3,4})");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolContext context;
    private final MediaHttp http;

    public ImageGenerateTool(ToolContext context, MediaHttp http) {
        this.context = context;
        this.http = http;
    }

    @Override
    public String name() {
        return ToolName.IMAGE_GENERATE.id();
    }

    @Override
    public String description() {
        return "Generate a picture (PNG) from a text description with the configured image API; returns the file as "
                + "an artifact. Needs an image API (ZHITI_IMAGE_URL, ZHITI_IMAGE_KEY). For charts of numbers use chart.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("prompt", "what the picture shows, at most " + MAX_PROMPT + " characters")
                .string("size", "WIDTHxHEIGHT in pixels as the model accepts, e.g. 1024x1024, 1536x1024, 1024x1536, "
                        + "or auto; default " + DEFAULT_SIZE)
                .required("prompt").build();
    }

    @Override
    public ToolResult invoke(JsonNode json) throws IOException {
        Optional<MediaApi> configured = MediaApi.configured(context.settings(), "image", "gpt-image-1", "image");
        if (configured.isEmpty()) {
            throw new IllegalArgumentException(NOT_CONFIGURED);
        }
        MediaApi api = configured.get();
        ToolArgs a = new ToolArgs(json);
        String prompt = a.text("prompt").orElseThrow(() ->
                new IllegalArgumentException("prompt is empty: describe the picture to generate"));
        if (prompt.codePointCount(0, prompt.length()) > MAX_PROMPT) {
            throw new IllegalArgumentException("prompt is longer than " + MAX_PROMPT + " characters; shorten it");
        }
        String size = size(a.text("size", DEFAULT_SIZE));
        MediaHttp.Response r = api.post(http, PATH, body(api.model(), prompt, size), "application/json");
        if (!r.ok()) {
            throw new IllegalArgumentException(api.failure(r));
        }
        JsonNode first = parse(api, r).path("data").path(0);
        byte[] png = decode(api, first);
        Path file = MediaFiles.fresh(context.artifactDir(), "image", "png");
        Files.write(file, png);
        ByteBuffer ihdr = ByteBuffer.wrap(png, 16, 8); // width and height open the IHDR chunk, big-endian
        int width = ihdr.getInt(), height = ihdr.getInt();
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("path", file.toString()).put("width", width)
                .put("height", height).put("bytes", png.length).put("model", api.model()).put("size", size);
        if (first.path("revised_prompt").isTextual()) {
            data.put("revised_prompt", first.path("revised_prompt").asText());
        }
        String summary = "generated a " + width + "×" + height + " PNG with " + api.model() + ": " + file;
        Artifact artifact = new Artifact(Artifact.Kind.IMAGE, file, ChartWriter.PNG, title(prompt));
        return new ToolResult(data, summary, List.of(), List.of(), List.of(artifact));
    }

    /**
     * The request. GPT image models always answer in base64 and reject response_format (400 "Unknown parameter"),
     * so they get output_format png instead; other models (DALL·E, compatible servers) are asked for b64_json.
     */
    static Map<String, Object> body(String model, String prompt, String size) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("prompt", prompt);
        body.put("size", size);
        body.put("n", 1);
        if (model.startsWith("gpt-image")) {
            body.put("output_format", "png");
        } else {
            body.put("response_format", "b64_json");
        }
        return body;
    }

    private static String size(String text) {
        String s = text.trim().toLowerCase(java.util.Locale.ROOT).replace('×', 'x').replace('*', 'x');
        if (s.equals("auto")) {
            return s;
        }
        Matcher m = SIZE.matcher(s);
        if (!m.matches() || !inRange(m.group(1)) || !inRange(m.group(2))) {
            throw new IllegalArgumentException("size must be WIDTHxHEIGHT with each side 256-4096 pixels, e.g. "
                    + "1024x1024, or auto; got '" + text + "'");
        }
        return s;
    }

    private static boolean inRange(String side) {
        int v = Integer.parseInt(side);
        return v >= 256 && v <= 4096;
    }

    private static JsonNode parse(MediaApi api, MediaHttp.Response r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("the image API at " + api.where() + " answered with something that is "
                    + "not JSON (" + (r.contentType().isEmpty() ? r.body().length + " bytes" : r.contentType()) + ")");
        }
    }

    private static byte[] decode(MediaApi api, JsonNode first) {
        if (!first.path("b64_json").isTextual()) {
            throw new IllegalArgumentException("the image API at " + api.where() + " sent no base64 image (data[0]."
                    + "b64_json)" + (first.has("url") ? "; it sent a URL, which is not downloaded: use a model or "
                    + "server that returns b64_json" : ""));
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(first.path("b64_json").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the image API's b64_json is not valid base64: " + e.getMessage());
        }
        if (bytes.length < 24 || !Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)) {
            throw new IllegalArgumentException("the image API's picture is not a PNG (" + bytes.length + " bytes "
                    + "without the PNG signature); ask for output_format png");
        }
        return bytes;
    }

    private static String title(String prompt) {
        String oneLine = prompt.replaceAll("\\s+", " ");
        return oneLine.codePointCount(0, oneLine.length()) <= 60 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 60)) + "…";
    }
}
