package zhiti.brain.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
import zhiti.agent.Budget;
import zhiti.agent.Recall;
import zhiti.agent.Task;
import zhiti.agent.ToolRegistry;
import zhiti.agent.TraceEvent;
import zhiti.core.Figure;
import zhiti.econ.catalog.Catalog;
import zhiti.tools.econ.EconTools;

/** The LLM brain against a scripted OpenAI-compatible server on 127.0.0.1: no real model, no internet. */
class LlmBrainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String Q = "How many DGX A100 servers are needed to train GPT-3 in 7 days?";
    private static final String CLUSTER_ARGS =
            "{\"compute_flop\":3.15e23,\"hardware\":\"DGX A100\",\"days\":7,\"utilisation\":0.4,\"precision\":\"bf16\"}";

    private final List<Long> sleeps = new ArrayList<>();

    private LlmConfig config(FakeModelServer server, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("ZHITI_LLM_PROVIDER", "openai", "ZHITI_LLM_MODEL", "gpt-4o-mini",
                "ZHITI_LLM_API_KEY", "test-key", "ZHITI_LLM_BASE_URL", server == null ? "http://127.0.0.1:9/v1" : server.url("/v1"),
                "ZHITI_LLM_TIMEOUT_S", "1"));
        env.putAll(extra);
        return LlmConfig.load(env, null).orElseThrow();
    }

    private ModelClient client(LlmConfig c) {
        // the real provider client, with retries whose waits are recorded instead of slept
        return new RetryingModelClient(ProviderClients.blocking(ProviderClients.chatModel(c)), c.maxRetries(), sleeps::add);
    }

    private static Answer run(ModelClient client, LlmConfig c, Budget budget, List<TraceEvent> events, String q) {
        LlmBrain brain = new LlmBrain(client, PriceTable.builtIn().priceFor(c), c.reflect());
        ToolRegistry tools = EconTools.register(new ToolRegistry(), Catalog.builtIn());
        return new Agent(brain, tools, Recall.NONE, budget, List.of(events::add)).run(Task.of(q));
    }

    private static Figure figure(Answer a, String suffix) {
        return a.figures().stream().filter(f -> f.name().endsWith(suffix)).findFirst().orElseThrow();
    }

    @Test
    void completesTheTaskThroughA429AMalformedCallAndATimeout() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.then(429, "{\"error\":{\"message\":\"rate limited\",\"type\":\"requests\"}}")
                    .then(200, FakeModelServer.openAiToolCall("call_1", "training_compute", "{\"model\": \"GPT-3\","))
                    .thenSlow(2500, FakeModelServer.openAiText("too late"))
                    .then(200, FakeModelServer.openAiToolCall("call_2", "training_compute", "{\"model\":\"GPT-3\"}"))
                    .then(200, FakeModelServer.openAiToolCall("call_3", "training_cluster", CLUSTER_ARGS))
                    .then(200, FakeModelServer.openAiText("GPT-3 needs 3.15e23 FLOP: 522 DGX A100 servers in 7 days."))
                    .then(200, FakeModelServer.openAiText("APPROVE"));
            LlmConfig c = config(server, Map.of());
            Answer a = run(client(c), c, Budget.DEFAULT, new ArrayList<>(), Q);

            assertThat(a.status()).isEqualTo(Answer.Status.FINISHED);
            assertThat(a.brain()).isEqualTo("llm");
            assertThat(a.text()).contains("522 DGX A100");
            assertThat(figure(a, "training compute").value()).isCloseTo(3.15e23, within(1e20));
            assertThat(figure(a, "servers needed").value()).isEqualTo(522);
            // the malformed call never ran a tool; its error went back to the model, which repaired it
            assertThat(a.steps()).extracting(o -> o.ok()).containsExactly(false, true, true);
            assertThat(a.steps().get(0).error()).contains("not valid JSON");
            List<FakeModelServer.Request> reqs = server.requests();
            assertThat(reqs).hasSize(7);
            assertThat(reqs.get(3).body()).contains("not valid JSON");
            // one wait after the 429, one after the timeout
            assertThat(sleeps).containsExactly(500L, 500L);
            assertThat(a.usage().modelCalls()).isEqualTo(5);
            assertThat(a.usage().usd()).isCloseTo(5 * (100 * 0.15 + 20 * 0.60) / 1e6, within(1e-12));

            JsonNode first = JSON.readTree(reqs.get(0).body());
            assertThat(first.get("model").asText()).isEqualTo("gpt-4o-mini");
            assertThat(first.get("messages").get(0).get("role").asText()).isEqualTo("system");
            assertThat(first.get("tools").findValuesAsText("name")).contains("training_compute", "training_cluster");
            assertThat(reqs.get(0).header("Authorization")).isEqualTo("Bearer test-key");
        }
    }

    @Test
    void aSecondInvalidCallAfterTheRepairStopsTheRun() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.then(200, FakeModelServer.openAiToolCall("c1", "training_cluster", "{\"hardware\":\"DGX A100\"}"))
                    .then(200, FakeModelServer.openAiToolCall("c2", "training_cluster", "{\"hardware\":\"DGX A100\"}"));
            LlmConfig c = config(server, Map.of());
            Answer a = run(client(c), c, Budget.DEFAULT, new ArrayList<>(), Q);
            assertThat(a.text()).contains("invalid tool arguments again").contains("missing required argument");
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void theTokenBudgetStopsTheRunBeforeAnotherModelCall() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            for (int i = 0; i < 5; i++) {
                server.then(200, FakeModelServer.openAiToolCall("c" + i, "training_compute", "{\"model\":\"GPT-3\"}"));
            }
            LlmConfig c = config(server, Map.of());
            // each call costs 120 tokens: the third call is allowed at 240 < 250, the fourth is not
            Answer a = run(client(c), c, new Budget(20, 250, 1.0), new ArrayList<>(), Q);
            assertThat(a.status()).isEqualTo(Answer.Status.BUDGET_EXHAUSTED);
            assertThat(a.text()).contains("token budget of 250");
            assertThat(server.requests()).hasSize(3);
            assertThat(a.figures()).extracting(Figure::name).contains("training compute");
        }
    }

    @Test
    void theMoneyBudgetUsesThePriceTable() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            for (int i = 0; i < 5; i++) {
                server.then(200, FakeModelServer.openAiToolCall("c" + i, "training_compute", "{\"model\":\"GPT-3\"}"));
            }
            // $1000 per million tokens both ways: a 120-token call costs $0.12, so $0.20 allows two calls
            LlmConfig c = config(server, Map.of("ZHITI_LLM_PRICE_IN", "1000", "ZHITI_LLM_PRICE_OUT", "1000"));
            Answer a = run(client(c), c, new Budget(20, 1_000_000, 0.20), new ArrayList<>(), Q);
            assertThat(a.status()).isEqualTo(Answer.Status.BUDGET_EXHAUSTED);
            assertThat(a.text()).contains("money budget");
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void aRecordedRunReplaysDeterministicallyWithoutTheServer(@TempDir Path dir) throws Exception {
        Path rec = dir.resolve("run.jsonl");
        Answer live;
        try (FakeModelServer server = new FakeModelServer()) {
            server.then(200, FakeModelServer.openAiToolCall("call_1", "training_compute", "{\"model\":\"GPT-3\"}"))
                    .then(200, FakeModelServer.openAiText("C = 3.15e23 FLOP."))
                    .then(200, FakeModelServer.openAiText("APPROVE"));
            LlmConfig c = config(server, Map.of());
            live = run(new RecordingModelClient(client(c), rec), c, Budget.DEFAULT, new ArrayList<>(), "GPT-3 compute?");
        }
        LlmConfig replayCfg = config(null, Map.of("ZHITI_LLM_REPLAY", rec.toString()));
        List<TraceEvent> events = new ArrayList<>();
        Answer replayed = run(ProviderClients.create(replayCfg), replayCfg, Budget.DEFAULT, events, "GPT-3 compute?");

        assertThat(replayed.text()).isEqualTo(live.text()).isEqualTo("C = 3.15e23 FLOP.");
        assertThat(replayed.figures()).isEqualTo(live.figures());
        assertThat(replayed.usage()).isEqualTo(live.usage());
        assertThat(events).filteredOn(e -> e instanceof TraceEvent.Thinking).isNotEmpty();

        // a brain failure ends the run as an answer with an error status, not an exception out of Agent.run
        Answer diverged = run(ProviderClients.create(replayCfg), replayCfg, Budget.DEFAULT, new ArrayList<>(),
                "a different question");
        assertThat(diverged.status()).isEqualTo(Answer.Status.ERROR);
        assertThat(diverged.text()).contains("replay diverged at call 1");
    }

    @Test
    void aConversationsContextReachesTheSystemPrompt() throws Exception {
        try (FakeModelServer server = new FakeModelServer()) {
            server.then(200, FakeModelServer.openAiText("Your budget is $3M."));
            LlmConfig c = config(server, Map.of("ZHITI_LLM_REFLECT", "false"));
            LlmBrain brain = new LlmBrain(client(c), PriceTable.builtIn().priceFor(c), false);
            ToolRegistry tools = EconTools.register(new ToolRegistry(), Catalog.builtIn());
            Answer a = new Agent(brain, tools, Recall.NONE, Budget.DEFAULT, List.of())
                    .run(Task.of("What is my budget?").withContext("[core_memory]\nhuman: budget $3M\nuser: hello"));
            assertThat(a.text()).isEqualTo("Your budget is $3M.");
            JsonNode system = JSON.readTree(server.requests().get(0).body()).get("messages").get(0);
            assertThat(system.get("content").asText()).contains("<conversation>").contains("budget $3M");
        }
    }

    @Test
    void configurationErrorsSayWhatToSet() {
        assertThat(LlmConfig.load(Map.of(), null)).isEmpty();
        assertThatThrownBy(() -> LlmConfig.load(Map.of("ZHITI_LLM_PROVIDER", "acme", "ZHITI_LLM_MODEL", "x"), null))
                .hasMessageContaining("openai (any OpenAI-compatible API), anthropic or ollama");
        assertThatThrownBy(() -> LlmConfig.load(Map.of("ZHITI_LLM_PROVIDER", "openai", "ZHITI_LLM_MODEL", "x"), null))
                .hasMessageContaining("ZHITI_LLM_API_KEY");
        LlmConfig unknownPrice = LlmConfig.load(Map.of("ZHITI_LLM_PROVIDER", "openai", "ZHITI_LLM_MODEL", "my-model",
                "ZHITI_LLM_API_KEY", "k"), null).orElseThrow();
        assertThatThrownBy(() -> PriceTable.builtIn().priceFor(unknownPrice)).hasMessageContaining("ZHITI_LLM_PRICE_IN");
        assertThat(PriceTable.builtIn().find("openai", "gpt-4o-mini-2024-07-18")).map(PriceTable.Price::usdPerMtokInput)
                .isEqualTo(Optional.of(0.15));
    }
}
