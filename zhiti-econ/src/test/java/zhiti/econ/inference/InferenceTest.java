package zhiti.econ.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.core.Figure;
import zhiti.econ.SeedTable;
import zhiti.econ.inference.InferenceCompute.QueryDemand;

class InferenceTest {

    private static final List<Map<String, String>> X2 = SeedTable.rows("S002-X2_chatgpt_inference_chain.csv");
    private static final List<Map<String, String>> X1 = SeedTable.rows("S002-X1_sora_compute_assumptions.csv");

    /** Seed 002 prints 2 trillion × 267 tokens ÷ 32% = "17 PFlops" per query; the product is 1.67e15, not 1.7e16. */
    static final double REPORT_FLOP_PER_QUERY = SeedTable.item(X2, "flops_per_query_stated");
    static final double REPORT_FLOPS_DEMAND = SeedTable.item(X2, "required_flops_stated");
    static final double REPORT_T4_COUNT = SeedTable.item(X2, "t4_needed_stated");
    static final double REPORT_SERVERS = SeedTable.item(X2, "servers_stated");
    static final double REPORT_CAPEX = SeedTable.item(X2, "capex_stated");

    private static QueryDemand chatGpt() {
        return new QueryDemand(SeedTable.item(X2, "params"), SeedTable.item(X2, "tokens_per_query"),
                SeedTable.item(X2, "utilisation"), SeedTable.item(X2, "daily_visits"),
                SeedTable.item(X2, "queries_per_visit"), SeedTable.item(X2, "t4_flops"), 8,
                SeedTable.item(X2, "server_price"));
    }

    /**
     * Seed 002's ChatGPT inference chain (S002-X2). Its first step is off by 10×: 2e12 FLOP/token × 267 ÷ 0.32 =
     * 1.67e15 FLOP per query, printed as 17 PFLOP. The later steps are consistent with the printed 17 PFLOP, so
     * the report's 118 EFLOP/s, 1.82 M T4s, 227,500 servers and $6.6 bn are all ~10× too high; the correct chain
     * gives 11.6 EFLOP/s, 178 k T4s, 22.3 k servers and $0.65 bn.
     */
    @Test
    void chatGptChainCorrectsTheFirstStepAndKeepsThePrintedFigures() {
        List<Figure> f = InferenceCompute.demandChain(chatGpt(), "seed 002 (S002-X2)");
        assertThat(f.get(0).value()).isEqualTo(SeedTable.item(X2, "flops_per_token"));
        assertThat(f.get(1).value()).isCloseTo(1.66875e15, within(1e9));
        assertThat(REPORT_FLOP_PER_QUERY / f.get(1).value()).isCloseTo(10.19, within(0.01));
        assertThat(f.get(2).value()).isCloseTo(1.159e19, within(0.001e19));
        assertThat(f.get(3).value()).isCloseTo(178_285, within(5.0));
        assertThat(f.get(4).value()).isCloseTo(22_286, within(1.0));
        assertThat(f.get(5).value()).isCloseTo(6.463e8, within(0.001e8));

        // the report's downstream arithmetic, fed its own 17 PFLOP, reproduces its printed figures
        double qps = 6e7 * 10 / 86_400.0;
        assertThat(REPORT_FLOP_PER_QUERY * qps).isCloseTo(REPORT_FLOPS_DEMAND, within(0.01 * REPORT_FLOPS_DEMAND));
        double t4 = REPORT_FLOPS_DEMAND / SeedTable.item(X2, "t4_flops");
        assertThat(t4).isCloseTo(REPORT_T4_COUNT, within(0.005 * REPORT_T4_COUNT));
        assertThat(REPORT_T4_COUNT / 8).isEqualTo(REPORT_SERVERS);
        assertThat(REPORT_SERVERS * SeedTable.item(X2, "server_price")).isCloseTo(REPORT_CAPEX, within(0.01 * REPORT_CAPEX));
    }

    private static VideoTokenEstimate.Dataset soraData() {
        return new VideoTokenEstimate.Dataset(SeedTable.item(X1, "images"), (int) SeedTable.item(X1, "image_resolution_h"),
                (int) SeedTable.item(X1, "image_resolution_w"), (int) SeedTable.item(X1, "channels"),
                SeedTable.item(X1, "videos"), SeedTable.item(X1, "video_duration"), SeedTable.item(X1, "video_fps"),
                (int) SeedTable.item(X1, "patch_size"));
    }

    /**
     * Seed 002's Sora chain (S002-X1): 1.89e11 video patches, 3.65e16 image patches, 1.43e14 tokens, 2.6e24 FLOP,
     * about 154 days on 10,000 A100s at 19.5 TFLOP/s. The chain multiplies by 3e9 parameters although its
     * assumption says 30B; 6 × 3e9 × 1.4256e14 = 2.57e24 (printed rounded to 2.6e24), and the 154 days come from the
     * rounded 2.6e24 (the unrounded product gives 152.3 days).
     */
    @Test
    void soraChainReproducesTheReportsSteps() {
        List<Figure> f = VideoTokenEstimate.reportMethod(soraData(), SeedTable.item(X1, "params_used_in_formula"),
                SeedTable.item(X1, "a100_flops_assumed"), SeedTable.item(X1, "a100_count"), "seed 002 (S002-X1)");
        assertThat(f.get(0).value()).isEqualTo(SeedTable.item(X1, "video_patches_stated"));
        assertThat(f.get(1).value()).isCloseTo(SeedTable.item(X1, "image_patches_stated"), within(0.005e16));
        assertThat(f.get(2).value()).isCloseTo(SeedTable.item(X1, "tokens_stated"), within(0.005e14));
        assertThat(f.get(3).value()).isCloseTo(SeedTable.item(X1, "train_flops_stated"), within(0.05e24));
        assertThat(f.get(4).value()).isCloseTo(152.3, within(0.1));
        double printedCompute = SeedTable.item(X1, "train_flops_stated");
        assertThat(printedCompute / (19.5e12 * 10_000) / 86_400).isCloseTo(SeedTable.item(X1, "days_stated"), within(0.5));
        // with the 30B parameters the assumption states, compute and days are 10× larger
        List<Figure> thirtyB = VideoTokenEstimate.reportMethod(soraData(), SeedTable.item(X1, "params_stated_assumption3"),
                19.5e12, 10_000, "seed 002");
        assertThat(thirtyB.get(4).value()).isCloseTo(1523, within(1.0));
        // "8.2 times GPT-3 175B" holds for the unrounded 2.57e24 over GPT-3's 3.14e23 FLOP (Epoch AI): 8.17; the
        // rounded 2.6e24 would give 8.28
        assertThat(f.get(3).value() / 3.14e23).isCloseTo(8.2, within(0.05));
        assertThat(printedCompute / 3.14e23).isCloseTo(8.28, within(0.01));
    }

    /**
     * Tokenising as ViT does (a 16×16 patch spans all three channels; every video frame is a frame): 64 × 124 =
     * 7,936 tokens per 1024×1980 frame over 6e9 images + 6.3e10 video frames = 5.48e14 tokens, 3.8× the report's.
     */
    @Test
    void soraWithPatchTokensCountsEveryFrame() {
        List<Figure> f = VideoTokenEstimate.patchTokens(soraData(), 3e9, 19.5e12, 10_000, "seed 002 data, ViT patching");
        assertThat(f.get(0).inputs()).containsEntry("tokens per frame", 7936L);
        assertThat(f.get(0).value()).isCloseTo(5.476e14, within(0.001e14));
        assertThat(f.get(1).value()).isCloseTo(6 * 3e9 * 5.476e14, within(0.001e25));
    }

    /**
     * Seed 002 (IDC): training is 41.5% of AI-server demand in 2023 and 39.2% in 2025; with one training estimate
     * the report derives inference of 44,081 (2023) and 48,502 (2025) PFLOP/s-days. The implied training is
     * 31,271 PFLOP/s-days, and it reproduces the 2025 figure.
     */
    @Test
    void idcSplitReproducesBothInferenceFigures() {
        Figure training = WorkloadSplit.trainingFromInference(44_081, 0.415, "PFLOP/s-day", "seed 002, IDC");
        assertThat(training.value()).isCloseTo(31_271, within(1.0));
        Figure y2025 = WorkloadSplit.inferenceFromTraining(training.value(), 0.392, "PFLOP/s-day", "seed 002, IDC");
        assertThat(y2025.value()).isCloseTo(48_502, within(1.0));
        assertThat(WorkloadSplit.inferenceFromTraining(training.value(), 0.415, "PFLOP/s-day", "t").value())
                .isCloseTo(44_081, within(0.5));
    }

    /** Llama-2-70B (80 layers, 8 KV heads of 128) at 4,096 tokens in bf16: 1.25 GiB of KV cache per sequence. */
    @Test
    void kvCacheOfGroupedQueryAttention() {
        Figure kv = KvCache.bytes(80, 8, 128, 4096, 1, 2, "Touvron et al. 2023");
        assertThat(kv.value()).isEqualTo(1.25 * (1L << 30));
        assertThatThrownBy(() -> KvCache.bytes(80, 8, 128, 4096, 1, 3, "t")).hasMessageContaining("bytes per element");
    }

    /** 70B bf16 weights (140 GB) on an H100 SXM (3.35 TB/s): about 24 tokens/s for one stream. */
    @Test
    void decodeIsBandwidthBoundAtSmallBatch() {
        List<Figure> f = DecodeThroughput.tokensPerSecond(140e9, 0, 1, 3.35e12, 70e9, 989e12, 0.5, "t");
        assertThat(f.get(0).value()).isCloseTo(23.93, within(0.01));
        assertThat(f.get(2).inputs()).containsEntry("limited by", "memory bandwidth");
        // a large batch amortises the weights until the KV cache dominates
        List<Figure> batch = DecodeThroughput.tokensPerSecond(140e9, 1.342e9, 64, 3.35e12, 70e9, 989e12, 0.5, "t");
        assertThat(batch.get(0).value()).isCloseTo(64 * 3.35e12 / (140e9 + 64 * 1.342e9), within(1e-6));
        assertThatThrownBy(() -> DecodeThroughput.tokensPerSecond(140e9, 0, 1, 3.35, 70e9, 989e12, 0.5, "t"))
                .hasMessageContaining("3.35e12");
    }

    @Test
    void fleetForTraffic() {
        // 1 M tokens/s of a 70B model on H100 (989 TFLOP/s dense BF16) at 40%: 353.9 → 354
        Figure f = InferenceCompute.fleetForTraffic(1e6, 70e9, 989e12, 0.4, "t");
        assertThat(f.value()).isEqualTo(354);
        assertThatThrownBy(() -> InferenceCompute.fleetForTraffic(1e6, 70e9, 989e12, 40, "t")).hasMessageContaining("0.4 for 40%");
    }
}
