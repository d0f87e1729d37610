package zhiti.econ.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import zhiti.econ.Precision;

/** What the model gained for runs beyond Megatron-LM 2021: GQA and gated FFNs, CP, FP8, partial recompute, stacks. */
class PerfFeaturesTest {

    /** Llama 3 70B: 80 layers, h 8192, 64 heads, 8 KV heads, SwiGLU FFN of 28,672 (counted as 1.5 × its width). */
    private static final ModelShape LLAMA3_70B = new ModelShape("Llama 3 70B", 80, 8192, 64, 8192, 128256,
            1.5 * 28672 / 8192, 1, 1, 8, 0);
    private static final ClusterSpec H100 = GpuTable.node("H100");

    @Test
    void groupedQueryAttentionAndGatedFfnGiveThePublishedSize() {
        // Meta gives 70.6B parameters (untied input and output embeddings; the model ties them, so ~1B fewer)
        assertThat(LLAMA3_70B.params() / 1e9).isBetween(68.5, 70.6);
        assertThat(LLAMA3_70B.kvShare()).isEqualTo(0.125);
        // a Qwen3-style head wider than hidden ÷ heads: q projection 32 × 128 = 4096 on a 2048 hidden size
        ModelShape wide = new ModelShape("wide heads", 48, 2048, 32, 4096, 151936, 1.5 * 768 / 2048, 128, 8, 4, 128);
        assertThat(wide.queryShare()).isEqualTo(2.0);
        assertThatThrownBy(() -> new ModelShape("odd", 2, 1000, 3, 2048, 1000, 4, 1, 1, 0, 0))
                .hasMessageContaining("head_dim");
        assertThatThrownBy(() -> new ModelShape("bad kv", 2, 1024, 8, 2048, 1000, 4, 1, 1, 3, 0))
                .hasMessageContaining("key/value heads 3");
    }

    @Test
    void contextParallelismSplitsActivationsAndCostsARing() {
        ClusterSpec c = H100.withNodes(16);
        ParallelPlan noCp = new ParallelPlan(4, 4, 4, true, 1, 1, 128, 5, Recompute.NONE, 1, Precision.BF16, 1,
                Stack.MEGATRON_CORE);
        ParallelPlan cp2 = new ParallelPlan(2, 4, 4, true, 1, 1, 128, 5, Recompute.NONE, 1, Precision.BF16, 2,
                Stack.MEGATRON_CORE);
        PerfEstimate a = PerfModel.evaluate(LLAMA3_70B, c, noCp);
        PerfEstimate b = PerfModel.evaluate(LLAMA3_70B, c, cp2);
        assertThat(cp2.gpus()).isEqualTo(noCp.gpus());
        assertThat(b.memoryPart(PerfKernel.ACTIVATIONS_LAYERS))
                .isCloseTo(a.memoryPart(PerfKernel.ACTIVATIONS_LAYERS) / 2, within(1.0));
        assertThat(b.timePart(PerfKernel.CP_COMM)).isGreaterThanOrEqualTo(0);
        assertThatThrownBy(() -> PerfModel.evaluate(ModelShape.dense("s", 8, 1024, 8, 1000, 1000), c,
                new ParallelPlan(1, 1, 1, false, 1, 1, 8, 1, Recompute.NONE, 0, Precision.BF16, 3, null)))
                .hasMessageContaining("cp 3 does not divide the sequence length 1000");
    }

    @Test
    void fp8IsFasterThanBf16ButFarFromTwice() {
        ClusterSpec c = H100.withNodes(8);
        ParallelPlan bf16 = new ParallelPlan(2, 4, 4, true, 1, 1, 128, 5, Recompute.NONE, 1, Precision.BF16, 2, null);
        ParallelPlan fp8 = new ParallelPlan(2, 4, 4, true, 1, 1, 128, 5, Recompute.NONE, 1, Precision.FP8, 2, null);
        double tb = PerfModel.evaluate(LLAMA3_70B, c, bf16).secondsPerIteration();
        double tf = PerfModel.evaluate(LLAMA3_70B, c, fp8).secondsPerIteration();
        // only the GEMMs run in FP8 (attention, norms and the output layer stay 16-bit): NeMo measures ~1.35×
        assertThat(tb / tf).isBetween(1.15, 1.6);
    }

    @Test
    void partialRecomputeRerunsOnlyTheLayersThatDoNotFit() {
        ModelShape m = new ModelShape("405B", 126, 16384, 128, 8192, 128256, 1.5 * 53248 / 16384, 1, 1, 8, 0);
        ClusterSpec c = H100.withNodes(1024);
        SearchSpace none = SearchSpace.open(2048, Precision.BF16).withTp(8).withPp(16).withMicroBatch(1)
                .withStack(Stack.MEGATRON_CORE).usingAllGpus(true);
        PerfEstimate partial = PlanSearch.search(m, c, none.withRecompute(java.util.Set.of(Recompute.PARTIAL))).best();
        PerfEstimate full = PlanSearch.search(m, c, none.withRecompute(java.util.Set.of(Recompute.FULL))).best();
        assertThat(partial.fitsInMemory()).isTrue();
        assertThat(partial.secondsPerIteration()).isLessThan(full.secondsPerIteration());
        // some of the work is rerun, less than all of it
        assertThat(partial.hardwareFlops()).isGreaterThan(partial.modelFlops()).isLessThan(full.hardwareFlops());
    }

    @Test
    void dataParallelReductionIsHierarchicalOnCurrentStacks() {
        ModelShape m = ModelShape.dense("7.5B", 36, 4096, 32, 2048, 51200);
        ClusterSpec c = GpuTable.node("A100").withNodes(4);
        ParallelPlan old = new ParallelPlan(32, 1, 1, false, 1, 1, 64, 1, Recompute.FULL, 1, Precision.BF16, 1,
                Stack.MEGATRON_2021);
        ParallelPlan fsdpLike = new ParallelPlan(32, 1, 1, false, 1, 1, 64, 1, Recompute.FULL, 1, Precision.BF16, 1,
                Stack.DEEPSPEED);
        double t2021 = PerfModel.evaluate(m, c, old).timePart(PerfKernel.DP_COMM);
        // eight replicas per node reduce over NVLink first, so each NIC carries an eighth of the inter-node part
        Stack hier = Stack.FSDP;
        assertThat(hier.hierarchicalData()).isTrue();
        assertThat(Stack.MEGATRON_2021.hierarchicalData()).isFalse();
        assertThat(t2021).isPositive();
        assertThat(PerfModel.evaluate(m, c, fsdpLike).timePart(PerfKernel.DP_COMM)).isLessThanOrEqualTo(t2021);
    }

    @Test
    void stacksAndGpuSpellingsParseWithHelpfulErrors() {
        assertThat(Stack.parse("NeMo")).isEqualTo(Stack.MEGATRON_CORE);
        assertThat(Stack.parse("Megatron-DeepSpeed")).isEqualTo(Stack.DEEPSPEED);
        assertThatThrownBy(() -> Stack.parse("jax")).hasMessageContaining("megatron-core");
        assertThat(GpuTable.node("A100 80GB SXM").gpu()).isEqualTo("A100 SXM4 80GB");
        assertThat(GpuTable.node("NVIDIA H100 SXM5 80GB HBM3").gpu()).isEqualTo("H100 SXM5 80GB");
        assertThat(GpuTable.node("a100 sxm").gpu()).isEqualTo("A100 SXM4 80GB");
        assertThat(GpuTable.node("A100-SXM4-40GB").gpu()).isEqualTo("A100 SXM4 40GB");
        assertThatThrownBy(() -> GpuTable.node("H100 PCIe")).hasMessageContaining("did you mean").hasMessageContaining("H100");
        assertThatThrownBy(() -> GpuTable.node("H10 SXM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParallelPlan(2, 2, 2, false, 1, 1, 8, 2, Recompute.NONE, 0, Precision.BF16, 1,
                Stack.DEEPSPEED)).hasMessageContaining("no interleaved pipeline");
    }
}
