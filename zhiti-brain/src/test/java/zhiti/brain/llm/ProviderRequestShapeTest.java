package zhiti.brain.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
import zhiti.agent.Budget;
import zhiti.agent.Recall;
import zhiti.agent.Task;
import zhiti.agent.ToolRegistry;
import zhiti.agent.TraceEvent;
import zhiti.econ.catalog.Catalog;
import zhiti.tools.econ.EconTools;

/** What Zhiti sends to Anthropic, Ollama and a streaming OpenAI endpoint, checked against fakes on 127.0.0.1. */
class ProviderRequestShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Answer run(LlmConfig c, List<TraceEvent> events) {
        LlmBrain brain = new LlmBrain(ProviderClients.create(c), PriceTable.builtIn().priceFor(c), c.reflect());
        ToolRegistry tools = EconTools.register(new ToolRegistry(), Catalog.builtIn());
        return new Agent(brain, tools, Recall.NONE, Budget.DEFAULT, List.of(events::add))
                .run(Task.of("训练 GPT-3 需要多少算力？"));
    }

    @Test
    void anthropicMessagesRequestCarriesKeyVersionSystemAndToolSchemas() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.then(200, """
                    {"id":"msg_1","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022",
                     "content":[{"type":"tool_use","id":"toolu_1","name":"training_compute","input":{"model":"GPT-3"}}],
                     "stop_reason":"tool_use","usage":{"input_tokens":50,"output_tokens":10}}""")
                    .then(200, """
                    {"id":"msg_2","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022",
                     "content":[{"type":"text","text":"训练 GPT-3 需要 3.15e23 FLOP。"}],
                     "stop_reason":"end_turn","usage":{"input_tokens":80,"output_tokens":12}}""");
            LlmConfig c = LlmConfig.load(Map.of("ZHITI_LLM_PROVIDER", "anthropic", "ZHITI_LLM_MODEL",
                    "claude-3-5-haiku-20241022", "ZHITI_LLM_API_KEY", "sk-ant-test", "ZHITI_LLM_BASE_URL",
                    server.url("/v1/"), "ZHITI_LLM_REFLECT", "false"), null).orElseThrow();
            Answer a = run(c, new ArrayList<>());

            assertThat(a.text()).contains("3.15e23");
            assertThat(a.steps()).singleElement().satisfies(o -> assertThat(o.ok()).isTrue());
            FakeModelServer.Request first = server.requests().get(0);
            assertThat(first.path()).isEqualTo("/v1/messages");
            assertThat(first.header("x-api-key")).isEqualTo("sk-ant-test");
            assertThat(first.header("anthropic-version")).isNotBlank();
            JsonNode body = JSON.readTree(first.body());
            assertThat(body.get("model").asText()).isEqualTo("claude-3-5-haiku-20241022");
            assertThat(body.get("system").toString()).contains("Zhiti");
            assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("user");
            JsonNode tool = find(body.get("tools"), "training_cluster");
            assertThat(tool.get("input_schema").get("properties").has("compute_flop")).isTrue();
            assertThat(tool.get("input_schema").get("required").toString()).contains("hardware");
            // the tool result goes back as a tool_result block naming the model's call id
            JsonNode second = JSON.readTree(server.requests().get(1).body());
            assertThat(second.toString()).contains("tool_result").contains("toolu_1");
            assertThat(a.usage().inputTokens()).isEqualTo(130);
        }
    }

    @Test
    void ollamaChatRequestCarriesModelMessagesAndTools() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.then(200, """
                    {"model":"qwen2.5:7b","created_at":"2026-11-23T00:00:00Z",
                     "message":{"role":"assistant","content":"",
                       "tool_calls":[{"function":{"name":"training_compute","arguments":{"model":"GPT-3"}}}]},
                     "done":true,"done_reason":"stop","prompt_eval_count":40,"eval_count":8}""")
                    .then(200, """
                    {"model":"qwen2.5:7b","created_at":"2026-11-23T00:00:01Z",
                     "message":{"role":"assistant","content":"3.15e23 FLOP"},
                     "done":true,"done_reason":"stop","prompt_eval_count":60,"eval_count":6}""");
            LlmConfig c = LlmConfig.load(Map.of("ZHITI_LLM_PROVIDER", "ollama", "ZHITI_LLM_MODEL", "qwen2.5:7b",
                    "ZHITI_LLM_BASE_URL", server.url(""), "ZHITI_LLM_REFLECT", "false"), null).orElseThrow();
            Answer a = run(c, new ArrayList<>());

            assertThat(a.text()).isEqualTo("3.15e23 FLOP");
            assertThat(a.usage().usd()).isZero();
            FakeModelServer.Request first = server.requests().get(0);
            assertThat(first.path()).isEqualTo("/api/chat");
            JsonNode body = JSON.readTree(first.body());
            assertThat(body.get("model").asText()).isEqualTo("qwen2.5:7b");
            assertThat(body.get("stream").asBoolean()).isFalse();
            assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("system");
            assertThat(body.get("tools").findValuesAsText("name")).contains("training_compute");
            // Ollama sends no call id: Zhiti numbers the call itself
            assertThat(a.steps().get(0).step().id()).isEqualTo("call-1");
        }
    }

    @Test
    void streamedTextReachesTheTraceAsItArrives() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            String sse = String.join("\n\n",
                    "data: {\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"No tools \"}}]}",
                    "data: {\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"needed.\"},\"finish_reason\":\"stop\"}]}",
                    "data: {\"id\":\"s\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":3,\"total_tokens\":13}}",
                    "data: [DONE]", "");
            server.then(200, sse);
            LlmConfig c = LlmConfig.load(Map.of("ZHITI_LLM_PROVIDER", "openai", "ZHITI_LLM_MODEL", "gpt-4o-mini",
                    "ZHITI_LLM_API_KEY", "k", "ZHITI_LLM_BASE_URL", server.url("/v1"), "ZHITI_LLM_STREAM", "true"),
                    null).orElseThrow();
            List<TraceEvent> events = new ArrayList<>();
            Answer a = run(c, events);

            assertThat(a.text()).isEqualTo("No tools needed.");
            assertThat(events).filteredOn(e -> e instanceof TraceEvent.Thinking)
                    .extracting(e -> ((TraceEvent.Thinking) e).text()).containsExactly("No tools ", "needed.");
            assertThat(JSON.readTree(server.requests().get(0).body()).get("stream").asBoolean()).isTrue();
        }
    }

    @Test
    void openAiRequestCarriesNestedSchemasWhole() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.then(200, """
                    {"id":"c1","object":"chat.completion","created":1,"model":"gpt-4o-mini",
                     "choices":[{"index":0,"message":{"role":"assistant","content":"Nothing to plot."},
                       "finish_reason":"stop"}],
                     "usage":{"prompt_tokens":10,"completion_tokens":3,"total_tokens":13}}""");
            LlmConfig c = LlmConfig.load(Map.of("ZHITI_LLM_PROVIDER", "openai", "ZHITI_LLM_MODEL", "gpt-4o-mini",
                    "ZHITI_LLM_API_KEY", "k", "ZHITI_LLM_BASE_URL", server.url("/v1"), "ZHITI_LLM_REFLECT", "false"),
                    null).orElseThrow();
            var schema = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree("""
                    {"type":"object","properties":{
                      "series":{"type":"array","items":{"type":"object",
                        "properties":{"name":{"type":"string"},"y":{"type":"array","items":{"type":"number"}}},
                        "required":["y"]}}},
                     "required":["series"]}""");
            ToolRegistry tools = new ToolRegistry().register(new zhiti.agent.Tool() {
                public String name() { return "plot"; }
                public String description() { return "plots series"; }
                public com.fasterxml.jackson.databind.node.ObjectNode parameters() { return schema; }
                public zhiti.agent.ToolResult invoke(JsonNode a) { throw new IllegalStateException("not called"); }
            });
            LlmBrain brain = new LlmBrain(ProviderClients.create(c), PriceTable.builtIn().priceFor(c), c.reflect());
            new Agent(brain, tools, Recall.NONE, Budget.DEFAULT, List.of()).run(Task.of("plot nothing"));

            JsonNode params = JSON.readTree(server.requests().get(0).body()).get("tools").get(0)
                    .get("function").get("parameters");
            JsonNode item = params.get("properties").get("series").get("items");
            assertThat(item.get("type").asText()).isEqualTo("object");
            assertThat(item.get("properties").get("y").get("items").get("type").asText()).isEqualTo("number");
            assertThat(item.get("required").get(0).asText()).isEqualTo("y");
        }
    }

    private static JsonNode find(JsonNode tools, String name) {
        for (JsonNode t : tools) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no tool " + name + " in " + tools);
    }
}
