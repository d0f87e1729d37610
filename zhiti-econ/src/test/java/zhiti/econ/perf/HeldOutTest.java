package zhiti.econ.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measurements the calibration never saw. The held-out fifth was chosen by a hash of the row name before the
 * constants were fitted; the outside set holds runs on software the model does not cover (DeepSpeed's MT-NLG and
 * ZeRO-3 of 2021, llm-foundry's FSDP, small-expert MoE), kept to show the error there.
 */
class HeldOutTest {

    @Test
    void heldOutFifthStaysCloseToTheMeasurements() {
        List<Validation.Outcome> out = Validation.run(Validation.builtInRows(Validation.RowSet.HELD_OUT)).outcomes();
        assertThat(out).hasSizeGreaterThanOrEqualTo(14);
        long within12 = out.stream().filter(o -> Math.abs(o.error().getAsDouble()) <= 0.12).count();
        // all but the 131K-token long-context Llama 3 stage (see VALIDATION.md) are within ±10%
        assertThat(within12).isGreaterThanOrEqualTo(out.size() - 1);
        assertThat(Validation.run(Validation.builtInRows(Validation.RowSet.HELD_OUT)).maxAbsError()).isLessThan(0.30);
    }

    /**
     * A second collection, gathered after the model was built by someone who had read neither it nor the first set
     * (validation/second). Pinned at its first look: NVIDIA's Megatron-Core runs of Nemotron-4 and Llama 3.1 within
     * ±5%, and most planned rows within ±15%.
     */
    @Test
    void secondCollectionAtItsFirstLook() {
        List<Validation.Outcome> out = Validation.run(Validation.readRows(
                java.nio.file.Path.of("validation/second/second-set.csv"))).outcomes();
        List<Validation.Outcome> planned = out.stream().filter(o -> o.problem() == null).toList();
        assertThat(planned).hasSizeGreaterThanOrEqualTo(85);
        List<Validation.Outcome> nvidia = planned.stream().filter(o -> o.row().source().contains("nemotron/")
                || o.row().source().contains("llama3.1/README_8b")).toList();
        assertThat(nvidia).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(o -> assertThat(Math.abs(o.error().getAsDouble())).as(o.row().name()).isLessThan(0.05));
        long within15 = planned.stream().filter(o -> Math.abs(o.error().getAsDouble()) <= 0.15).count();
        assertThat(within15).isGreaterThanOrEqualTo(60);
    }

    @Test
    void mtNlgOutsideTheModelStillFollowsTheScalingTrend() {
        List<Validation.Outcome> out = Validation.run(Validation.builtInRows(Validation.RowSet.OUTSIDE)).outcomes()
                .stream().filter(o -> o.row().name().startsWith("MT-NLG 530B")).toList();
        assertThat(out).hasSize(3);
        double previous = Double.MAX_VALUE;
        for (Validation.Outcome o : out) {
            // more data-parallel replicas at a fixed batch leave fewer micro-batches per pipeline: a larger bubble
            assertThat(o.predictedTflopsPerGpu()).isLessThan(previous);
            previous = o.predictedTflopsPerGpu();
            assertThat(o.error().getAsDouble()).as(o.row().name()).isBetween(0.0, 0.35);
            assertThat(o.estimate().plan().pp()).isEqualTo(35);
            assertThat(o.estimate().plan().interleave()).isEqualTo(1); // DeepSpeed's pipeline does not interleave
        }
    }
}
