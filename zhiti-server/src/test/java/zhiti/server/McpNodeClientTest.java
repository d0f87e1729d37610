package zhiti.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import zhiti.runtime.Json;

/**
 * Zhiti's MCP server driven by the official MCP SDK client from npm (installed by scripts/system-deps.sh): over
 * stdio, spawning the server as {@code zhiti mcp} runs it, and over streamable HTTP at /mcp of a real server with
 * its API key. Both list the econ tools and {@code ask} with their schemas, compute, look up, and answer bad
 * arguments with an error result.
 */
class McpNodeClientTest {

    static final Path NODE_MODULES = Path.of("..", ".zhiti-local", "npm", "node_modules").toAbsolutePath().normalize();
    static final Path SCRIPT = Path.of("src", "test", "resources", "mcp-client.cjs").toAbsolutePath();

    @Test
    void overStdioTheSdkClientListsAndCallsTheTools() throws Exception {
        assumeSdk();
        Path home = Files.createDirectories(Path.of("target", "mcp-stdio-home").toAbsolutePath());
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), "stdio",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), McpStdioMain.class.getName()));
        JsonNode r = runNode(command, Map.of("ZHITI_HOME", home.toString()));
        checkTools(r);
        checkCalls(r);
        assertThat(r.has("ask")).isFalse();
    }

    @Test
    void overHttpTheSdkClientNeedsTheKeyAndGetsTheSameToolsAndAnAnswer() throws Exception {
        assumeSdk();
        TestServer s = TestServer.shared();
        JsonNode r = runNode(List.of("node", SCRIPT.toString(), "http", s.base + "/mcp"),
                Map.of("ZHITI_KEY", TestServer.KEY, "ZHITI_ASK", "How many H20 match the dense BF16 compute of 100 H100?"));
        checkTools(r);
        checkCalls(r);
        JsonNode ask = r.get("ask");
        assertThat(ask.path("isError").asBoolean()).as(ask.toString()).isFalse();
        assertThat(ask.path("text").asText()).contains("H20").contains("figures: [{\"name\":");
        assertThat(ask.path("structured").path("data").path("answer").asText()).isNotBlank();
        assertThat(ask.path("structured").path("figures").size()).isPositive();
        assertThat(ask.path("structured").path("figures").get(0).has("formula")).isTrue();
    }

    private static void checkTools(JsonNode r) {
        assertThat(r.path("server").path("name").asText()).isEqualTo("zhiti");
        assertThat(r.path("server").path("version").asText()).startsWith("0.");
        Map<String, JsonNode> tools = new java.util.HashMap<>();
        r.get("tools").forEach(t -> tools.put(t.get("name").asText(), t));
        assertThat(tools).containsKeys("training_compute", "catalog_lookup", "training_cost", "chip_metrics", "ask");
        JsonNode compute = tools.get("training_compute").get("inputSchema");
        assertThat(compute.path("type").asText()).isEqualTo("object");
        assertThat(compute.path("properties").path("params").path("type").asText()).isEqualTo("number");
        JsonNode lookup = tools.get("catalog_lookup").get("inputSchema");
        assertThat(lookup.path("properties").path("kind").path("enum").toString()).contains("accelerator");
        assertThat(lookup.path("required").toString()).contains("kind", "name");
        JsonNode ask = tools.get("ask").get("inputSchema");
        assertThat(ask.path("required").toString()).isEqualTo("[\"question\"]");
        assertThat(ask.path("properties").path("lang").path("enum").toString()).isEqualTo("[\"zh\",\"en\"]");
    }

    private static void checkCalls(JsonNode r) {
        JsonNode compute = r.get("compute");
        assertThat(compute.path("isError").asBoolean()).as(compute.toString()).isFalse();
        JsonNode figure = compute.path("structured").path("figures").get(0);
        // C = 6·N·D = 6 × 7e10 × 2e12
        assertThat(figure.path("value").asDouble()).isCloseTo(8.4e23, org.assertj.core.data.Offset.offset(1e21));
        assertThat(figure.path("unit").asText()).containsIgnoringCase("FLOP");
        assertThat(figure.path("formula").asText()).isNotBlank();
        assertThat(compute.path("text").asText()).contains("figures: [{\"name\":");
        JsonNode lookup = r.get("lookup");
        assertThat(lookup.path("isError").asBoolean()).as(lookup.toString()).isFalse();
        assertThat(lookup.path("text").asText()).contains("H100");
        assertThat(lookup.path("structured").path("data").isObject()).isTrue();
        JsonNode bad = r.get("badArguments");
        assertThat(bad.path("isError").asBoolean()).as(bad.toString()).isTrue();
        assertThat(bad.path("text").asText()).contains("argument 'params' should be number");
        // a name the server does not have is refused by the SDK itself, as a JSON-RPC error (invalid params)
        assertThat(r.path("unknownTool").path("thrown").asText()).contains("-32602").contains("Unknown tool");
    }

    private static JsonNode runNode(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NODE_PATH", NODE_MODULES.toString());
        pb.environment().putAll(env);
        File err = Files.createTempFile(Path.of("target").toAbsolutePath(), "mcp-node-", ".err").toFile();
        err.deleteOnExit();
        pb.redirectError(err);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(50, TimeUnit.SECONDS)).as("node finished").isTrue();
        String stderr = Files.readString(err.toPath(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isZero();
        return Json.MAPPER.readTree(new String(out, StandardCharsets.UTF_8));
    }

    private static void assumeSdk() {
        assumeTrue(Files.isDirectory(NODE_MODULES.resolve("@modelcontextprotocol/sdk")),
                "the MCP SDK npm client is not installed; run scripts/system-deps.sh");
    }
}
