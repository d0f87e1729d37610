package zhiti.econ.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationFitTest {

    @Test
    void refitFromAPoorStartRecoversTheTolerance() {
        // start from a deliberately wrong calibration (GEMMs at 60% of peak, no width penalty): the Megatron-LM rows
        // of Narayanan et al. 2021 Table 1 and Korthikanti et al. 2022 Table 5 must pull it back inside ±10%
        List<ValidationRow> rows = Validation.builtInRows().stream()
                .filter(r -> r.source().startsWith("Narayanan et al. 2021, Table 1")
                        || r.source().startsWith("Korthikanti et al. 2022, Table 5")).toList();
        assertThat(rows).hasSize(18);
        Calibration poor = new Calibration(0.6, 50, 3.0, 0.8, 0.8, 0, 0.95, 0.5, 0.7, 0.5, 20e-6);
        double before = CalibrationFit.objective(rows, poor);
        CalibrationFit.Fit fit = CalibrationFit.fit(rows, poor, 400);
        assertThat(before).isGreaterThan(0.15);
        assertThat(fit.maxAbsError()).isLessThan(0.10);
        assertThat(fit.calibration().matmulPeakFraction()).isBetween(0.6, 0.95);
        assertThat(fit.evaluations()).isLessThanOrEqualTo(400 + 5);
    }

    @Test
    void shippedCalibrationIsNearTheOptimum() {
        // a short refit from the shipped constants over all calibration rows finds nothing much better
        List<ValidationRow> rows = Validation.builtInRows();
        double shipped = CalibrationFit.objective(rows, Calibration.FITTED);
        assertThat(shipped).isLessThan(0.10);
        CalibrationFit.Fit fit = CalibrationFit.fit(rows, Calibration.FITTED, 40);
        assertThat(fit.maxAbsError() + 0.1 * fit.rmsError()).isGreaterThan(shipped - 0.01);
    }
}
