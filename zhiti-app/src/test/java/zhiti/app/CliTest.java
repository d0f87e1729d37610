package zhiti.app;

import zhiti.runtime.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI contract of DESIGN.md, run in process. */
class CliTest {

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static CliRun runWith(Map<String, String> env, String... args) {
        return CliRun.runWith(env, args);
    }




    @Test
    void askJsonIsOneObjectThatFollowsTheContract() throws Exception {
        CliRun r = run("ask", "How many DGX A100 servers are needed to train GPT-3 (175B parameters, 300B tokens) in 7 days?",
                "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode a = r.json();
        assertThat(a.fieldNames()).toIterable().contains("answer", "figures", "citations", "steps", "brain");
        assertThat(a.get("brain").asText()).isEqualTo("offline");
        for (JsonNode f : a.get("figures")) {
            assertThat(f.fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("name", "value", "unit", "formula", "inputs", "source");
            assertThat(f.get("source").asText()).isNotBlank();
        }
        JsonNode compute = find(a.get("figures"), "training compute");
        assertThat(compute.get("value").asDouble()).isCloseTo(3.15e23, within(1e20));
        assertThat(compute.get("inputs").get("N (parameters)").asDouble()).isEqualTo(175e9);
        assertThat(find(a.get("figures"), "DGX A100 servers needed").get("value").asInt()).isEqualTo(522);
        JsonNode step = a.get("steps").get(0);
        assertThat(step.fieldNames()).toIterable().contains("id", "tool", "args", "ok", "ms");
    }

    @Test
    void theSameQuestionInChineseAnswersInChinese() throws Exception {
        CliRun r = run("ask", "用 DGX A100 在 7 天内训练 GPT-3（1750 亿参数，3000 亿 token）需要多少台服务器？", "--json");
        JsonNode a = r.json();
        assertThat(a.get("lang").asText()).isEqualTo("zh");
        assertThat(find(a.get("figures"), "DGX A100 servers needed").get("value").asInt()).isEqualTo(522);
        assertThat(a.get("answer").asText()).contains("台 DGX A100");
    }

    @Test
    void langOverridesTheQuestionsLanguage() throws Exception {
        CliRun r = run("ask", "训练 GPT-3 需要多少算力？", "--json", "--lang", "en");
        assertThat(r.json().get("answer").asText()).startsWith("• compute: 3.15e23 FLOP").contains("How it was worked out");
    }

    @Test
    void nonsenseGetsAHelpfulAnswerNotAStackTrace() throws Exception {
        CliRun r = run("ask", "asdf qwerty zxcv", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("answer").asText()).contains("GPT-3");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void badInputExitsTwoWithAMessageThatSaysWhatToFix() {
        CliRun empty = run("ask", "   ");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("question is empty").doesNotContain("at zhiti.");

        CliRun lang = run("ask", "hello", "--lang", "fr");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("use zh or en");

        CliRun steps = run("ask", "hello", "--max-steps", "0");
        assertThat(steps.exit()).isEqualTo(2);
        assertThat(steps.err()).contains("at least 1");

        CliRun unknown = run("econ", "train", "--model", "GPT-5");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean").contains("GPT-3").contains("zhiti econ train --help");

        CliRun option = run("ask");
        assertThat(option.exit()).isEqualTo(2);
    }

    @Test
    void econTrainPrintsFiguresAsJson() throws Exception {
        CliRun r = run("econ", "train", "--params", "1750亿", "--tokens", "300B", "--hardware", "A100", "--gpus", "1024",
                "--json");
        assertThat(r.exit()).isZero();
        JsonNode figs = r.json().get("figures");
        assertThat(find(figs, "training time").get("value").asDouble()).isCloseTo(28.53, within(0.01));
    }

    @Test
    void theTraceFileHoldsEveryEventOfTheRun(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("runs/trace.jsonl");
        CliRun r = run("ask", "How much compute to train GPT-3?", "--json", "--trace-file", trace.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = Files.readAllLines(trace);
        assertThat(lines).hasSizeGreaterThan(4);
        assertThat(Json.MAPPER.readTree(lines.get(0)).get("event").asText()).isEqualTo("started");
        assertThat(Json.MAPPER.readTree(lines.get(lines.size() - 1)).get("event").asText()).isEqualTo("finished");
    }

    @Test
    void humanOutputShowsThePlanToolCallsAndSources() {
        CliRun r = run("ask", "How many DGX A100 servers are needed to train GPT-3 in 7 days?");
        assertThat(r.out()).contains("plan:").contains("→ training_compute").contains("formula:").contains("source:");
    }

    private static JsonNode find(JsonNode figures, String name) {
        for (JsonNode f : figures) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no figure named " + name + " in " + figures);
    }

    @Test
    void askUsesAConfiguredLlmAndOfflineOverridesIt() throws Exception {
        Deque<String> replies = new ArrayDeque<>(List.of(
                "{\"id\":\"a\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,"
                        + "\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"training_compute\",\"arguments\":\"{\\\"model\\\":\\\"GPT-3\\\"}\"}}]},"
                        + "\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}",
                "{\"id\":\"b\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,"
                        + "\"message\":{\"role\":\"assistant\",\"content\":\"3.15e23 FLOP\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            byte[] body = replies.poll().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            Map<String, String> env = Map.of("ZHITI_LLM_PROVIDER", "openai",
                    "ZHITI_LLM_MODEL", "gpt-4o-mini", "ZHITI_LLM_API_KEY", "k", "ZHITI_LLM_REFLECT", "false",
                    "ZHITI_LLM_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
            JsonNode llm = runWith(env, "ask", "How much compute to train GPT-3?", "--json").json();
            assertThat(llm.get("brain").asText()).isEqualTo("llm");
            assertThat(llm.get("answer").asText()).isEqualTo("3.15e23 FLOP");
            assertThat(llm.get("usage").get("model_calls").asInt()).isEqualTo(2);
            assertThat(find(llm.get("figures"), "training compute").get("value").asDouble()).isEqualTo(3.15e23);

            JsonNode off = runWith(env, "ask", "How much compute to train GPT-3?", "--json", "--offline").json();
            assertThat(off.get("brain").asText()).isEqualTo("offline");
            assertThat(replies).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBadLlmConfigurationIsBadInput() {
        CliRun r = runWith(Map.of("ZHITI_LLM_PROVIDER", "acme"), "ask", "hi");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ZHITI_LLM_PROVIDER");
    }
}
