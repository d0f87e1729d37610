package zhiti.econ.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in validation set, row by row: Narayanan et al. 2021 Table 1 (TFLOP/s per GPU, hardware FLOPs,
 * ±10% on every row) and Korthikanti et al. 2022 Table 5 (seconds per iteration, ±10%, full recompute and
 * sequence parallelism + selective recompute). The planner picks what the papers leave unpublished.
 */
class ValidationTest {

    static Stream<Arguments> rows() {
        return Validation.builtInRows().stream().map(r -> Arguments.of(r.name(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void publishedRowWithinTenPercent(String name, ValidationRow row) {
        Validation.Outcome o = Validation.predict(row, Calibration.MEGATRON_A100);
        assertThat(o.error()).isPresent();
        assertThat(o.error().getAsDouble()).as(name + " relative error (" + o.errorOf() + ")").isBetween(-0.10, 0.10);
        assertThat(o.estimate().fitsInMemory()).isTrue();
        if (row.tp().isPresent()) {
            assertThat(o.estimate().plan().tp()).isEqualTo(row.tp().getAsInt());
            assertThat(o.estimate().plan().pp()).isEqualTo(row.pp().getAsInt());
        }
        assertThat(o.estimate().plan().gpus()).isEqualTo(row.gpus());
    }

    @Test
    void builtInSetCoversBothPapers() {
        List<ValidationRow> rows = Validation.builtInRows();
        assertThat(rows).hasSize(18);
        assertThat(rows).filteredOn(r -> r.source().contains("Narayanan")).hasSize(10)
                .allMatch(r -> r.measuredTflopsPerGpu().isPresent() && r.flopsBasis() == ValidationRow.FlopsBasis.HARDWARE);
        assertThat(rows).filteredOn(r -> r.source().contains("Korthikanti")).hasSize(8)
                .allMatch(r -> r.measuredSecondsPerIteration().isPresent());
        assertThat(Validation.run(rows).maxAbsError()).isLessThanOrEqualTo(0.10);
    }
}
