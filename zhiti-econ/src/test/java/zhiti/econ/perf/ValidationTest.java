package zhiti.econ.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in validation set: Narayanan et al. 2021 Table 1 (TFLOP/s per GPU, ±10% on every row) and
 * Korthikanti et al. 2022 Table 5 (seconds per iteration, ±10%, full and selective recompute).
 */
class ValidationTest {

    @Test
    void everyPublishedRowWithinTenPercent() {
        Validation.Report report = Validation.run(Validation.builtInRows());
        assertThat(report.outcomes()).hasSize(18);
        for (Validation.Outcome o : report.outcomes()) {
            System.out.printf("%-34s pred %.1f TFLOP/s %.2f s  err %+.3f (%s)  %s%n", o.row().name(),
                    o.predictedTflopsPerGpu(), o.predictedSecondsPerIteration(), o.error().getAsDouble(), o.errorOf(),
                    o.estimate().plan().describe());
        }
        for (Validation.Outcome o : report.outcomes()) {
            assertThat(o.error()).as(o.row().name()).isPresent();
            assertThat(Math.abs(o.error().getAsDouble())).as(o.row().name() + " relative error").isLessThanOrEqualTo(0.10);
        }
        assertThat(report.maxAbsError()).isLessThanOrEqualTo(0.10);
    }
}
