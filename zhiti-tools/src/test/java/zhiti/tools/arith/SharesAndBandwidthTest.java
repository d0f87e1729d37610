package zhiti.tools.arith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.arith.ArithCalls.data;
import static zhiti.tools.arith.ArithCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.core.Figure;

/** Shares compared in percentage points, the total growth of a compounded rate, fleets matched on bandwidth. */
class SharesAndBandwidthTest {

    /** 62% → 55%: 7 points, a relative fall of 7 ÷ 62 = 11.29%; printed as shares, not "0.62 fraction". */
    @Test
    void aFallBetweenTwoSharesIsGivenInPointsAndRelatively() {
        Observation o = ok("change", """
                {"start_value":0.62,"end_value":0.55,"unit":"fraction"}""");
        assertThat(o.figures()).filteredOn(f -> f.name().equals("drop in percentage points")).singleElement()
                .extracting(Figure::value).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo(0.07, within(1e-12));
        assertThat(o.data().get("decline").asDouble()).isCloseTo(0.07 / 0.62, within(1e-12));
        assertThat(o.data().get("fall_factor").asDouble()).isCloseTo(0.62 / 0.55, within(1e-12));
        assertThat(o.summary()).contains("62% → 55%").contains("−7 pp").contains("(by a factor of 1.127)");
    }

    /** 6% a year for 10 years: 1.06^10 = 1.7908, +79.08% in all. */
    @Test
    void compoundingGivesTheTotalGrowth() {
        JsonNode d = data("compound", """
                {"rate":0.06,"periods":10}""");
        assertThat(d.get("factor").asDouble()).isCloseTo(Math.pow(1.06, 10), within(1e-12));
        assertThat(d.get("change").asDouble()).isCloseTo(Math.pow(1.06, 10) - 1, within(1e-12));
        // a fall's change is negative: −30% a year for 2 years is 0.49×, −51%
        assertThat(data("compound", """
                {"rate":-0.3,"periods":2}""").get("change").asDouble()).isCloseTo(-0.51, within(1e-12));
    }

    /** One B200 (8 TB/s) in RTX 4090s (1.008 TB/s): 8 ÷ 1.008 = 7.94, so 8 cards. */
    @Test
    void aFleetMatchedOnMemoryBandwidth() {
        Observation o = ok("equivalent_accelerators", """
                {"gpus":1,"reference_hardware":"B200","hardware":"RTX 4090","metric":"memory_bandwidth"}""");
        assertThat(o.data().get("gpus").asDouble()).isEqualTo(8);
        assertThat(o.data().get("gpus_exact").asDouble()).isCloseTo(8.0 / 1.008, within(1e-9));
        assertThat(o.summary()).contains("memory bandwidth").contains("1.008 vs 8 TB/s").doesNotContain("TFLOP/s");
    }

    /** Halving every 8 months: 1 − 2^(−1.5) = 64.6% a year; over 3 years 2^4.5 = 22.6 times cheaper. */
    @Test
    void aHalvingTimeGivesTheYearlyDeclineAndTheFallFactor() {
        Observation o = ok("doubling_time", """
                {"doubling_years":0.6666666666666666,"direction":"halving","years_span":3}""");
        assertThat(o.figures()).filteredOn(f -> f.name().equals("yearly decline")).singleElement()
                .extracting(Figure::value).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo(1 - Math.pow(2, -1.5), within(1e-9));
        assertThat(o.figures()).filteredOn(f -> f.name().equals("fall factor")).singleElement()
                .extracting(Figure::value).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo(Math.pow(2, 4.5), within(1e-9));
    }

    /**
     * 3.79e25 FLOP on 16,384 GPUs at 9.894e14 FLOP/s for 54 days: 3.79e25 ÷ 7.563e25 = 50.1%; 2,000 tokens/s × 3.5e11
     * FLOP on 8 × 3.12e14 FLOP/s: 7e14 ÷ 2.496e15 = 28.0%.
     */
    @Test
    void theUtilisationAReportedRunOrServingRateImplies() {
        double train = data("implied_utilisation", """
                {"compute":3.79e25,"gpus":16384,"peak_flops":9.894e14,"days":54}""").get("utilisation").asDouble();
        assertThat(train).isCloseTo(3.79e25 / (16384 * 9.894e14 * 54 * 86400), within(1e-12));
        assertThat(train).isCloseTo(0.501, within(0.001));
        Observation serve = ok("implied_utilisation", """
                {"tokens_per_second":2000,"flop_per_token":3.5e11,"gpus":8,"peak_flops":3.12e14}""");
        assertThat(serve.data().get("utilisation").asDouble()).isCloseTo(7e14 / 2.496e15, within(1e-12));
        assertThat(serve.summary()).contains("28% of peak");
        // more than the peak allows: said, not hidden
        assertThat(ok("implied_utilisation", """
                {"tokens_per_second":20000,"flop_per_token":3.5e11,"gpus":8,"peak_flops":3.12e14}""").summary())
                .contains("cannot all hold");
    }

    /** 1,000 A100s (312 TFLOP/s) in H20s benchmarked at 170 TFLOP/s: 312,000 ÷ 170 = 1,835.3, so 1,836. */
    @Test
    void aMeasuredPeakReplacesTheCatalogsForTheChipCounted() {
        Observation o = ok("equivalent_accelerators", """
                {"gpus":1000,"reference_hardware":"A100","hardware":"H20","peak_flops":1.7e14}""");
        assertThat(o.data().get("gpus").asDouble()).isEqualTo(1836);
        assertThat(o.data().get("gpus_exact").asDouble()).isCloseTo(1000 * 312e12 / 1.7e14, within(1e-9));
        assertThat(o.summary()).contains("170 vs 312 TFLOP/s");
    }

    /** Ten times cheaper every 1.5 years: 0.1^(1/1.5) = 0.2154 a year left, a yearly decline of 78.46%. */
    @Test
    void aFallOverASpanGivesThePositiveYearlyDecline() {
        Observation o = ok("doubling_time", """
                {"factor":0.1,"years_span":1.5}""");
        assertThat(o.figures()).filteredOn(f -> f.name().equals("yearly decline")).singleElement()
                .extracting(Figure::value).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo(1 - Math.pow(0.1, 1 / 1.5), within(1e-9));
    }
}
