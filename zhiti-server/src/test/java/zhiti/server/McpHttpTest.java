package zhiti.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.Settings;
import zhiti.agent.Step;
import zhiti.agent.ToolRegistry;
import zhiti.mcp.McpMounts;
import zhiti.runtime.Json;

/**
 * /mcp of a real server: the API key is required (a servlet filter, since Javalin's handlers never see the MCP
 * servlet), and Zhiti's own MCP client (LangChain4j) mounts it over streamable HTTP as it would any other server.
 */
class McpHttpTest {

    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    @Test
    void withoutTheKeyOrWithAWrongOneMcpAnswers401InJson() throws Exception {
        TestServer s = TestServer.shared();
        for (String key : new String[] {null, "wrong-key-0123456789abcdef"}) {
            HttpResponse<String> r = s.send("POST", "/mcp", INITIALIZE, key);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            JsonNode body = TestServer.json(r);
            assertThat(body.path("error").asText()).isEqualTo("unauthorized");
            assertThat(body.path("message").asText()).contains(key == null ? "Authorization: Bearer KEY" : "refused");
        }
        assertThat(s.send("GET", "/mcp/anything", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void withTheKeyTheHandshakeAnswersAndTheRestOfTheServerIsUntouched() throws Exception {
        TestServer s = TestServer.shared();
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base + "/mcp"))
                .header("Authorization", "Bearer " + TestServer.KEY).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(INITIALIZE)).build();
        HttpResponse<String> r = s.http.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("mcp-session-id")).isPresent();
        assertThat(Json.MAPPER.readTree(r.body()).path("result").path("serverInfo").path("name").asText()).isEqualTo("zhiti");
        assertThat(s.get("/api/health").statusCode()).isEqualTo(200);
        assertThat(s.send("GET", "/api/tools", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void zhitisOwnClientMountsTheServerOverHttpWithItsKey() {
        TestServer s = TestServer.shared();
        List<String> warnings = new ArrayList<>();
        Settings settings = Settings.none().with("mcp.servers", "self, nokey")
                .with("mcp.self.url", s.base + "/mcp").with("mcp.self.key", TestServer.KEY)
                .with("mcp.self.allow_private", "true")
                .with("mcp.nokey.url", s.base + "/mcp").with("mcp.nokey.allow_private", "true");
        try (McpMounts mounts = McpMounts.configured(settings, warnings::add)) {
            ToolRegistry registry = new ToolRegistry();
            mounts.registerInto(registry);
            assertThat(registry.find("self__training_compute")).isPresent();
            assertThat(registry.find("self__ask")).isPresent();
            assertThat(registry.all()).noneMatch(t -> t.name().startsWith("nokey__"));
            assertThat(warnings).singleElement().asString().startsWith("MCP server 'nokey' is left out");
            assertThat(registry.find("self__catalog_lookup").orElseThrow().parameters()
                    .path("properties").path("kind").path("enum").toString()).contains("accelerator");

            ObjectNode args = Json.MAPPER.createObjectNode().put("params", 7e10).put("tokens", 2e12);
            Observation o = registry.call(new Step("1", "self__training_compute", args, "test"));
            assertThat(o.ok()).as(o.error()).isTrue();
            assertThat(o.summary()).startsWith("[untrusted output of MCP server self]");
            assertThat(o.data().path("untrusted").asBoolean()).isTrue();
            // our server returns structured content, which LangChain4j hands over (as JSON) instead of the text
            assertThat(o.data().path("text").asText()).contains("training compute").contains("8.4E23");
            assertThat(o.data().path("structured").path("figures").get(0).path("value").asDouble()).isEqualTo(8.4e23);
            assertThat(o.figures()).as("figures of another server are its text, not ours").isEmpty();

            Observation bad = registry.call(new Step("2", "self__catalog_lookup",
                    Json.MAPPER.createObjectNode().put("kind", "accelerator").put("name", "no-such-chip-xyz"), "test"));
            assertThat(bad.ok()).isFalse();
            assertThat(bad.error()).startsWith("[untrusted output of MCP server self] catalog_lookup reported an error");
        }
    }
}
