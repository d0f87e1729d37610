package zhiti.econ.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import zhiti.core.Figure;
import zhiti.econ.Precision;

class TrainingPlanChainTest {

    @Test
    void chinchillaExponentFromRoundedConstants() {
        // ../shared/ground-truth README: a = β/(α+β) = 0.28/0.62 = 0.452 with the rounded constants
        TrainingPlanChain.ScalingFit fit = TrainingPlanChain.ScalingFit.CHINCHILLA;
        assertThat(fit.exponent()).isCloseTo(0.452, within(0.0005));
        double g = Math.pow(0.34 * 406.4 / (0.28 * 410.7), 1 / 0.62);
        assertThat(fit.coefficient()).isCloseTo(g, within(1e-12));
        double c = 5.76e23; // Chinchilla's own budget (Hoffmann et al. 2022)
        assertThat(fit.optimalParams(c)).isCloseTo(g * Math.pow(c / 6, 0.28 / 0.62), within(1.0));
    }

    @Test
    void epochRefitPutsMoreComputeIntoParameters() {
        // Besiroglu et al. 2024: a = β/(α+β) = 0.3658/0.7136 ≈ 0.513, close to Chinchilla's approaches 1 and 2
        TrainingPlanChain.ScalingFit epoch = TrainingPlanChain.ScalingFit.parse("epoch");
        assertThat(epoch.exponent()).isCloseTo(0.5126, within(0.0005));
        double c = 5.76e23;
        double n = epoch.optimalParams(c);
        assertThat(c / (6 * n) / n).as("tokens per parameter").isBetween(10.0, 40.0);
        assertThat(n).as("Chinchilla itself: 70B parameters for 5.76e23 FLOP").isBetween(60e9, 85e9);
    }

    @Test
    void shapeHasRequestedSize() {
        ModelShape s = TrainingPlanChain.shapeFor(70e9, 2048, 32000);
        assertThat(s.hidden() % 1024).isZero();
        assertThat(s.heads() % 8).isZero();
        assertThat(s.params() / 70e9).isBetween(0.85, 1.15);
        assertThat((double) s.hidden() / s.layers()).isBetween(80.0, 200.0);
    }

    @Test
    void budgetToDaysDollarsAndEnergy() {
        double budget = 1e24;
        ClusterSpec cluster = GpuTable.cluster("H100", 4096);
        TrainingPlanChain.Result r = TrainingPlanChain.run(budget, cluster,
                new TrainingPlanChain.Assumptions(4096, 128000, 1024, Precision.BF16, 2.0, 700, 1.2));
        assertThat(6 * r.params() * r.tokens()).isCloseTo(budget, within(budget * 1e-9));
        int gpus = r.search().best().plan().gpus();
        // the days come from the model's own FLOP count, so they sit near C ÷ (GPUs · peak · MFU)
        double approxDays = budget / (gpus * 989.4e12 * r.search().best().mfu()) / 86400;
        assertThat(r.days() / approxDays).isBetween(0.85, 1.15);
        assertThat(r.usd()).isCloseTo(r.gpuHours() * 2.0, within(1e-6));
        assertThat(r.mwh()).isCloseTo(r.gpuHours() * 700 * 1.2 / 1e6, within(1e-9));
        assertThat(r.figures()).extracting(Figure::name).contains("compute-optimal parameters", "training time",
                "rental cost", "energy");
    }

    @Test
    void badAssumptionsAreRejected() {
        assertThatThrownBy(() -> new TrainingPlanChain.Assumptions(2048, 51200, 512, Precision.BF16, 2, 700, 0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PUE");
        assertThatThrownBy(() -> new TrainingPlanChain.Assumptions(2048, 51200, 512, Precision.BF16, -1, 700, 1.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");
    }
}
