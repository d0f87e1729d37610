package zhiti.audit.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Floors on the labelled sets in bench/audit, so a change that loses recall or adds false alarms fails the build.
 * The floors are the numbers measured when the sets were last scored (README), not targets.
 */
class LabelledSetsTest {
    private static final Path SETS = Path.of("..", "bench", "audit");

    @Test
    void devSet() throws Exception {
        AuditScore.Result r = AuditScore.score(SETS.resolve("dev/docs"), AuditScore.labels(SETS.resolve("dev/labels.jsonl")));
        System.out.print(AuditScore.text(r));
        assertThat(r.total().errors).isEqualTo(55);
        assertThat(r.total().caught).isGreaterThanOrEqualTo(23);
        assertThat(r.total().falseAlarms).isLessThanOrEqualTo(1);
    }

    @Test
    void heldOutSet() throws Exception {
        AuditScore.Result r = AuditScore.score(SETS.resolve("heldout/docs"), AuditScore.labels(SETS.resolve("heldout/labels.jsonl")));
        System.out.print(AuditScore.text(r));
        assertThat(r.total().errors).isEqualTo(69);
        assertThat(r.total().caught).isGreaterThanOrEqualTo(38);
        assertThat(r.total().falseAlarms).isLessThanOrEqualTo(1);
        assertThat(r.flags()).isGreaterThan(0);
    }
}
