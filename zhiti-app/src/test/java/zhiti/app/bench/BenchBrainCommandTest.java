package zhiti.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.app.CliRun;

/** bench brain end to end in process: a one-turn item, a conversation, a refusal and a citation. */
class BenchBrainCommandTest {

    private static final List<String> SET = List.of(
            "{\"id\":\"t1\",\"class\":\"chains\",\"lang\":\"en\",\"turns\":[\"How much compute to train GPT-3?\"],"
                    + "\"kb\":false,\"expect\":{\"kind\":\"answer\",\"values\":[{\"value\":3.15e23,\"unit\":\"FLOP\","
                    + "\"rel_tol\":0.02,\"what\":\"C\"}]}}",
            "{\"id\":\"t2\",\"class\":\"conversation\",\"lang\":\"zh\",\"turns\":[\"训练 GPT-3 需要多少算力？\","
                    + "\"训练 Llama 2 70B 需要多少算力？\"],\"kb\":false,\"expect\":{\"kind\":\"answer\",\"values\":"
                    + "[{\"value\":8.4e23,\"unit\":\"FLOP\",\"rel_tol\":0.02,\"what\":\"C\"}]}}",
            "{\"id\":\"t3\",\"class\":\"routing\",\"lang\":\"zh\",\"turns\":[\"报告里关于 H20 芯片是怎么说的？\"],"
                    + "\"kb\":true,\"expect\":{\"kind\":\"cite\",\"text_any\":[\"H20\"]}}",
            "{\"id\":\"t4\",\"class\":\"chains\",\"lang\":\"en\",\"turns\":[\"How much compute to train GPT-3?\"],"
                    + "\"kb\":false,\"expect\":{\"kind\":\"answer\",\"values\":[{\"value\":1,\"unit\":\"day\","
                    + "\"rel_tol\":0.02,\"what\":\"a value it cannot have\"}]}}");

    @Test
    void runsEachItemAndReportsAccuracyPerClass(@TempDir Path dir) throws Exception {
        Path set = Files.write(dir.resolve("set.jsonl"), SET);
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("chips.md"), "# Chips\n\nThe H20 is a cut-down Hopper part sold in China.\n");
        CliRun r = CliRun.run("bench", "brain", "--set", set.toString(), "--kb", docs.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        JsonNode s = doc.get("summary");
        assertThat(s.get("items").asInt()).isEqualTo(4);
        assertThat(s.get("by_class").get("chains").get("items").asInt()).isEqualTo(2);
        assertThat(s.get("knowledge_base").get("documents").asInt()).isEqualTo(1);
        assertThat(s.get("planning_ms").get("runs").asInt()).isEqualTo(4);
        JsonNode items = doc.get("items");
        assertThat(items.get(0).get("pass").asBoolean()).as(items.get(0).toString()).isTrue();
        assertThat(items.get(1).get("pass").asBoolean()).as(items.get(1).toString()).isTrue();
        assertThat(items.get(2).get("pass").asBoolean()).as(items.get(2).toString()).isTrue();
        assertThat(items.get(3).get("pass").asBoolean()).isFalse();
        assertThat(items.get(3).get("reasons").get(0).asText()).contains("1 day");
        assertThat(r.err()).contains("[1/4] t1 pass").contains("[4/4] t4 FAIL");

        CliRun text = CliRun.run("bench", "brain", "--set", set.toString(), "--kb", docs.toString(), "--only", "chains",
                "--fail-under", "90");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("overall").contains("failures (1):").contains("t4  FAIL  chains")
                .contains("why:");
    }

    @Test
    void badInputExitsTwoWithAFix(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.run("bench", "brain", "--set", dir.resolve("none.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Path bad = Files.write(dir.resolve("bad.jsonl"), List.of(SET.get(0), SET.get(1).replace("\"FLOP\"", "\"flops\"")));
        CliRun unit = CliRun.run("bench", "brain", "--set", bad.toString());
        assertThat(unit.exit()).isEqualTo(2);
        assertThat(unit.err()).contains("line 2: field expect.values[0].unit: unknown unit 'flops'");
        Path set = Files.write(dir.resolve("set.jsonl"), SET);
        assertThat(CliRun.run("bench", "brain", "--set", set.toString(), "--only", "poetry").err())
                .contains("classes: chains, conversation, routing");
        assertThat(CliRun.run("bench", "brain", "--set", set.toString(), "--fail-under", "120").exit()).isEqualTo(2);
        assertThat(CliRun.run("bench", "brain", "--set", set.toString(), "--kb", dir.resolve("nope").toString()).err())
                .contains("--kb").contains("no such file or directory");
        CliRun twice = CliRun.run("bench", "brain", "--set", set.toString(), "--set", set.toString());
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("appears more than once");
    }
}
