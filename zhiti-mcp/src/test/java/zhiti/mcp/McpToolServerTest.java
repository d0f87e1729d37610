package zhiti.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.Tool;
import zhiti.agent.ToolRegistry;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Artifact;
import zhiti.core.Citation;
import zhiti.core.Figure;

/** How a registry's tools look to an MCP client: exact schemas, and results as text plus structured content. */
class McpToolServerTest {

    /** A tool with every kind of argument ToolSchema makes, returning a figure, a citation and a file. */
    static class Doubler implements Tool {
        @Override
        public String name() {
            return "double_it";
        }

        @Override
        public String description() {
            return "Doubles x.";
        }

        @Override
        public ObjectNode parameters() {
            return ToolSchema.object().number("x", "the number").array("tags", "labels", "string")
                    .oneOf("mode", "how", "fast", "slow").bool("loud", "shout?").required("x").build();
        }

        @Override
        public ToolResult invoke(JsonNode args) {
            double x = args.get("x").asDouble();
            if (x < 0) throw new IllegalArgumentException("x must be at least 0; send a non-negative number");
            Figure f = new Figure("doubled", 2 * x, "FLOP", "2 × x", Figure.inputs("x", x, "note", "stated"), "test");
            return new ToolResult(JsonMaps.MAPPER.createObjectNode().put("doubled", 2 * x), "2 × " + x + " = " + 2 * x,
                    List.of(f), List.of(new Citation("doc.md", "p. 1", "doubling")),
                    List.of(new Artifact(Artifact.Kind.IMAGE, Path.of("/tmp/chart.svg"), "image/svg+xml", "chart")));
        }
    }

    @Test
    void theInputSchemaIsTheToolsParametersExactly() {
        Doubler d = new Doubler();
        McpSchema.Tool t = McpToolServer.describe(d);
        assertThat(t.name()).isEqualTo("double_it");
        assertThat(t.description()).isEqualTo("Doubles x.");
        JsonNode back = JsonMaps.MAPPER.valueToTree(t.inputSchema());
        assertThat(back).isEqualTo(d.parameters());
        assertThat(t.inputSchema().get("required")).isEqualTo(List.of("x"));
        @SuppressWarnings("unchecked")
        Map<String, Object> tags = (Map<String, Object>) ((Map<String, Object>) t.inputSchema().get("properties")).get("tags");
        assertThat(tags).containsEntry("type", "array").containsEntry("items", Map.of("type", "string"));
    }

    @Test
    void aResultCarriesSummaryFiguresAndFilesAsTextAndStructuredContent() {
        ToolRegistry r = new ToolRegistry().register(new Doubler());
        McpSchema.CallToolResult res = CallResults.of(r.call(new Step("1", "double_it",
                (ObjectNode) JsonMaps.parse("{\"x\":1.5e3,\"tags\":[\"a\"]}"), "test")));
        assertThat(res.isError()).isFalse();
        String text = ((McpSchema.TextContent) res.content().get(0)).text();
        assertThat(text).startsWith("2 × 1500.0 = 3000.0\nfigures: [{\"name\":\"doubled\",\"value\":3000.0,\"unit\":\"FLOP\","
                + "\"formula\":\"2 × x\",\"inputs\":{\"x\":1500.0,\"note\":\"stated\"},\"source\":\"test\"}]")
                .endsWith("\nartifacts: /tmp/chart.svg");
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) res.structuredContent();
        assertThat(s).containsOnlyKeys("data", "figures", "citations", "artifacts");
        assertThat(s.get("data")).isEqualTo(Map.of("doubled", 3000.0));
        assertThat(s.get("citations")).isEqualTo(List.of(Map.of("doc", "doc.md", "locator", "p. 1", "text", "doubling")));
        assertThat(s.get("artifacts").toString()).contains("path=/tmp/chart.svg", "kind=image");
    }

    @Test
    void badArgumentsAndToolErrorsAreErrorResultsWithTheRegistrysMessage() {
        ToolRegistry r = new ToolRegistry().register(new Doubler());
        Observation wrongType = r.call(new Step("1", "double_it", (ObjectNode) JsonMaps.parse("{\"x\":\"ten\"}"), "t"));
        McpSchema.CallToolResult e1 = CallResults.of(wrongType);
        assertThat(e1.isError()).isTrue();
        assertThat(((McpSchema.TextContent) e1.content().get(0)).text()).contains("argument 'x' should be number");
        McpSchema.CallToolResult e2 = CallResults.of(r.call(new Step("2", "double_it",
                (ObjectNode) JsonMaps.parse("{\"x\":-1}"), "t")));
        assertThat(((McpSchema.TextContent) e2.content().get(0)).text()).isEqualTo("x must be at least 0; send a non-negative number");
        assertThat(e2.structuredContent()).isNull();
    }

    @Test
    void overStdioACallSentJustBeforeTheInputEndsIsStillAnswered() throws Exception {
        String in = String.join("\n",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"slow_double\","
                        + "\"arguments\":{\"x\":21}}}", "");
        ToolRegistry r = new ToolRegistry().register(new Doubler() {
            @Override
            public String name() {
                return "slow_double";
            }

            @Override
            public ToolResult invoke(JsonNode args) {
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return super.invoke(args);
            }
        });
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (McpToolServer server = McpToolServer.stdio(r, new java.io.ByteArrayInputStream(
                in.getBytes(java.nio.charset.StandardCharsets.UTF_8)), out)) {
            server.awaitInputClosed();
        }
        List<JsonNode> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().map(JsonMaps::parse).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("result").path("serverInfo").path("name").asText()).isEqualTo("zhiti");
        assertThat(lines.get(1).path("id").asInt()).isEqualTo(2);
        assertThat(lines.get(1).path("result").path("structuredContent").path("data").path("doubled").asDouble()).isEqualTo(42);
    }

    @Test
    void overStdioARequestTheSdkNeverAnswersDoesNotHoldTheEndOfInput() throws Exception {
        // tools/list before the handshake is completed: the SDK leaves it unanswered
        String in = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        var done = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (McpToolServer server = McpToolServer.stdio(new ToolRegistry().register(new Doubler()),
                    new java.io.ByteArrayInputStream(in.getBytes(java.nio.charset.StandardCharsets.UTF_8)), out)) {
                server.awaitInputClosed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        done.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"serverInfo\"");
    }

    @Test
    void theServerReportsTheProjectsVersion() {
        assertThat(McpToolServer.VERSION).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }
}
