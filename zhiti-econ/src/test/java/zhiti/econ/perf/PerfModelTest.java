package zhiti.econ.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.econ.Precision;

class PerfModelTest {

    private static final ClusterSpec A100 = GpuTable.node("A100 80GB");

    // Korthikanti et al. 2022, Table 3 shapes (s = 2048, V = 51,200, t = 8)
    private static final ModelShape M22B = ModelShape.dense("22B", 48, 6144, 64, 2048, 51200);
    private static final ModelShape M175B = ModelShape.dense("175B", 96, 12288, 96, 2048, 51200);
    private static final ModelShape M530B = ModelShape.dense("530B", 105, 20480, 128, 2048, 51200);
    private static final ModelShape M1T = ModelShape.dense("1T", 128, 25600, 160, 2048, 51200);

    private static ParallelPlan plan(int tp, int pp, int b, int batch, int v, Recompute rec, boolean sp) {
        return new ParallelPlan(1, tp, pp, sp, 1, b, batch, v, rec, 0, Precision.BF16);
    }

    private static PerfEstimate korthikanti(ModelShape m, int pp, int b, int batch, int v, Recompute rec, boolean sp) {
        return PerfModel.evaluate(m, A100.withNodes(pp), plan(8, pp, b, batch, v, rec, sp));
    }

    @Test
    void flopCountsMatchNarayananEquations() {
        // Narayanan et al. 2021, eq. 3: 96·B·s·l·h²·(1 + s/(6h) + V/(16·l·h)) with full recompute; 72·… without
        ModelShape m = ModelShape.dense("145.6B", 80, 12288, 96, 2048, 51200);
        PerfEstimate e = PerfModel.evaluate(m, A100.withNodes(192),
                new ParallelPlan(24, 8, 8, false, 1, 1, 2304, 1, Recompute.FULL, 0, Precision.FP16));
        double bslh2 = 2304.0 * 2048 * 80 * 12288.0 * 12288;
        assertThat(e.hardwareFlops()).isCloseTo(96 * bslh2 * (1 + 2048 / (6.0 * 12288) + 51200 / (16.0 * 80 * 12288)),
                within(1e-6 * e.hardwareFlops()));
        assertThat(e.modelFlops()).isCloseTo(72 * bslh2 * (1 + 2048 / (6.0 * 12288) + 51200 / (12.0 * 80 * 12288)),
                within(1e-6 * e.modelFlops()));
        // 12·l·h² dominates the parameter count: Table 1 lists 145.6B
        assertThat(m.params() / 1e9).isCloseTo(145.6, within(0.5));
    }

    @Test
    void activationMemoryMatchesKorthikantiWithinFifteenPercent() {
        // Korthikanti et al. 2022, activation memory per GPU (GiB), no optimisation → SP + selective recompute.
        // 22B runs one micro-batch of 4 with p = 1; the 175B and 530B runs use the interleaved schedule with
        // v = 3 chunks, the 1T run plain 1F1B (the (1 + (p−1)/(p·v)) factor of their sec. 4.2.3).
        Object[][] rows = {
                {M22B, 1, 4, 4, 1, 59.25, 9.56},
                {M175B, 8, 1, 64, 3, 66.84, 12.35},
                {M530B, 35, 1, 280, 3, 114.02, 23.08},
                {M1T, 64, 1, 512, 1, 131.25, 26.56}};
        for (Object[] r : rows) {
            ModelShape m = (ModelShape) r[0];
            int pp = (int) r[1], b = (int) r[2], batch = (int) r[3], v = (int) r[4];
            double none = korthikanti(m, pp, b, batch, v, Recompute.NONE, false)
                    .memoryPart(PerfKernel.ACTIVATIONS_LAYERS) / (1L << 30);
            double selective = korthikanti(m, pp, b, batch, v, Recompute.SELECTIVE, true)
                    .memoryPart(PerfKernel.ACTIVATIONS_LAYERS) / (1L << 30);
            assertThat(none / (double) r[5] - 1).as(m.name() + " no optimisation").isBetween(-0.15, 0.15);
            assertThat(selective / (double) r[6] - 1).as(m.name() + " SP + selective").isBetween(-0.15, 0.15);
        }
    }

    @Test
    void secondsPerIterationMatchKorthikantiTableFiveWithinTenPercent() {
        // Korthikanti et al. 2022, Table 5: full recompute and SP + selective recompute, seconds per iteration
        Object[][] rows = {
                {M22B, 1, 4, 4, 1, 1.42, 1.10},
                {M175B, 8, 1, 64, 3, 18.13, 13.75},
                {M530B, 35, 1, 280, 3, 49.05, 37.83},
                {M1T, 64, 1, 512, 1, 94.42, 71.49}};
        for (Object[] r : rows) {
            ModelShape m = (ModelShape) r[0];
            int pp = (int) r[1], b = (int) r[2], batch = (int) r[3], v = (int) r[4];
            double full = korthikanti(m, pp, b, batch, v, Recompute.FULL, false).secondsPerIteration();
            double sel = korthikanti(m, pp, b, batch, v, Recompute.SELECTIVE, true).secondsPerIteration();
            assertThat(full / (double) r[5] - 1).as(m.name() + " full recompute").isBetween(-0.10, 0.10);
            assertThat(sel / (double) r[6] - 1).as(m.name() + " selective").isBetween(-0.10, 0.10);
        }
    }

    @Test
    void mfuOfSelectiveRecomputeNearPublishedValues() {
        // Korthikanti et al. 2022, Table 5: MFU 41.5%, 51.4%, 56.0%, 56.3% with SP + selective recompute
        assertThat(korthikanti(M22B, 1, 4, 4, 1, Recompute.SELECTIVE, true).mfu()).isCloseTo(0.415, within(0.04));
        assertThat(korthikanti(M175B, 8, 1, 64, 3, Recompute.SELECTIVE, true).mfu()).isCloseTo(0.514, within(0.05));
        assertThat(korthikanti(M530B, 35, 1, 280, 3, Recompute.SELECTIVE, true).mfu()).isCloseTo(0.560, within(0.05));
        PerfEstimate e = korthikanti(M1T, 64, 1, 512, 1, Recompute.SELECTIVE, true);
        assertThat(e.mfu()).isCloseTo(0.563, within(0.05));
        assertThat(e.hfu()).isGreaterThan(e.mfu());
    }

    @Test
    void bubbleIsPipelineDepthOverMicroBatchesAndInterleaving() {
        // Narayanan et al. 2021: bubble fraction (p−1)/(v·m) of the ideal time
        for (int v : new int[] {1, 2, 4}) {
            PerfEstimate e = korthikanti(M175B, 8, 1, 64, v, Recompute.FULL, false);
            double steady = e.timePart(PerfKernel.COMPUTE) + e.timePart(PerfKernel.TP_COMM)
                    + e.timePart(PerfKernel.PP_COMM);
            assertThat(e.timePart(PerfKernel.BUBBLE) / steady).isCloseTo(7.0 / (v * 64), within(1e-9));
        }
    }

    @Test
    void dataParallelAllReduceUsesRingVolume() {
        ModelShape m = ModelShape.dense("1.7B", 24, 2304, 24, 2048, 51200);
        PerfEstimate e = PerfModel.evaluate(m, A100.withNodes(4),
                new ParallelPlan(32, 1, 1, false, 1, 4, 512, 1, Recompute.FULL, 0, Precision.FP16));
        Calibration c = Calibration.FITTED;
        double bytes = 2 * m.params(); // fp16 gradients, whole model on each GPU
        // the 2021 stack reduces at the per-GPU NIC; each 40M-parameter bucket also pays 2·⌈log₂ 32⌉ = 10 steps
        double attention = 24 * m.attentionParamsPerLayer() + m.embeddingParams();
        double ffn = 24 * m.ffnParamsPerExpert();
        double steps = (Math.ceil(attention / 40e6) + Math.ceil(ffn / 40e6)) * 10;
        double expected = 2.0 * 31 / 32 * bytes / (25e9 * c.interNodeEfficiency()) + steps * c.collectiveLatencyS();
        assertThat(e.timePart(PerfKernel.DP_COMM)).isCloseTo(expected, within(expected * 1e-9));
    }

    @Test
    void zeroStagesShardStatesOverDataParallelRanks() {
        ModelShape m = ModelShape.dense("7.5B", 36, 4096, 32, 2048, 51200);
        double[] bytes = new double[4];
        for (int z = 0; z <= 3; z++) {
            PerfEstimate e = PerfModel.evaluate(m, A100.withNodes(2),
                    new ParallelPlan(16, 1, 1, false, 1, 1, 512, 1, Recompute.FULL, z, Precision.BF16));
            bytes[z] = e.memoryBytes();
            if (z == 3) {
                // 16 bytes per parameter (Rajbhandari et al. 2020) all divided by dp = 16
                double states = e.memoryPart(PerfKernel.WEIGHTS) + e.memoryPart(PerfKernel.GRADIENTS)
                        + e.memoryPart(PerfKernel.OPTIMIZER_STATES);
                assertThat(states).isCloseTo(16 * m.params() / 16, within(1e3));
            }
        }
        assertThat(bytes[0]).isGreaterThan(bytes[1]);
        assertThat(bytes[1]).isGreaterThan(bytes[2]);
        assertThat(bytes[2]).isGreaterThan(bytes[3]);
    }

    @Test
    void expertParallelismAddsAllToAllAndShardsExperts() {
        ModelShape moe = new ModelShape("8x7B-like", 32, 4096, 32, 4096, 32000, 3.5, 8, 2);
        assertThat(moe.activeParams()).isLessThan(moe.params() / 3);
        ClusterSpec c = A100.withNodes(8);
        PerfEstimate ep1 = PerfModel.evaluate(moe, c,
                new ParallelPlan(16, 4, 1, true, 1, 1, 256, 1, Recompute.SELECTIVE, 1, Precision.BF16));
        PerfEstimate ep8 = PerfModel.evaluate(moe, c,
                new ParallelPlan(16, 4, 1, true, 8, 1, 256, 1, Recompute.SELECTIVE, 1, Precision.BF16));
        assertThat(ep1.timePart(PerfKernel.EP_COMM)).isZero();
        assertThat(ep8.timePart(PerfKernel.EP_COMM)).isPositive();
        assertThat(ep8.memoryPart(PerfKernel.WEIGHTS)).isLessThan(ep1.memoryPart(PerfKernel.WEIGHTS) / 2);
    }

    @Test
    void inconsistentPlansAreRejectedWithAFix() {
        assertThatThrownBy(() -> PerfModel.evaluate(M175B, A100.withNodes(8), plan(5, 8, 1, 64, 1, Recompute.FULL, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not divide the 96 attention heads");
        assertThatThrownBy(() -> PerfModel.evaluate(M175B, A100.withNodes(100), plan(8, 97, 1, 64, 1, Recompute.FULL, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("96 layers");
        assertThatThrownBy(() -> PerfModel.evaluate(M175B, A100.withNodes(2), plan(8, 8, 1, 64, 1, Recompute.FULL, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cluster has 16");
        assertThatThrownBy(() -> new ParallelPlan(3, 8, 1, false, 1, 1, 64, 1, Recompute.FULL, 0, Precision.BF16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a multiple of dp");
        assertThatThrownBy(() -> PerfModel.evaluate(M22B, A100,
                new ParallelPlan(1, 8, 1, false, 1, 4, 4, 1, Recompute.FULL, 0, Precision.FP8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fp8");
        assertThatThrownBy(() -> GpuTable.node("A1OO"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A100");
    }

    @Test
    void inputsLoadFromJsonFiles(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model.json");
        Files.writeString(model, "{\"name\":\"GPT-3\",\"layers\":96,\"hidden\":12288,\"heads\":96,\"seq_len\":2048,\"vocab\":51200}");
        Path cluster = dir.resolve("cluster.json");
        Files.writeString(cluster, "{\"gpu\":\"A100\",\"bf16Tflops\":312,\"hbmGb\":80,\"hbmGBs\":2039,\"gpusPerNode\":8,"
                + "\"nvlinkGBs\":300,\"interNodeGbps\":200,\"nodes\":8}");
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"dp\":1,\"tp\":8,\"pp\":8,\"sp\":true,\"microBatch\":1,\"globalBatch\":64,"
                + "\"interleave\":3,\"recompute\":\"selective\",\"zeroStage\":0,\"precision\":\"bf16\"}");
        ModelShape m = ModelShape.fromJson(model);
        assertThat(m.ffnMultiple()).isEqualTo(4);
        assertThat(m.experts()).isEqualTo(1);
        ParallelPlan p = ParallelPlan.fromJson(plan);
        assertThat(p.recompute()).isEqualTo(Recompute.SELECTIVE);
        PerfEstimate e = PerfModel.evaluate(m, ClusterSpec.fromJson(cluster), p);
        assertThat(e.secondsPerIteration()).isEqualTo(korthikanti(M175B, 8, 1, 64, 3, Recompute.SELECTIVE, true)
                .secondsPerIteration(), within(1e-9));
        Files.writeString(plan, "{\"dp\":1,\"tp\":8,\"pp\":8,\"recompute\":\"some\",\"microBatch\":1,\"globalBatch\":64}");
        assertThatThrownBy(() -> ParallelPlan.fromJson(plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plan.json");
    }

    @Test
    void shippedExampleInputsLoadAndReproduceTableFive() throws Exception {
        // examples/: GPT-3 175B on 8 DGX A100 nodes with Korthikanti's SP + selective plan (Table 5: 13.75 s)
        Path dir = Path.of(PerfModelTest.class.getResource("/zhiti/econ/perf/examples").toURI());
        ModelShape m = ModelShape.fromJson(dir.resolve("gpt3-175b.model.json"));
        ClusterSpec c = ClusterSpec.fromJson(dir.resolve("dgx-a100-8-nodes.cluster.json"));
        ParallelPlan p = ParallelPlan.fromJson(dir.resolve("korthikanti-175b-selective.plan.json"));
        assertThat(PerfModel.evaluate(m, c, p).secondsPerIteration() / 13.75 - 1).isBetween(-0.10, 0.10);
        ModelShape moe = ModelShape.fromJson(dir.resolve("mixtral-like-moe.model.json"));
        assertThat(moe.params() / 1e9).isBetween(44.0, 49.0); // Mixtral 8x7B: 46.7B total
        assertThat(moe.activeParams() / 1e9).isBetween(12.0, 14.5); // and 12.9B active
    }
}
