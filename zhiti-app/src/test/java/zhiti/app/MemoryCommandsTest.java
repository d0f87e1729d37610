package zhiti.app;

import zhiti.runtime.Json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search (single and batch), chat and the knowledge-base path of ask, run in process. */
class MemoryCommandsTest {

    @Test
    void ingestThenSearchThenAskCitesThePassage(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("chips.md"), "# Chips\n\nThe H20 is a cut-down Hopper part sold in China; its dense"
                + " FP8 rate is 296 TFLOPS.\n\n# Agents\n\nAn agent plans, remembers and uses tools.\n");
        Files.write(docs.resolve("blob.bin"), new byte[]{0, 1, 2, 3, 0, 0, 7});
        String store = dir.resolve("store").toString();

        CliRun ingest = CliRun.run("ingest", docs.toString(), "--store", store, "--json");
        assertThat(ingest.exit()).isZero();
        JsonNode r = ingest.json();
        assertThat(r.get("added").asInt()).isEqualTo(1);
        assertThat(r.get("skipped").asInt()).isEqualTo(1);
        // idempotent: a second run changes nothing
        assertThat(CliRun.run("ingest", docs.toString(), "--store", store, "--json").json().get("unchanged").asInt())
                .isEqualTo(1);

        JsonNode hits = CliRun.run("search", "H20 FP8 rate", "--store", store, "--k", "1", "--json").json().get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("text").asText()).contains("296 TFLOPS");

        // filters: the only document passes its own path, a made-up id and an earlier day exclude everything
        String chips = docs.resolve("chips.md").toString();
        assertThat(CliRun.run("search", "H20", "--store", store, "--doc", chips, "--json").json().get("hits")).isNotEmpty();
        assertThat(CliRun.run("search", "H20", "--store", store, "--doc", "other", "--json").json().get("hits")).isEmpty();
        assertThat(CliRun.run("search", "H20", "--store", store, "--to", "2001-01-01", "--json").json().get("hits")).isEmpty();
        assertThat(CliRun.run("search", "H20", "--store", store, "--kind", "passage", "--fusion", "min-max",
                "--vector-weight", "0.5", "--json").json().get("hits").get(0).get("text").asText()).contains("296 TFLOPS");

        Path batch = dir.resolve("q.jsonl");
        Files.write(batch, List.of("{\"id\":\"a\",\"query\":\"H20 FP8\"}", "{\"id\":7,\"query\":\"agent tools\"}"));
        CliRun b = CliRun.run("search", "--batch", batch.toString(), "--store", store, "--json", "--k", "1");
        List<String> lines = b.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(Json.MAPPER.readTree(lines.get(1)).get("id").asInt()).isEqualTo(7);

        JsonNode a = CliRun.run("ask", "报告里关于 H20 芯片是怎么说的？", "--store", store, "--json").json();
        assertThat(a.get("citations").toString()).contains("chips.md");
    }

    @Test
    void badInputToTheMemoryCommandsExitsTwo(@TempDir Path dir) {
        assertThat(CliRun.run("ingest", dir.resolve("missing").toString()).exit()).isEqualTo(2);
        CliRun none = CliRun.run("search", "x", "--store", dir.resolve("nothing").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("zhiti ingest");
        assertThat(CliRun.run("search", "x", "--mode", "fuzzy").err()).contains("hybrid, bm25 or vector");
        assertThat(CliRun.run("search", "x", "--fusion", "max").err()).contains("rrf or min-max");
        assertThat(CliRun.run("search", "x", "--from", "last week").err()).contains("2024-03-31");
        assertThat(CliRun.run("search", "x", "--rrf-k", "0").exit()).isEqualTo(2);
        CliRun tiny = CliRun.run("ingest", dir.toString(), "--chunk-size", "10");
        assertThat(tiny.exit()).isEqualTo(2);
        assertThat(tiny.err()).contains("--chunk-size 10").contains(">= 20");
    }

    @Test
    void chatCarriesAConversationAndReportsMemoryPressure() {
        CliRun r = CliRun.runWithInput(Map.of(), "How much compute to train GPT-3?\n训练 Llama 2 70B 需要多少算力？\n\n",
                "chat", "--offline", "--context-tokens", "200");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("3.15e23").contains("8.4e23").contains("memory pressure");
    }

    /** Core memory keeps what the user says; "forget …" deletes the matching line, and the rest stays. */
    @Test
    void chatForgetsWhatTheUserAsksItToForget() {
        CliRun r = CliRun.runWithInput(Map.of(), "Our electricity price is $0.10 per kWh.\nMy name is Li Wei.\n"
                        + "Please forget what I told you about our electricity price.\nWhat is my name?\n"
                        + "Forget what I said about our GPU budget.\n\n", "chat", "--offline");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Forgotten: Our electricity price is $0.10 per kWh.").contains("Li Wei")
                .contains("I have no note about that, so nothing was removed.");
    }
}
