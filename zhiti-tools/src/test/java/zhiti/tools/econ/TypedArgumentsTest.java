package zhiti.tools.econ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.econ.ToolCalls.failure;
import static zhiti.tools.econ.ToolCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.ToolName;

/** The arguments and data keys the typed signatures rely on, with the numbers they must give. */
class TypedArgumentsTest {

    /** DGX A100: 8 × A100 SXM4 80GB at 312 dense BF16 TFLOP/s, 6.5 kW per server (NVIDIA datasheet). */
    @Test
    void hardwareLookupGivesCanonicalUnits() {
        JsonNode d = ok(ToolName.CATALOG_LOOKUP, "{\"kind\":\"hardware\",\"name\":\"DGX A100\"}").data();
        assertThat(d.get("peak_flops").asDouble()).isEqualTo(312e12);
        assertThat(d.get("precision").asText()).isEqualTo("bf16");
        assertThat(d.get("memory_bytes").asDouble()).isEqualTo(80e9);
        assertThat(d.get("memory_bandwidth_bytes_per_s").asDouble()).isCloseTo(2.039e12, within(1.0));
        assertThat(d.get("gpus_per_server").asInt()).isEqualTo(8);
        assertThat(d.get("system_name").asText()).isEqualTo("DGX A100");
        assertThat(d.get("power_kw").asDouble()).isEqualTo(6.5);
        assertThat(d.get("watts_per_gpu").asDouble()).isEqualTo(812.5);
        assertThat(d.get("rental_usd_per_h").asDouble()).isPositive();

        Observation h = ok(ToolName.CATALOG_LOOKUP, "{\"kind\":\"hardware\",\"name\":\"H100\",\"precision\":\"fp8\"}");
        assertThat(h.data().get("peak_flops").asDouble()).isEqualTo(1979e12);
        assertThat(h.data().get("watts_per_gpu").asDouble()).isEqualTo(700);
        assertThat(h.data().has("gpus_per_server")).isFalse();
        assertThat(h.figures()).anySatisfy(f -> {
            assertThat(f.unit()).isEqualTo("USD/GPU-hour");
            assertThat(f.source()).contains("2025");
        });
        // a V100 has no BF16 rate: the default is its FP16 peak
        assertThat(ok(ToolName.CATALOG_LOOKUP, "{\"kind\":\"accelerator\",\"name\":\"V100\"}").data()
                .get("precision").asText()).isEqualTo("fp16");
        assertThat(failure(ToolName.CATALOG_LOOKUP, "{\"kind\":\"hardware\",\"name\":\"V100\",\"precision\":\"fp8\"}"))
                .contains("no fp8 peak");
    }

    /** Llama 2 70B (Touvron et al. 2023): 80 layers, 8 KV heads, 8192 ÷ 64 = 128 per head, 4,096-token context. */
    @Test
    void modelLookupGivesTheShape() {
        JsonNode d = ok(ToolName.CATALOG_LOOKUP, "{\"kind\":\"model\",\"name\":\"Llama 2 70B\"}").data();
        assertThat(d.get("layers").asInt()).isEqualTo(80);
        assertThat(d.get("kv_heads").asInt()).isEqualTo(8);
        assertThat(d.get("head_dim").asInt()).isEqualTo(128);
        assertThat(d.get("seq_len").asInt()).isEqualTo(4096);
        JsonNode gpt3 = ok(ToolName.CATALOG_LOOKUP, "{\"kind\":\"model\",\"name\":\"GPT-3\"}").data();
        assertThat(gpt3.get("kv_heads").asInt()).isEqualTo(96);
        assertThat(gpt3.get("kv_heads_from").asText()).contains("no grouped-query attention");
    }

    /** The two routes to a KV cache, through the lookup's shape or through the model name, agree. */
    @Test
    void kvCacheFromLookedUpShapeMatchesTheModelRoute() {
        for (String model : new String[]{"GPT-3", "Llama 2 70B"}) {
            JsonNode m = ok(ToolName.CATALOG_LOOKUP, "{\"kind\":\"model\",\"name\":\"" + model + "\"}").data();
            double byShape = ok(ToolName.INFERENCE_MEMORY, "{\"layers\":" + m.get("layers") + ",\"kv_heads\":"
                    + m.get("kv_heads") + ",\"head_dim\":" + m.get("head_dim") + ",\"seq_len\":4096}").data()
                    .get("kv_cache_bytes").asDouble();
            double byModel = ok(ToolName.INFERENCE_MEMORY, "{\"model\":\"" + model + "\",\"seq_len\":4096}").data()
                    .get("kv_cache_bytes").asDouble();
            assertThat(byShape).as(model).isEqualTo(byModel);
        }
    }

    @Test
    void clusterPrecisionDefaultsAndAStatedPeakIsSaidToBeStated() {
        JsonNode d = ok(ToolName.TRAINING_CLUSTER, """
                {"compute_flop":3.15e23,"hardware":"V100","utilisation":0.4,"days":30}""").data();
        assertThat(d.get("precision").asText()).isEqualTo("fp16");
        assertThat(d.has("servers")).isFalse();

        Observation o = ok(ToolName.TRAINING_CLUSTER, """
                {"compute_flop":3.15e23,"hardware":"H100","utilisation":0.4,"days":30,"peak_flops":1e15}""");
        // 3.15e23 ÷ (1e15 × 0.4 × 30 × 86,400) = 303.8 → 304
        assertThat(o.data().get("gpus").asLong()).isEqualTo(304);
        assertThat(o.data().get("catalog_peak_flops").asDouble()).isEqualTo(989.4e12);
        assertThat(o.figures().get(0).inputs()).containsKey("peak (FLOP/s, stated)");
        assertThat(o.figures().get(0).source()).contains("stated");

        JsonNode fleet = ok(ToolName.TRAINING_CLUSTER, """
                {"compute_flop":3.15e23,"hardware":"DGX A100","utilisation":0.4,"gpus":1020}""").data();
        assertThat(fleet.get("servers").asLong()).isEqualTo(128);
    }

    @Test
    void buyingNeedsNoRunLength() {
        JsonNode d = ok(ToolName.TRAINING_COST, "{\"hardware\":\"DGX A100\",\"gpus\":1024,\"mode\":\"buy\"}").data();
        assertThat(d.get("capex_usd").asDouble()).isEqualTo(128 * 199_000.0);
        assertThat(d.has("gpu_hours")).isFalse();
        assertThat(failure(ToolName.TRAINING_COST, "{\"hardware\":\"DGX A100\",\"gpus\":1024,\"mode\":\"rent\"}"))
                .contains("days");
    }

    /** Tokens per day is the same demand as queries × tokens per query. */
    @Test
    void inferenceTrafficAsTokensPerDay() {
        JsonNode q = ok(ToolName.INFERENCE_COMPUTE, """
                {"params":7e10,"queries_per_day":1e8,"tokens_per_query":267,"hardware":"H100"}""").data();
        JsonNode t = ok(ToolName.INFERENCE_COMPUTE, """
                {"params":7e10,"tokens_per_day":2.67e10,"hardware":"H100"}""").data();
        assertThat(t.get("accelerators").asDouble()).isEqualTo(q.get("accelerators").asDouble());
        assertThat(t.has("flop_per_query")).isFalse();
        assertThat(q.get("precision").asText()).isEqualTo("fp16");
        // a TPU v4 has no FP16 rate: serving falls back to BF16
        assertThat(ok(ToolName.INFERENCE_COMPUTE, "{\"params\":7e10,\"tokens_per_day\":1e11,\"hardware\":\"TPU v4\"}")
                .data().get("precision").asText()).isEqualTo("bf16");
        assertThat(failure(ToolName.INFERENCE_COMPUTE, "{\"params\":7e10,\"queries_per_day\":1e8}"))
                .contains("tokens_per_query");
        assertThat(failure(ToolName.INFERENCE_COMPUTE, """
                {"params":7e10,"queries_per_day":1e8,"tokens_per_query":267,"tokens_per_day":1e9}"""))
                .contains("one way");
        assertThat(failure(ToolName.INFERENCE_COMPUTE, "{\"params\":7e10}")).contains("tokens_per_day");
    }

    @Test
    void trendsGiveSignedRatesAndOneTimeKey() {
        JsonNode g = ok(ToolName.TREND_GROWTH, """
                {"start_value":100,"start_date":"2020","end_value":200,"end_date":"2025"}""").data();
        assertThat(g.get("rate_per_year").asDouble()).isCloseTo(Math.pow(2, 0.2) - 1, within(1e-12));
        assertThat(g.get("factor").asDouble()).isEqualTo(2);
        JsonNode d = ok(ToolName.TREND_GROWTH, "{\"series\":\"cost per GFLOPS 2022\"}").data();
        assertThat(d.get("rate_per_year").asDouble()).isCloseTo(-d.get("rate_percent_per_year").asDouble() / 100,
                within(1e-12));
        JsonNode f = ok(ToolName.TREND_FIT, "{\"series\":\"cost per GFLOPS 2022\"}").data();
        assertThat(f.get("doubling_or_halving_years").asDouble()).isEqualTo(f.get("halving_time_years").asDouble());
        assertThat(f.get("rate_per_year").asDouble()).isBetween(-0.5, -0.3);
    }

    @Test
    void planDefaultsToOneSequencePerGpuAndTheCatalogTokens() {
        JsonNode d = ok(ToolName.TRAINING_PLAN, "{\"model\":\"GPT-3\",\"hardware\":\"DGX A100\",\"gpus\":1024}").data();
        assertThat(d.get("global_batch").asInt()).isEqualTo(1024);
        assertThat(d.get("global_batch_source").asText()).contains("one sequence per GPU");
        assertThat(d.get("tokens").asDouble()).isEqualTo(3e11);
        assertThat(d.get("tokens_source").asText()).contains("catalog");
        assertThat(d.get("days").asDouble()).isBetween(10.0, 60.0);
    }

    /** The preset is seed 002's data set: the same 1.43e14 tokens and 152.3 days as the explicit numbers. */
    @Test
    void soraPresetFillsSeed002sDataSet() {
        JsonNode d = ok(ToolName.VIDEO_COMPUTE, """
                {"preset":"seed002_sora","params":3e9,"gpus":10000,"hardware":"A100","method":"report"}""").data();
        assertThat(d.get("report").get("tokens").asDouble()).isCloseTo(1.43e14, within(0.005e14));
        assertThat(d.get("report").get("days").asDouble()).isCloseTo(152.3, within(0.1));
        // a stated number overrides the preset's
        JsonNode half = ok(ToolName.VIDEO_COMPUTE, """
                {"preset":"seed002_sora","fps":30,"params":3e9,"gpus":10000,"method":"report"}""").data();
        assertThat(half.get("report").get("video_patches").asDouble())
                .isEqualTo(d.get("report").get("video_patches").asDouble() / 2);
    }
}
