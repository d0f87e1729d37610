package zhiti.tools.econ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.econ.ToolCalls.failure;
import static zhiti.tools.econ.ToolCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import zhiti.agent.ToolName;

/** training_cost, training_energy, inference_compute, inference_memory and video_compute through the registry. */
class CostAndComputeToolsTest {

    /**
     * Seed 004 (chart 2.12): renting GPT-3's 7-day run on 500 DGX A100 (4,000 GPUs) costs up to $1.2 M; the econ
     * tests read that end back to about $1.88 per A100-hour (RentOrBuyTest), within 5.1%.
     */
    @Test
    void gpt3RentalOnA100ReproducesSeed004() {
        JsonNode d = ok(ToolName.TRAINING_COST, """
                {"hardware":"A100","gpus":4000,"days":7,"usd_per_gpu_hour":1.88,"mode":"rent"}""").data();
        assertThat(d.get("gpu_hours").asDouble()).isEqualTo(672_000);
        assertThat(d.get("rental_usd").asDouble()).isCloseTo(1.2e6, within(0.06 * 1.2e6));
        assertThat(d.get("mode").asText()).isEqualTo("rent");
        assertThat(d.has("capex_usd")).isFalse();
    }

    /**
     * From compute: GPT-3 (175B × 300B tokens, Brown et al. 2020) on DGX A100 in 7 days at the 41.5% utilisation
     * seed 004's counts imply needs about 500 servers (503 when rounded up), costed at the catalog's dated rental
     * price and the DGX A100 list price.
     */
    @Test
    void gpt3FromTheCatalogSizesTheFleetAndUsesCatalogPrices() {
        var o = ok(ToolName.TRAINING_COST, """
                {"model":"GPT-3","hardware":"DGX A100","days":7,"utilisation":0.415,"precision":"bf16"}""");
        JsonNode d = o.data();
        assertThat(d.get("compute_flop").asDouble()).isCloseTo(3.15e23, within(0.01e23));
        assertThat(d.get("servers").asDouble()).isBetween(495.0, 510.0);
        assertThat(d.get("mode").asText()).isEqualTo("both");
        assertThat(d.get("usd_per_gpu_hour_source").asText()).contains("AWS").contains("2025");
        assertThat(d.get("capex_usd").asDouble()).isEqualTo(d.get("servers").asDouble() * 199_000);
        assertThat(d.get("rental_usd").asDouble())
                .isCloseTo(d.get("gpu_hours").asDouble() * d.get("usd_per_gpu_hour").asDouble(), within(1.0));
        assertThat(d.has("npv_buy_vs_rent_usd_per_server")).isTrue();
        assertThat(d.get("break_even_months").asDouble()).isPositive();
        // the catalog rows used are cited
        assertThat(o.citations()).extracting(c -> c.locator()).contains("GPT-3", "DGX A100");
    }

    @Test
    void costWithGpusInsteadOfDaysGivesTheDays() {
        JsonNode d = ok(ToolName.TRAINING_COST, """
                {"compute_flop":3.15e23,"hardware":"A100","gpus":4000,"utilisation":0.415,"mode":"rent",
                 "usd_per_gpu_hour":1.88}""").data();
        // 3.15e23 ÷ (4000 × 312e12 × 0.415) ÷ 86,400 = 7.04 days
        assertThat(d.get("days").asDouble()).isCloseTo(7.04, within(0.01));
    }

    @Test
    void costRejectsBadInputWithAMessage() {
        assertThat(failure(ToolName.TRAINING_COST, """
                {"hardware":"A100","gpus":-5,"days":7,"usd_per_gpu_hour":2}""")).contains("gpus").contains("greater than 0");
        assertThat(failure(ToolName.TRAINING_COST, """
                {"model":"GPT-3","hardware":"A100","days":7,"utilisation":1.5}""")).contains("utilisation");
        assertThat(failure(ToolName.TRAINING_COST, """
                {"hardware":"A1OO","gpus":8,"days":1}""")).contains("did you mean").contains("A100");
        assertThat(failure(ToolName.TRAINING_COST, """
                {"hardware":"A100","gpus":8,"days":1,"usd_per_gpu_hour":16,"mode":"rent","days_extra":1}"""))
                .contains("unknown argument");
        // a per-server price passed as a per-GPU price
        assertThat(failure(ToolName.TRAINING_COST, """
                {"hardware":"A100","gpus":8,"days":1,"usd_per_gpu_hour":300,"mode":"rent"}""")).contains("per GPU");
    }

    /**
     * Patterson et al. 2021 (Table 4): GPT-3 took 3.552 M V100-hours at 330 W per processor and PUE 1.10 in a
     * datacenter at 0.429 kg CO₂e/kWh: 1,287 MWh and 552 t CO₂e.
     */
    @Test
    void gpt3EnergyMatchesPatterson() {
        JsonNode d = ok(ToolName.TRAINING_ENERGY, """
                {"gpu_hours":3.552e6,"watts_per_gpu":330,"pue":1.1,"kg_co2_per_kwh":0.429}""").data();
        assertThat(d.get("energy_mwh").asDouble()).isCloseTo(1287, within(0.01 * 1287));
        assertThat(d.get("t_co2").asDouble()).isCloseTo(552, within(0.01 * 552));
        assertThat(d.get("kg_co2_per_kwh_assumed").asBoolean()).isFalse();
    }

    @Test
    void energyFromCompute() {
        JsonNode d = ok(ToolName.TRAINING_ENERGY, """
                {"model":"GPT-3","hardware":"A100","utilisation":0.4,"precision":"bf16"}""").data();
        // 3.15e23 ÷ (312e12 × 0.4) ÷ 3600 = 701 k GPU-hours; × 400 W × 1.2 PUE = 336 MWh
        assertThat(d.get("gpu_hours").asDouble()).isCloseTo(701_000, within(1_000.0));
        assertThat(d.get("energy_mwh").asDouble()).isCloseTo(336.5, within(1.0));
        assertThat(d.get("kg_co2_per_kwh_assumed").asBoolean()).isTrue();
        assertThat(failure(ToolName.TRAINING_ENERGY, "{\"model\":\"GPT-3\"}")).contains("hardware");
        // a DGX A100 draws 6.5 kW for 8 GPUs (NVIDIA datasheet): 812.5 W per GPU including the host
        JsonNode dgx = ok(ToolName.TRAINING_ENERGY, """
                {"model":"GPT-3","hardware":"DGX A100","utilisation":0.4,"precision":"bf16"}""").data();
        assertThat(dgx.get("watts_per_gpu").asDouble()).isEqualTo(812.5);
        assertThat(dgx.get("energy_mwh").asDouble()).isCloseTo(336.5 * 812.5 / 400, within(2.0));
    }

    /**
     * Seed 002's ChatGPT chain (S002-X2): 1T parameters, 267 tokens per query, 32% utilisation, 60 M visits × 10
     * queries a day, T4 at 65 TFLOP/s, 8×T4 servers at $29,000. Correct arithmetic gives 1.67e15 FLOP per query
     * (printed 17e15), 178 k T4, 22.3 k servers and $0.65 bn (printed ten times larger).
     */
    @Test
    void chatGptInferenceChain() {
        JsonNode d = ok(ToolName.INFERENCE_COMPUTE, """
                {"params":1e12,"tokens_per_query":267,"utilisation":0.32,"daily_visits":6e7,"queries_per_visit":10,
                 "hardware":"8×T4","precision":"fp16"}""").data();
        assertThat(d.get("flop_per_token").asDouble()).isEqualTo(2e12);
        assertThat(d.get("flop_per_query").asDouble()).isCloseTo(1.67e15, within(0.005e15));
        assertThat(d.get("accelerators").asDouble()).isCloseTo(178_000, within(1_000.0));
        assertThat(d.get("servers").asDouble()).isCloseTo(22_300, within(100.0));
        assertThat(d.get("capex_usd").asDouble()).isCloseTo(0.65e9, within(0.01e9));
    }

    @Test
    void inferenceFleetWithoutAServerPrice() {
        JsonNode d = ok(ToolName.INFERENCE_COMPUTE, """
                {"model":"GPT-3","tokens_per_query":1000,"queries_per_day":8.64e7,"hardware":"H100","precision":"bf16",
                 "utilisation":0.5}""").data();
        // 1,000 queries/s × 1,000 tokens × 3.5e11 FLOP ÷ (989.4e12 × 0.5) = 707.5 → 708 GPUs
        assertThat(d.get("accelerators").asDouble()).isEqualTo(708);
        assertThat(failure(ToolName.INFERENCE_COMPUTE, "{\"model\":\"GTP-3\",\"tokens_per_query\":10}")).contains("GPT-3");
    }

    /**
     * Llama 2 70B (Touvron et al. 2023): 80 layers, 8 KV heads of dimension 128. At 4,096 tokens in bf16 the cache
     * is 2·80·8·128·4096·2 = 1.34 GB per sequence; the 140 GB of weights do not fit one 80 GB H100, whose 3.35 TB/s
     * stream them at most ~23.7 times a second.
     */
    @Test
    void llama2KvCacheAndDecode() {
        JsonNode d = ok(ToolName.INFERENCE_MEMORY, """
                {"model":"Llama 2 70B","seq_len":4096,"batch":1,"bytes_per_value":2,"hardware":"H100"}""").data();
        assertThat(d.get("kv_cache_bytes").asDouble()).isEqualTo(2.0 * 80 * 8 * 128 * 4096 * 2);
        assertThat(d.get("weight_gb").asDouble()).isCloseTo(140, within(0.1));
        assertThat(d.get("fits_one_accelerator").asBoolean()).isFalse();
        assertThat(d.get("accelerators_for_memory").asDouble()).isEqualTo(2);
        assertThat(d.get("decode_tokens_per_s_memory_bound").asDouble()).isCloseTo(3.35e12 / (140e9 + 1.342e9), within(0.1));
        assertThat(failure(ToolName.INFERENCE_MEMORY, "{\"layers\":80,\"seq_len\":4096}")).contains("kv_heads");
        assertThat(failure(ToolName.INFERENCE_MEMORY, "{\"model\":\"Llama 2 70B\",\"seq_len\":0}")).contains("seq_len");
    }

    /**
     * Seed 002's Sora chain (S002-X1): 6e9 images at 1024×1980, 3.5e7 videos of 30 s at 60 fps, 16-px patches,
     * 3e9 parameters in the formula, 10,000 A100 at 19.5 TFLOP/s: 1.43e14 tokens, 2.57e24 FLOP, 152.3 days from the
     * unrounded product. ViT patching gives 5.48e14 tokens.
     */
    @Test
    void soraChain() {
        JsonNode d = ok(ToolName.VIDEO_COMPUTE, """
                {"images":6e9,"videos":3.5e7,"seconds":30,"fps":60,"frame":"1024x1980","patch":16,"params":3e9,
                 "gpus":10000,"hardware":"A100","precision":"fp32"}""").data();
        assertThat(d.get("report").get("tokens").asDouble()).isCloseTo(1.43e14, within(0.005e14));
        assertThat(d.get("report").get("compute_flop").asDouble()).isCloseTo(2.57e24, within(0.01e24));
        assertThat(d.get("report").get("days").asDouble()).isCloseTo(152.3, within(0.1));
        assertThat(d.get("patch").get("tokens").asDouble()).isCloseTo(5.476e14, within(0.001e14));
        assertThat(failure(ToolName.VIDEO_COMPUTE, "{\"params\":3e9,\"gpus\":10,\"frame\":\"big\",\"images\":1}")).contains("HEIGHTxWIDTH");
    }
}
