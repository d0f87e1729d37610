package zhiti.tools;

import static zhiti.agent.Quantity.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import zhiti.agent.Quantity;

/**
 * One realistic value per quantity, in its canonical unit, for calling a signature without a question: the first
 * value goes into the base call; entities list alternatives that must work too (a bare accelerator and a server
 * system, a dense model with and without grouped-query attention). Numbers are chosen so that doubling them is
 * still valid (a utilisation of 0.4, not 0.6), because the contract test doubles each input.
 */
final class SignatureSamples {

    private static final Map<Quantity, List<Object>> SAMPLES = new EnumMap<>(Quantity.class);

    static {
        put(MODEL, "GPT-3", "Llama 2 70B");
        put(HARDWARE, "H100", "DGX A100");
        put(REFERENCE_HARDWARE, "A100", "DGX H100");
        put(SERIES, "cost per GFLOPS 2022", "battery cost");
        put(PRECISION, "bf16");
        put(FLOP_PER_TOKEN, 1.4e11);
        put(FLEET_FLOPS, 1e18);
        put(EXPORT_CLASS, "3A090.a");
        put(PARALLEL_PLAN, "TP=8 PP=16 DP=8");
        put(VIDEO_DATASET, "seed002_sora");

        put(PARAMS, 7e10);
        put(ACTIVE_PARAMS, 1.29e10);
        put(TOKENS, 3e11);
        put(COMPUTE, 3.15e23);
        put(LOSS, 2.0);
        put(COMPUTE_MULTIPLE, 10.0);
        put(REFERENCE_DAYS, 10.0);
        put(PEAK_FLOPS, 1e15);
        put(UTILISATION, 0.4);
        put(GPUS, 1024.0);
        put(REFERENCE_GPUS, 100.0);
        put(GPUS_PER_SERVER, 8.0);
        put(SERVERS, 128.0);
        put(TPP, 4800.0);
        put(PERFORMANCE_DENSITY, 5.92);
        put(MEMORY_BANDWIDTH, 3.35e12);
        put(ACCELERATOR_MEMORY, 8e10);
        put(MEMORY_GPUS, 11);
        put(HALVING_TIME, 0.75);
        put(WATTS_PER_GPU, 700.0);
        put(WATTS_PER_SERVER, 10200.0);
        put(IT_LOAD, 7.0e6);
        put(USD_PER_GPU, 25000.0);
        put(USD_PER_SERVER, 29000.0);

        put(DAYS, 30.0);
        put(HOURS, 720.0);
        put(GPU_HOURS, 1e6);

        put(USD, 1e6);
        put(CAPEX_USD, 1e7);
        put(USD_PER_GPU_HOUR, 2.0);
        put(ENERGY, 1e6);
        put(PUE, 1.2);
        put(USD_PER_KWH, 0.08);

        put(WEIGHT_BYTES, 1.4e11);
        put(KV_CACHE_BYTES, 1.34e9);
        put(CACHE_MEMORY_BYTES, 4e10);
        put(POWER_BUDGET, 2e7);
        put(BYTES_PER_VALUE, 2.0);
        put(SEQ_LEN, 4096.0);
        put(BATCH, 1536.0);
        put(LAYERS, 80.0);
        put(KV_HEADS, 8.0);
        put(HEAD_DIM, 128.0);
        put(TOKENS_PER_SECOND, 1e5);
        put(TOKENS_PER_DAY, 1e11);
        put(QUERIES_PER_DAY, 1e8);
        put(TOKENS_PER_QUERY, 267.0);

        put(START_VALUE, 100.0);
        put(END_VALUE, 1600.0);
        put(TARGET_VALUE, 3200.0);
        put(START_DATE, "2018");
        put(END_DATE, "2024");
        put(PART, 30.0);
        put(WHOLE, 120.0);
        put(RATE, 0.35);
        put(RATES, List.of(0.35, 0.2));
        put(PARTS, List.of(30.0, 40.0));
        put(PERIODS, 5.0);
        put(FACTOR, 16.0);
        put(SHARE, 0.25);
        put(CHANGE, 0.1);
        put(DIFFERENCE, 50.0);
        put(DOUBLING_TIME, 2.0);
        put(YEAR, 2024.0);
        put(AMOUNT, 1000.0);
        put(EXCHANGE_RATE, 7.2);
        put(CONVERTED_AMOUNT, 7200.0);
    }

    private SignatureSamples() {
    }

    private static void put(Quantity q, Object... values) {
        SAMPLES.put(q, List.of(values));
    }

    /** Every sample of {@code q}, the base one first; empty when the table has none (the test then says so). */
    static List<Object> of(Quantity q) {
        return SAMPLES.getOrDefault(q, List.of());
    }
}
