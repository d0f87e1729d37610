package zhiti.tools.arith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.arith.ArithCalls.data;
import static zhiti.tools.arith.ArithCalls.failure;
import static zhiti.tools.arith.ArithCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.core.Citation;
import zhiti.core.Figure;

/** gpu_hours, rental_cost, decode_throughput, model_memory and equivalent_accelerators, worked by hand. */
class ChainLinkToolsTest {

    /** GPT-3's 3.15e23 FLOP on A100s (312 TFLOP/s bf16) at 40%: 3.15e23 ÷ (3.12e14 × 0.4 × 3,600) = 701,122 h. */
    @Test
    void gpuHoursFromCompute() {
        Observation o = ok("gpu_hours", """
                {"compute_flop":3.15e23,"peak_flops":3.12e14,"utilisation":0.4}""");
        assertThat(o.data().get("gpu_hours").asDouble()).isCloseTo(701_121.8, within(0.1));
        assertThat(o.figures().get(0).formula()).isEqualTo("GPU-hours = C ÷ (peak × utilisation × 3,600 s)");
        assertThat(o.figures().get(0).source()).isEqualTo("stated in the question");
        // the same peak from the catalog, cited
        Observation cat = ok("gpu_hours", """
                {"compute_flop":3.15e23,"hardware":"A100","utilisation":0.4}""");
        assertThat(cat.data().get("gpu_hours").asDouble()).isCloseTo(701_121.8, within(0.1));
        assertThat(cat.data().get("precision").asText()).isEqualTo("bf16");
        assertThat(cat.citations()).extracting(Citation::locator).containsExactly("A100 SXM4 80GB");
        assertThat(cat.figures().get(0).source()).startsWith("stated in the question; ");
    }

    @Test
    void gpuHoursFromAFleetAndBack() {
        JsonNode days = data("gpu_hours", """
                {"gpus":4000,"days":7}""");
        assertThat(days.get("mode").asText()).isEqualTo("fleet-days");
        assertThat(days.get("hours").asDouble()).isEqualTo(168);
        assertThat(days.get("gpu_hours").asDouble()).isEqualTo(672_000);
        assertThat(data("gpu_hours", """
                {"gpus":8,"hours":10}""").get("gpu_hours").asDouble()).isEqualTo(80);
        JsonNode back = data("gpu_hours", """
                {"gpu_hours":672000,"gpus":4000}""");
        assertThat(back.get("mode").asText()).isEqualTo("days-from-gpu-hours");
        assertThat(back.get("hours").asDouble()).isEqualTo(168);
        assertThat(back.get("days").asDouble()).isEqualTo(7);
    }

    @Test
    void gpuHoursRefusesIncompleteOrMixedCalls() {
        assertThat(failure("gpu_hours", """
                {"compute_flop":3.15e23,"peak_flops":3.12e14}""")).contains("missing utilisation").contains("0.4");
        assertThat(failure("gpu_hours", """
                {"compute_flop":3.15e23,"peak_flops":3.12e14,"utilisation":40}""")).contains("fraction in (0, 1]");
        assertThat(failure("gpu_hours", """
                {"compute_flop":3.15e23,"utilisation":0.4}""")).contains("peak_flops");
        assertThat(failure("gpu_hours", """
                {"compute_flop":3.15e23,"peak_flops":312,"utilisation":0.4}""")).contains("looks like TFLOP/s");
        assertThat(failure("gpu_hours", """
                {"compute_flop":3.15e23,"peak_flops":3.12e14,"utilisation":0.4,"gpus":8}"""))
                .contains("gpus does not go with compute_flop");
        assertThat(failure("gpu_hours", """
                {"gpus":8}""")).contains("exactly one of days or hours");
        assertThat(failure("gpu_hours", """
                {"gpus":8,"days":1,"hours":24}""")).contains("exactly one of days or hours");
        assertThat(failure("gpu_hours", """
                {"gpus":-5,"days":1}""")).contains("gpus must be greater than 0");
        assertThat(failure("gpu_hours", "{}")).contains("give compute_flop");
        assertThat(failure("gpu_hours", """
                {"compute_flop":3.15e23,"hardware":"H1OO","utilisation":0.4}""")).contains("did you mean")
                .contains("H100");
    }

    /** Seed 004's GPT-3 run: 672,000 A100-hours at $1.88 = $1,263,360. */
    @Test
    void rentalCostPerAcceleratorHour() {
        Observation o = ok("rental_cost", """
                {"gpu_hours":672000,"usd_per_gpu_hour":1.88}""");
        assertThat(o.data().get("usd").asDouble()).isCloseTo(1_263_360, within(1e-6));
        assertThat(o.figures().get(0).formula()).isEqualTo("USD = GPU·h × USD/GPU·h");
        // a server-hour price is split only when the server size is stated: $98.32 ÷ 8 = $12.29 per GPU-hour
        JsonNode server = data("rental_cost", """
                {"gpu_hours":672000,"usd_per_server_hour":98.32,"gpus_per_server":8}""");
        assertThat(server.get("usd_per_gpu_hour").asDouble()).isCloseTo(12.29, within(1e-9));
        assertThat(server.get("usd").asDouble()).isCloseTo(8_258_880, within(1e-3));
    }

    @Test
    void rentalCostRefusesToGuessAServerSize() {
        assertThat(failure("rental_cost", """
                {"gpu_hours":672000,"usd_per_server_hour":98.32}""")).contains("gpus_per_server")
                .contains("does not guess");
        assertThat(failure("rental_cost", """
                {"gpu_hours":672000,"usd_per_gpu_hour":300}""")).contains("per GPU");
        assertThat(failure("rental_cost", """
                {"gpu_hours":672000,"usd_per_gpu_hour":2,"usd_per_server_hour":16}""")).contains("does not go with");
        assertThat(failure("rental_cost", """
                {"gpu_hours":672000}""")).contains("missing usd_per_gpu_hour");
        assertThat(failure("rental_cost", """
                {"gpu_hours":0,"usd_per_gpu_hour":2}""")).contains("gpu_hours must be greater than 0");
    }

    /** 70B at 16 bits on 3.35 TB/s: 3.35e12 ÷ 1.4e11 = 23.93 tokens/s; a 1.342 GB cache adds to each read. */
    @Test
    void decodeThroughputIsBandwidthOverBytesPerToken() {
        Observation o = ok("decode_throughput", """
                {"params":7e10,"bandwidth_bytes_per_s":3.35e12}""");
        assertThat(o.data().get("tokens_per_s").asDouble()).isCloseTo(23.9286, within(1e-4));
        assertThat(o.data().get("bytes_per_token").asDouble()).isEqualTo(1.4e11);
        assertThat(data("decode_throughput", """
                {"params":7e10,"bandwidth_bytes_per_s":3.35e12,"kv_cache_bytes":1.342e9}""")
                .get("tokens_per_s").asDouble()).isCloseTo(3.35e12 / 1.41342e11, within(1e-9));
        // batch 64 shares one weight read: 64 × 3.35e12 ÷ (1.4e11 + 64 × 1.342e9) = 949.1
        assertThat(data("decode_throughput", """
                {"params":7e10,"bandwidth_bytes_per_s":3.35e12,"kv_cache_bytes":1.342e9,"batch":64}""")
                .get("tokens_per_s").asDouble()).isCloseTo(949.14, within(0.01));
        // a mixture of experts reads its active parameters: 37B at 1 byte, 3.35e12 ÷ 3.7e10 = 90.54
        assertThat(data("decode_throughput", """
                {"params":3.7e10,"bandwidth_bytes_per_s":3.35e12,"bytes_per_value":1}""")
                .get("tokens_per_s").asDouble()).isCloseTo(90.54, within(0.01));
        Observation h100 = ok("decode_throughput", """
                {"params":7e10,"hardware":"H100"}""");
        assertThat(h100.data().get("tokens_per_s").asDouble()).isCloseTo(23.9286, within(1e-4));
        assertThat(h100.citations()).extracting(Citation::locator).containsExactly("H100 SXM5 80GB");
    }

    @Test
    void decodeThroughputRefusesUnitSlips() {
        assertThat(failure("decode_throughput", """
                {"params":7e10,"bandwidth_bytes_per_s":3.35}""")).contains("looks like TB/s");
        assertThat(failure("decode_throughput", """
                {"params":7e10,"bandwidth_bytes_per_s":3.35e12,"bytes_per_value":16}""")).contains("bits?");
        assertThat(failure("decode_throughput", """
                {"params":70,"bandwidth_bytes_per_s":3.35e12}""")).contains("not billions");
        assertThat(failure("decode_throughput", """
                {"params":7e10}""")).contains("missing bandwidth_bytes_per_s");
        assertThat(failure("decode_throughput", """
                {"params":7e10,"bandwidth_bytes_per_s":3.35e12,"kv_cache_bytes":-1}""")).contains("KV-cache");
    }

    /** Llama 3.1 405B at 16 bits: 8.1e11 bytes; ÷ 8e10 = 10.125 → 11 accelerators; on 96 GB H20s 8.44 → 9. */
    @Test
    void modelMemoryWeightsAndFit() {
        JsonNode w = data("model_memory", """
                {"params":4.05e11}""");
        assertThat(w.get("mode").asText()).isEqualTo("weights");
        assertThat(w.get("weight_bytes").asDouble()).isEqualTo(8.1e11);
        Observation fit = ok("model_memory", """
                {"params":4.05e11,"memory_bytes":8e10}""");
        assertThat(fit.data().get("accelerators").asDouble()).isEqualTo(11);
        assertThat(fit.data().get("accelerators_exact").asDouble()).isCloseTo(10.125, within(1e-9));
        assertThat(fit.figures().get(1).formula()).contains("weights only");
        Observation h20 = ok("model_memory", """
                {"params":4.05e11,"hardware":"H20"}""");
        assertThat(h20.data().get("accelerators").asDouble()).isEqualTo(9);
        assertThat(h20.citations()).extracting(Citation::locator).containsExactly("H20");
        assertThat(data("model_memory", """
                {"params":4.05e11,"bytes_per_value":0.5,"memory_bytes":8e10}""").get("accelerators").asDouble())
                .isEqualTo(3); // 2.025e11 ÷ 8e10 = 2.53
    }

    @Test
    void modelMemoryRefusesUnitSlips() {
        assertThat(failure("model_memory", """
                {"params":4.05e11,"memory_bytes":80}""")).contains("looks like GB");
        assertThat(failure("model_memory", """
                {"params":4.05e11,"bytes_per_value":16}""")).contains("bits?");
        assertThat(failure("model_memory", """
                {"params":0}""")).contains("params must be greater than 0");
    }

    /** 100 H100 (989.4 TFLOP/s dense bf16) ÷ H20 (148): 668.5 → 669 H20; both catalog rows cited. */
    @Test
    void equivalentAcceleratorsMatchDensePeak() {
        Observation o = ok("equivalent_accelerators", """
                {"gpus":100,"reference_hardware":"H100","hardware":"H20"}""");
        assertThat(o.data().get("gpus").asDouble()).isEqualTo(669);
        assertThat(o.data().get("gpus_exact").asDouble()).isCloseTo(100 * 989.4 / 148, within(1e-9));
        assertThat(o.data().get("precision").asText()).isEqualTo("bf16");
        assertThat(o.citations()).extracting(Citation::locator).containsExactly("H100 SXM5 80GB", "H20");
        Figure f = o.figures().get(0);
        assertThat(f.formula()).contains("dense bf16");
        assertThat(f.source()).contains(";");
        // at fp8: 100 × 1979 ÷ 296 = 668.6 → 669
        assertThat(data("equivalent_accelerators", """
                {"gpus":100,"reference_hardware":"H100","hardware":"H20","precision":"fp8"}""")
                .get("gpus_exact").asDouble()).isCloseTo(100 * 1979 / 296.0, within(1e-9));
        // 100 A100 (312) in H100s: 31.5 → 32
        assertThat(data("equivalent_accelerators", """
                {"gpus":100,"reference_hardware":"A100","hardware":"H100"}""").get("gpus").asDouble())
                .isEqualTo(32);
    }

    /** 10 days on H800 (989 dense bf16) take 10 × 989 ÷ 148 = 66.8 days on as many H20; gpus and days exclude each other. */
    @Test
    void theSameJobOnAsManyOfAnotherChip() {
        Observation o = ok("equivalent_accelerators", """
                {"days":10,"reference_hardware":"H800","hardware":"H20"}""");
        assertThat(o.data().get("days").asDouble()).isCloseTo(10 * 989.0 / 148, within(1e-6));
        assertThat(o.figures().get(0).formula()).contains("same utilisation");
        assertThat(failure("equivalent_accelerators", """
                {"days":10,"gpus":8,"reference_hardware":"H800","hardware":"H20"}""")).contains("gpus does not go with");
    }

    /** $2.20 an hour over 2,472.5 tokens/s (8.9M tokens an hour): $0.2472 per million tokens. */
    @Test
    void costPerMillionTokens() {
        Observation o = ok("token_cost", """
                {"usd_per_gpu_hour":2.2,"tokens_per_s":2472.5}""");
        assertThat(o.data().get("usd_per_million_tokens").asDouble()).isCloseTo(2.2 / (2472.5 * 3600) * 1e6, within(1e-12));
        assertThat(o.figures().get(0).formula()).startsWith("USD per 1M tokens");
        assertThat(ok("token_cost", """
                {"usd_per_gpu_hour":15,"tokens_per_s":1000,"currency":"CNY"}""").figures().get(0).unit()).isEqualTo("CNY");
    }

    @Test
    void equivalentAcceleratorsRefusesUnknownChipsAndMissingPeaks() {
        assertThat(failure("equivalent_accelerators", """
                {"gpus":100,"reference_hardware":"H100","hardware":"H2O"}""")).contains("did you mean");
        assertThat(failure("equivalent_accelerators", """
                {"gpus":100,"reference_hardware":"H100","hardware":"A100","precision":"fp8"}"""))
                .contains("has no fp8 peak");
        assertThat(failure("equivalent_accelerators", """
                {"gpus":0,"reference_hardware":"H100","hardware":"H20"}""")).contains("gpus must be greater than 0");
    }
}
