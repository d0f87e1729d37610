package zhiti.audit.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer matches labels by the printed number inside their quote, in plain text and in html with tags. */
class AuditScoreTest {

    @Test
    void quotesWithTagsAreFoundInTheTextAsRead() {
        String text = "Region\t2023\t2028\nEurope\t8.0\t13.0\t8.4%\n";
        int[] at = AuditScore.locate(text, "<td>Europe</td><td>8.0</td><td>13.0</td><td>8.4%</td>", "8.4%");
        assertThat(text.substring(at[0], at[1])).isEqualTo("8.4%");
        int[] plain = AuditScore.locate(text, "Europe\t8.0", "8.0");
        assertThat(text.substring(plain[0], plain[1])).isEqualTo("8.0");
        assertThat(AuditScore.locate(text, "not there", "1")).isNull();
    }

    @Test
    void recallAndFalseAlarmsPerKind(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), """
                Sales rose from 100 units to 150 units, an increase of 40%.
                Costs rose from 200 units to 220 units, an increase of 10%.
                We expect 500 units next year.
                """);
        List<Label> labels = List.of(
                new Label("a.txt", "an increase of 40%", "40%", "growth", "error", null),
                new Label("a.txt", "an increase of 10%", "10%", "growth", "holds", null),
                new Label("a.txt", "We expect 500 units", "500", "forecast", "unverifiable", null));
        AuditScore.Result r = AuditScore.score(docs, labels);
        assertThat(r.byKind().get("growth").errors).isEqualTo(1);
        assertThat(r.byKind().get("growth").caught).isEqualTo(1);
        assertThat(r.byKind().get("growth").falseAlarms).isZero();
        assertThat(r.total().clean).isEqualTo(2);
        assertThat(r.missed()).isEmpty();
        assertThat(AuditScore.text(r)).contains("recall 100.0%");
    }
}
