package zhiti.tools.econ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.econ.ToolCalls.failure;
import static zhiti.tools.econ.ToolCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import zhiti.agent.ToolName;

/** chip_metrics, trend_growth, trend_fit, scaling_law, training_plan and catalog_lookup through the registry. */
class ChipTrendScalingToolsTest {

    /** NVIDIA H100 SXM: 1,979 dense FP8 TFLOPS × 8 bits = TPP 15,832 on an 814 mm² die (seed 001 table). */
    @Test
    void h100IsThreeA090a() {
        var o = ok(ToolName.CHIP_METRICS, "{\"chip\":\"H100\"}");
        JsonNode d = o.data();
        assertThat(d.get("tpp").asDouble()).isEqualTo(15_832);
        assertThat(d.get("performance_density").asDouble()).isCloseTo(15_832 / 814.0, within(1e-9));
        assertThat(d.get("eccn").asText()).isEqualTo("3A090.a");
        assertThat(d.get("thresholds").get("a1_tpp").asDouble()).isEqualTo(4800);
        assertThat(o.citations()).isNotEmpty();
    }

    /** Seed 001: H20 at TPP 2,368 and PD 2.9 falls under every 3A090 threshold; numbers override the catalog. */
    @Test
    void h20IsBelowTheThresholdsAndNumbersWork() {
        assertThat(ok(ToolName.CHIP_METRICS, "{\"chip\":\"英伟达 H20\"}").data().get("eccn").asText()).isEqualTo("not 3A090");
        JsonNode d = ok(ToolName.CHIP_METRICS, "{\"tflops\":296,\"bits\":8,\"die_mm2\":814}").data();
        assertThat(d.get("tpp").asDouble()).isEqualTo(2368);
        assertThat(d.get("eccn").asText()).isEqualTo("not 3A090");
        // seed 001: RTX 4090 TPP 5,285 is above 4,800, so even as a gaming card it is 3A090.a (Note 2)
        JsonNode g = ok(ToolName.CHIP_METRICS, "{\"chip\":\"RTX 4090\",\"not_datacenter\":true}").data();
        assertThat(g.get("tpp").asDouble()).isCloseTo(5285, within(1.0));
        assertThat(g.get("eccn").asText()).isEqualTo("3A090.a");
        assertThat(g.get("paragraph").asText()).contains("not-datacenter");
    }

    @Test
    void chipErrorsSuggestNames() {
        assertThat(failure(ToolName.CHIP_METRICS, "{\"chip\":\"H10O\"}")).contains("did you mean").contains("H100");
        assertThat(failure(ToolName.CHIP_METRICS, "{\"tflops\":-1,\"bits\":8,\"die_mm2\":800}")).contains("tflops");
        assertThat(failure(ToolName.CHIP_METRICS, "{\"tflops\":100}")).contains("bits");
    }

    /**
     * Seed 000 Table 7: the 2022-dollar cost per GFLOPS fell 40.24% a year from 1945 to 2023-05, reproduced when
     * partial dates are read as the end of their period and years are exact days ÷ 365.25 (GrowthRateTest).
     */
    @Test
    void costPerGflopsDeclineSince1945() {
        var o = ok(ToolName.TREND_GROWTH, """
                {"series":"cost per GFLOPS 2022","start_date":"1945","end_date":"2023-05","convention":"days-end"}""");
        JsonNode d = o.data();
        assertThat(d.get("mode").asText()).isEqualTo("decline");
        assertThat(d.get("rate_percent_per_year").asDouble()).isCloseTo(40.24, within(0.1));
        assertThat(d.get("unit").asText()).contains("GFLOPS");
        assertThat(o.citations()).hasSize(1);
    }

    @Test
    void cagrFromNumbers() {
        JsonNode d = ok(ToolName.TREND_GROWTH, """
                {"start_value":100,"start_date":"2020","end_value":200,"end_date":"2025"}""").data();
        assertThat(d.get("rate_percent_per_year").asDouble()).isCloseTo(100 * (Math.pow(2, 0.2) - 1), within(1e-9));
        assertThat(d.get("doubling_time_years").asDouble()).isCloseTo(5, within(1e-9));
        assertThat(failure(ToolName.TREND_GROWTH, "{\"series\":\"cost per GFLOPS 2022\",\"start_date\":\"1850\"}")).contains("1850");
        assertThat(failure(ToolName.TREND_GROWTH, "{\"series\":\"bitcoin hashrat\"}")).doesNotContain("1850");
        assertThat(failure(ToolName.TREND_GROWTH, "{\"series\":\"coal price\"}")).contains("unknown series");
    }

    /**
     * US internet users, % of population (World Bank WDI IT.NET.USER.ZS), 1990-2005: a logistic with the ceiling at
     * 100% crosses 50% in 2001-2002, the era-ending 50% mark seed 000 uses.
     */
    @Test
    void logisticCrossingAndLogLinearDoubling() {
        JsonNode d = ok(ToolName.TREND_FIT, """
                {"points":"1990=0.8,1991=1.2,1992=1.7,1993=2.3,1994=4.9,1995=9.2,1996=16.4,1997=21.6,1998=30.1,1999=35.8,2000=43.1,2001=49.1,2002=58.8,2003=61.7,2004=64.8,2005=68.0","model":"logistic","ceiling":100,
                 "anchor":"mid"}""").data();
        assertThat(d.get("crossing_year").asDouble()).isBetween(2001.0, 2002.5);
        assertThat(d.get("crossing_date").asText()).startsWith("200");

        // seed 000 Table 6: 2022-dollar cost per GFLOPS falls ~40% a year, i.e. halves about every 1.3 years
        JsonNode b = ok(ToolName.TREND_FIT, "{\"series\":\"cost per GFLOPS 2022\",\"model\":\"loglinear\"}").data();
        double t2 = b.get("halving_time_years").asDouble();
        assertThat(t2).isBetween(1.0, 2.0);
        assertThat(b.get("rate_percent_per_year").asDouble()).isBetween(-50.0, -30.0);
        assertThat(b.get("halving_time_years_low").asDouble()).isLessThan(t2);
        assertThat(b.get("halving_time_years_high").asDouble()).isGreaterThan(t2);

        JsonNode w = ok(ToolName.TREND_FIT, "{\"points\":\"1=100,2=80,4=64,8=51.2\",\"model\":\"wright\"}").data();
        assertThat(w.get("learning_rate").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(failure(ToolName.TREND_FIT, "{\"points\":\"2020:1\"}")).contains("X=VALUE");
    }

    /** Hoffmann et al. 2022: L(70B, 1.4T) = 1.69 + 406.4/N^0.34 + 410.7/D^0.28 = 1.937 (ScalingTest). */
    @Test
    void chinchillaLossAndOptimum() {
        JsonNode d = ok(ToolName.SCALING_LAW, "{\"model\":\"Chinchilla\"}").data();
        assertThat(d.get("loss").asDouble()).isCloseTo(1.937, within(0.001));
        JsonNode o = ok(ToolName.SCALING_LAW, "{\"compute_flop\":1e24,\"law\":\"chinchilla\"}").data();
        assertThat(6 * o.get("params").asDouble() * o.get("tokens").asDouble()).isCloseTo(1e24, within(1e20));
        assertThat(o.get("mode").asText()).isEqualTo("optimal");
        JsonNode k = ok(ToolName.SCALING_LAW, "{\"compute_flop\":8.64e19,\"law\":\"kaplan\"}").data();
        // one PF-day: Kaplan's anchor N = 1.3e9
        assertThat(k.get("params").asDouble()).isCloseTo(1.3e9, within(1e6));
        assertThat(failure(ToolName.SCALING_LAW, "{\"compute_flop\":0}")).contains("compute_flop");
        assertThat(failure(ToolName.SCALING_LAW, "{\"compute_flop\":1e24,\"law\":\"hoffman\"}")).contains("law");
    }

    /**
     * Narayanan et al. 2021 (Table 1): GPT-3 175B on 1,024 A100 with batch 1,536 ran at 44% of peak (138-140
     * TFLOP/s per GPU) and would train on 300B tokens in about 34 days; the planner must find a plan in that range.
     */
    @Test
    void gpt3PlanOnA100() {
        JsonNode d = ok(ToolName.TRAINING_PLAN, """
                {"model":"GPT-3","hardware":"A100","gpus":1024,"global_batch":1536,"tokens":3e11}""").data();
        assertThat(d.get("gpus_used").asInt()).isLessThanOrEqualTo(1024);
        assertThat(d.get("memory_per_gpu_gb").asDouble()).isLessThanOrEqualTo(d.get("memory_limit_gb").asDouble());
        assertThat(d.get("mfu").asDouble()).isBetween(0.3, 0.6);
        assertThat(d.get("days").asDouble()).isBetween(20.0, 40.0);
        assertThat(d.get("tp").asInt() * d.get("pp").asInt() * d.get("dp").asInt()).isEqualTo(d.get("gpus_used").asInt());
        assertThat(failure(ToolName.TRAINING_PLAN, "{\"model\":\"GPT-3\",\"hardware\":\"T4\",\"gpus\":8,\"global_batch\":8}"))
                .contains("performance model has no data");
        assertThat(failure(ToolName.TRAINING_PLAN, "{\"params_b\":7,\"hardware\":\"H10\",\"gpus\":8,\"global_batch\":8}"))
                .contains("did you mean");
        // GPT-4's catalog row has no layer shape: a dense shape is derived from 1.8T parameters, which 8 GPUs cannot hold
        assertThat(failure(ToolName.TRAINING_PLAN, "{\"model\":\"GPT-4\",\"hardware\":\"A100\",\"gpus\":8,\"global_batch\":8}"))
                .contains("derived").contains("try more GPUs");
    }

    @Test
    void catalogLookupOfASeries() {
        JsonNode d = ok(ToolName.CATALOG_LOOKUP, "{\"kind\":\"series\",\"name\":\"比特币算力\"}").data();
        assertThat(d.get("name").asText()).isEqualTo("bitcoin hash rate");
        assertThat(d.get("unit").asText()).isEqualTo("H/s");
        assertThat(d.get("points").size()).isGreaterThanOrEqualTo(2);
        assertThat(d.get("points").get(0).get("date").asText()).matches("\\d{4}(-\\d{2})?");
        assertThat(d.get("source").asText()).isNotBlank();
        JsonNode a = ok(ToolName.CATALOG_LOOKUP, "{\"kind\":\"accelerator\",\"name\":\"H100\"}").data();
        assertThat(a.get("tpp").asDouble()).isEqualTo(15_832);
        assertThat(failure(ToolName.CATALOG_LOOKUP, "{\"kind\":\"series\",\"name\":\"bitcoin hashrat\"}")).contains("bitcoin hash rate");
    }
}
