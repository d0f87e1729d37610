package zhiti.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import zhiti.app.CliRun;

/**
 * The offline brain on the labelled development set (bench/questions/dev.jsonl, 238 zh/en questions in six
 * classes), with the seed reports as the knowledge base: a floor under overall and per-class accuracy, so a change
 * that makes the brain answer fewer questions right fails here, with the failures printed.
 */
class DevSetTest {

    /** Measured 84% overall; the floors leave room for noise in nothing but leave none for a real regression. */
    private static final double OVERALL_FLOOR = 80;
    private static final double CLASS_FLOOR = 70;

    @Test
    void theBrainAnswersTheDevelopmentSetAboveItsFloors() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path set = root.resolve("bench/questions/dev.jsonl");
        Path seeds = Path.of(System.getProperty("zhiti.shared", root.resolve("../shared").toString())).resolve("seeds");
        assertThat(set).exists();
        assertThat(seeds).isDirectory();
        CliRun r = CliRun.run("bench", "brain", "--set", set.toString(), "--kb", seeds.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode s = r.json().get("summary");
        StringBuilder failures = new StringBuilder();
        for (JsonNode item : r.json().get("items")) {
            if (!item.get("pass").asBoolean()) {
                failures.append(item.get("id").asText()).append(": ").append(item.get("reasons")).append('\n');
            }
        }
        assertThat(s.get("accuracy_pct").asDouble()).as(failures.toString()).isGreaterThanOrEqualTo(OVERALL_FLOOR);
        s.get("by_class").properties().forEach(e -> assertThat(e.getValue().get("accuracy_pct").asDouble())
                .as(e.getKey() + "\n" + failures).isGreaterThanOrEqualTo(CLASS_FLOOR));
        assertThat(Files.readAllLines(set)).hasSizeGreaterThanOrEqualTo(200);
    }
}
