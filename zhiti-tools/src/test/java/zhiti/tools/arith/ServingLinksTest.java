package zhiti.tools.arith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.arith.ArithCalls.data;
import static zhiti.tools.arith.ArithCalls.failure;
import static zhiti.tools.arith.ArithCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.Signature;
import zhiti.agent.ToolName;
import zhiti.core.Citation;

/**
 * The chain links added for serving and budget questions (inference_flop, serving_volume, server_count) and the
 * further modes of gpu_hours, rental_cost, decode_throughput and currency_convert, worked by hand.
 */
class ServingLinksTest {

    /** 70B dense: 2 × 7e10 = 1.4e11 FLOP per token; an MoE with 37B active: 7.4e10. */
    @Test
    void inferenceFlopPerToken() {
        Observation o = ok("inference_flop", """
                {"params":7e10}""");
        assertThat(o.data().get("flop_per_token").asDouble()).isEqualTo(1.4e11);
        assertThat(o.figures().get(0).formula()).isEqualTo("FLOP/token = 2 · N_active");
        assertThat(data("inference_flop", """
                {"params":3.7e10}""").get("flop_per_token").asDouble()).isEqualTo(7.4e10);
        // a billion generated tokens: 1.4e11 × 1e9 = 1.4e20 FLOP
        JsonNode total = data("inference_flop", """
                {"params":7e10,"generated_tokens":1e9}""");
        assertThat(total.get("flop_total").asDouble()).isCloseTo(1.4e20, within(1e6));
    }

    /** 8.64e10 tokens a day at 1.4e11 FLOP each, spread over 86,400 s: 1.4e11 × 1e6 = 1.4e17 FLOP/s. */
    @Test
    void inferenceFlopDemandOfADaysTokens() {
        Observation o = ok("inference_flop", """
                {"flop_per_token":1.4e11,"tokens_per_day":8.64e10}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("demand");
        assertThat(o.data().get("flop_per_token").asDouble()).isEqualTo(1.4e11);
        assertThat(o.data().get("flops_demand").asDouble()).isCloseTo(1.4e17, within(1.0));
        assertThat(o.figures().get(0).formula()).isEqualTo("FLOP/s = FLOP/token × tokens/day ÷ 86,400 s");
        assertThat(o.figures().get(0).unit()).isEqualTo("FLOP/s");
        // from params in one call: the per-token figure, then the demand
        assertThat(ok("inference_flop", """
                {"params":7e10,"tokens_per_day":8.64e10}""").figures()).hasSize(2);
    }

    @Test
    void inferenceFlopRefusesAmbiguousOrEmptyCalls() {
        assertThat(failure("inference_flop", """
                {"params":7e10,"flop_per_token":1.4e11}""")).contains("exactly one of params");
        assertThat(failure("inference_flop", "{}")).contains("exactly one of params");
        assertThat(failure("inference_flop", """
                {"flop_per_token":1.4e11}""")).contains("computes nothing");
        assertThat(failure("inference_flop", """
                {"params":70}""")).contains("not billions");
        assertThat(failure("inference_flop", """
                {"params":7e10,"tokens_per_day":0}""")).contains("tokens_per_day must be greater than 0");
    }

    /** 1e8 queries a day × 500 tokens = 5e10 tokens a day; over a year, × 365 = 1.825e13. */
    @Test
    void servingVolumePerDayAndOverAPeriod() {
        Observation day = ok("serving_volume", """
                {"queries_per_day":1e8,"tokens_per_query":500}""");
        assertThat(day.data().get("tokens_per_day").asDouble()).isEqualTo(5e10);
        assertThat(day.figures().get(0).formula()).isEqualTo("tokens/day = queries/day × tokens/query");
        JsonNode year = data("serving_volume", """
                {"tokens_per_day":5e10,"days":365}""");
        assertThat(year.get("mode").asText()).isEqualTo("total-tokens");
        assertThat(year.get("tokens").asDouble()).isEqualTo(1.825e13);
        assertThat(failure("serving_volume", """
                {"queries_per_day":1e8,"days":30}""")).contains("one way to call the tool");
        assertThat(failure("serving_volume", """
                {"queries_per_day":0,"tokens_per_query":500}""")).contains("queries_per_day must be greater than 0");
    }

    /** 10,000 GPUs in 8-GPU servers: 1,250; 1,001 GPUs need ⌈125.125⌉ = 126; 1,250 servers hold 10,000 GPUs. */
    @Test
    void serverCountBothWays() {
        Observation o = ok("server_count", """
                {"gpus":10000,"gpus_per_server":8}""");
        assertThat(o.data().get("servers").asDouble()).isEqualTo(1250);
        assertThat(o.figures().get(0).formula()).isEqualTo("servers = ⌈GPUs ÷ GPUs per server⌉");
        JsonNode odd = data("server_count", """
                {"gpus":1001,"gpus_per_server":8}""");
        assertThat(odd.get("servers").asDouble()).isEqualTo(126);
        assertThat(odd.get("servers_exact").asDouble()).isEqualTo(125.125);
        JsonNode gpus = data("server_count", """
                {"servers":1250,"gpus_per_server":8}""");
        assertThat(gpus.get("mode").asText()).isEqualTo("gpus");
        assertThat(gpus.get("gpus").asDouble()).isEqualTo(10000);
        assertThat(failure("server_count", """
                {"gpus":1000}""")).contains("missing required argument 'gpus_per_server'");
        assertThat(failure("server_count", """
                {"gpus":1000,"gpus_per_server":0}""")).contains("gpus_per_server must be greater than 0");
        assertThat(failure("server_count", """
                {"gpus":1000,"gpus_per_server":8.5}""")).contains("should be integer");
        assertThat(failure("server_count", """
                {"gpus":1000,"servers":125,"gpus_per_server":8}""")).contains("one way to call the tool");
    }

    /** 672,000 A100-hours at 312 TFLOP/s and 40%: 672,000 × 3,600 × 3.12e14 × 0.4 = 3.0191616e23 FLOP. */
    @Test
    void gpuHoursDeliverCompute() {
        Observation o = ok("gpu_hours", """
                {"gpu_hours":672000,"peak_flops":3.12e14,"utilisation":0.4}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("delivered");
        assertThat(o.data().get("compute_flop").asDouble()).isCloseTo(3.0191616e23, within(1e9));
        assertThat(o.figures().get(0).formula()).isEqualTo("C = GPU-hours × 3,600 s × peak × utilisation");
        Observation cat = ok("gpu_hours", """
                {"gpu_hours":672000,"hardware":"A100","utilisation":0.4}""");
        assertThat(cat.data().get("compute_flop").asDouble()).isCloseTo(3.0191616e23, within(1e9));
        assertThat(cat.citations()).extracting(Citation::locator).containsExactly("A100 SXM4 80GB");
        assertThat(failure("gpu_hours", """
                {"gpu_hours":672000,"peak_flops":3.12e14}""")).contains("missing utilisation").contains("0.4");
        assertThat(failure("gpu_hours", """
                {"gpu_hours":672000,"peak_flops":312,"utilisation":0.4}""")).contains("looks like TFLOP/s");
        assertThat(failure("gpu_hours", """
                {"gpu_hours":672000,"utilisation":0.4}""")).contains("with gpu_hours give peak_flops");
        assertThat(failure("gpu_hours", """
                {"gpu_hours":672000,"peak_flops":3.12e14,"utilisation":0.4,"days":3}""")).contains("days does not go");
    }

    /** $10M at $2 per GPU-hour rents 5e6 GPU-hours; $983,200 at $98.32 per 8-GPU server-hour rents 80,000. */
    @Test
    void rentalBudgetInGpuHours() {
        Observation o = ok("rental_cost", """
                {"usd":1e7,"usd_per_gpu_hour":2}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("budget");
        assertThat(o.data().get("gpu_hours").asDouble()).isEqualTo(5e6);
        assertThat(o.figures().get(0).formula()).isEqualTo("GPU·h = USD ÷ USD/GPU·h");
        assertThat(data("rental_cost", """
                {"usd":983200,"usd_per_server_hour":98.32,"gpus_per_server":8}""").get("gpu_hours").asDouble())
                .isCloseTo(80_000, within(1e-6));
        assertThat(failure("rental_cost", """
                {"usd":1e7,"gpu_hours":5e6,"usd_per_gpu_hour":2}""")).contains("gpu_hours does not go with usd");
        assertThat(failure("rental_cost", """
                {"usd":1e7,"usd_per_gpu_hour":300}""")).contains("per GPU");
        assertThat(failure("rental_cost", """
                {"usd":0,"usd_per_gpu_hour":2}""")).contains("usd must be greater than 0");
    }

    /** 70B in FP16 over 2 H100s (3.35 TB/s each) with ideal tensor parallelism: 6.7e12 ÷ 1.4e11 B ≈ 47.9 tokens/s. */
    @Test
    void decodeThroughputAcrossTensorParallelAccelerators() {
        Observation o = ok("decode_throughput", """
                {"params":7e10,"bandwidth_bytes_per_s":3.35e12,"gpus":2}""");
        assertThat(o.data().get("tokens_per_s").asDouble()).isCloseTo(6.7e12 / 1.4e11, within(1e-9));
        assertThat(o.figures()).extracting(f -> f.name()).contains("aggregate memory bandwidth");
        assertThat(failure("decode_throughput", """
                {"params":7e10,"peak_flops":1e15,"utilisation":0.4,"gpus":2}""")).contains("gpus does not go with");
    }

    /** 70B on 989 TFLOP/s at 40%: 9.89e14 × 0.4 ÷ 1.4e11 = 2,825.7 tokens/s, a ceiling the figure says is rarely met. */
    @Test
    void decodeThroughputComputeBound() {
        Observation o = ok("decode_throughput", """
                {"params":7e10,"peak_flops":9.89e14,"utilisation":0.4}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("compute-bound");
        assertThat(o.data().get("tokens_per_s").asDouble()).isCloseTo(2825.714, within(1e-3));
        assertThat(o.figures().get(0).formula()).isEqualTo("tokens/s = peak × utilisation ÷ (2 · N_active)");
        assertThat(o.figures().get(0).inputs().get("note").toString()).contains("bandwidth-bound");
        assertThat(o.summary()).contains("bandwidth-bound");
        assertThat(failure("decode_throughput", """
                {"params":7e10,"peak_flops":9.89e14}""")).contains("missing utilisation").contains("memory-bound");
        assertThat(failure("decode_throughput", """
                {"params":7e10,"peak_flops":9.89e14,"utilisation":0.4,"bandwidth_bytes_per_s":3.35e12}"""))
                .contains("bandwidth_bytes_per_s does not go with peak_flops");
        assertThat(failure("decode_throughput", """
                {"params":7e10,"bandwidth_bytes_per_s":3.35e12,"utilisation":0.4}"""))
                .contains("utilisation does not go with a memory-bound call");
        assertThat(failure("decode_throughput", """
                {"params":7e10,"peak_flops":9.89e14,"utilisation":40}""")).contains("fraction in (0, 1]");
        assertThat(failure("decode_throughput", """
                {"params":7e10,"peak_flops":989,"utilisation":0.4}""")).contains("looks like TFLOP/s");
    }

    /** A computed dollar cost has no stated currency: the "usd" mode sends from = USD. $1,263,360 × 7.2 = ¥9,096,192. */
    @Test
    void currencyConvertsAComputedDollarAmount() {
        Signature usd = ArithCalls.REGISTRY.find(ToolName.CURRENCY_CONVERT.id()).orElseThrow().signatures().stream()
                .filter(s -> s.mode().equals("usd")).findFirst().orElseThrow();
        assertThat(usd.fixed().get("from").asText()).isEqualTo("USD");
        assertThat(usd.inputs()).extracting(Signature.Input::arg).containsExactly("amount", "rate");
        JsonNode d = data("currency_convert", """
                {"from":"USD","amount":1263360,"rate":7.2,"to":"CNY per USD"}""");
        assertThat(d.get("converted").asDouble()).isCloseTo(9_096_192, within(1e-6));
        assertThat(d.get("to").asText()).isEqualTo("CNY");
    }
}
