package zhiti.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.agent.Answer;
import zhiti.core.Artifact;
import zhiti.core.Figure;
import zhiti.core.Lang;

/**
 * The offline brain sends plain requests to the tool belt: each question of bench/tools/own.jsonl (written by the
 * team, two per tool, zh and en) reaches its tool, makes the file it should (a chart's PNG, a WAV) and answers
 * with the labelled values. The blind set beside it (heldout.jsonl) is measured with bench/tools/run_tools.py.
 */
class ToolBeltRoutingTest {

    private static final Path SET = Path.of("..", "bench", "tools", "own.jsonl");

    @TempDir
    Path home;

    @Test
    void eachToolIsReachedByTheQuestionsWrittenForIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        try (Zhiti zhiti = Zhiti.open(Zhiti.Options.defaults().withEnv(Map.of("ZHITI_HOME", home.toString()))
                .withOffline(true))) {
            for (String line : Files.readAllLines(SET)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = json.readTree(line);
                String q = item.get("question").asText();
                Answer a = zhiti.ask(new RunRequest(q, Lang.detect(q), null, null), List.of());
                String id = item.get("id").asText();
                List<String> tools = a.steps().stream().map(o -> o.step().tool()).toList();
                if (!tools.contains(item.get("tool").asText())) {
                    failures.add(id + ": expected " + item.get("tool").asText() + ", called " + tools);
                    continue;
                }
                String kind = item.path("expect").path("artifact").asText("none");
                if (!kind.equals("none") && a.artifacts().stream().noneMatch(x -> x.kind().id().equals(kind)
                        && x.path().toFile().length() > 0)) {
                    failures.add(id + ": no " + kind + " file among " + a.artifacts().stream().map(Artifact::path).toList());
                }
                for (JsonNode v : item.path("expect").path("values")) {
                    double want = v.get("value").asDouble();
                    double tol = v.get("rel_tol").asDouble() * Math.abs(want);
                    if (a.figures().stream().map(Figure::value).noneMatch(x -> Math.abs(x - want) <= tol)) {
                        failures.add(id + ": " + want + " not among " + a.figures().stream().map(Figure::value).toList());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
