package zhiti.econ.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import zhiti.econ.Precision;

class PlanSearchTest {

    // MT-NLG / Megatron 530B shape (Narayanan et al. 2021, Table 1)
    private static final ModelShape M530B = ModelShape.dense("530B", 105, 20480, 128, 2048, 51200);

    @Test
    void bestPlanFitsAndBeatsThePublishedPlan() {
        ClusterSpec cluster = GpuTable.cluster("A100 80GB", 2520);
        PlanSearch.Result r = PlanSearch.search(M530B, cluster, SearchSpace.open(2520, Precision.BF16));
        PerfEstimate best = r.best();
        assertThat(best.fitsInMemory()).isTrue();
        assertThat(best.plan().gpus()).isLessThanOrEqualTo(2520);
        assertThat(r.configsEvaluated()).isGreaterThan(10_000);
        assertThat(r.configsFitting()).isPositive().isLessThanOrEqualTo(r.configsEvaluated());
        // the published plan (t = 8, p = 35, full recompute) is one of the candidates, so the best is no slower
        PerfEstimate published = PerfModel.evaluate(M530B, cluster,
                new ParallelPlan(9, 8, 35, false, 1, 1, 2520, 3, Recompute.FULL, 0, Precision.BF16));
        assertThat(published.fitsInMemory()).isTrue();
        assertThat(best.tokensPerSecond()).isGreaterThanOrEqualTo(published.tokensPerSecond());
    }

    @Test
    void pinnedSizesAreRespected() {
        ClusterSpec cluster = GpuTable.cluster("A100", 512);
        SearchSpace space = SearchSpace.open(1536, Precision.FP16).withTp(8).withPp(2)
                .withRecompute(Set.of(Recompute.FULL)).usingAllGpus(true);
        ModelShape m = ModelShape.dense("39.1B", 48, 8192, 64, 2048, 51200);
        ParallelPlan p = PlanSearch.search(m, cluster, space).best().plan();
        assertThat(p.tp()).isEqualTo(8);
        assertThat(p.pp()).isEqualTo(2);
        assertThat(p.dp()).isEqualTo(32);
        assertThat(p.recompute()).isEqualTo(Recompute.FULL);
    }

    @Test
    void memoryPrunesPlansThatCannotHoldTheModel() {
        // 16 bytes per parameter of a 175B model need ≥ 2.8 TB: one 8-GPU A100 node (640 GB) cannot hold it
        ModelShape m = ModelShape.dense("175B", 96, 12288, 96, 2048, 51200);
        assertThatThrownBy(() -> PlanSearch.search(m, GpuTable.cluster("A100", 8), SearchSpace.open(64, Precision.BF16)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no plan").hasMessageContaining("fits");
        // with ZeRO-3 over 64 nodes the states shard and a plan exists
        PerfEstimate e = PlanSearch.search(m, GpuTable.cluster("A100", 512), SearchSpace.open(512, Precision.BF16)).best();
        assertThat(e.memoryBytes()).isLessThanOrEqualTo(e.memoryLimitBytes());
    }

    @Test
    void mixtureOfExpertsSearchUsesExpertParallelism() {
        ModelShape moe = new ModelShape("MoE 64x", 24, 2048, 16, 2048, 51200, 4, 64, 2);
        PlanSearch.Result r = PlanSearch.search(moe, GpuTable.cluster("H100", 64), SearchSpace.open(512, Precision.BF16));
        assertThat(r.best().plan().ep()).isGreaterThan(1);
        assertThat(r.best().fitsInMemory()).isTrue();
    }

    @Test
    void largeSearchCompletes() {
        // the benchmark case: 530B over 5,128 A100s (641 nodes); runs in well under a second, timed by `bench econ`
        PlanSearch.Result r = PlanSearch.search(M530B, GpuTable.cluster("A100", 5128), SearchSpace.open(2520, Precision.BF16));
        assertThat(r.best().plan().gpus()).isLessThanOrEqualTo(5128).isGreaterThan(2520);
        assertThat(r.best().mfu()).isBetween(0.3, 0.7);
    }

    @Test
    void divisorsAreCompleteAndSorted() {
        assertThat(PlanSearch.divisors(2520)).hasSize(48).startsWith(1, 2, 3).endsWith(1260, 2520).isSorted();
        assertThat(PlanSearch.divisors(641)).containsExactly(1, 641); // 5,128 GPUs = 8 × 641 nodes, 641 is prime
        assertThat(PlanSearch.divisors(1)).containsExactly(1);
        assertThat(PlanSearch.divisors(36)).containsExactly(1, 2, 3, 4, 6, 9, 12, 18, 36);
    }

    @Test
    void kernelEvaluationAllocatesNothing() {
        // the search's hot loop: a per-plan allocation would show up as ≥ 16 bytes × 200,000 calls
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        PerfKernel k = new PerfKernel(M530B, GpuTable.cluster("A100", 2520), Precision.BF16, Calibration.FITTED);
        double sink = 0;
        for (int i = 0; i < 20_000; i++) { // warm-up so the measured loop runs compiled code
            sink += k.seconds(8, 35, 9, 1, 1, 3, i % 3, (i & 1) == 0, i % 4, 1, 2520, null)
                    + k.memoryBytes(8, 35, 9, 1, 1, 3, i % 3, (i & 1) == 0, i % 4, 1, 2520, null);
        }
        long tid = Thread.currentThread().threadId();
        long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 100_000; i++) {
            sink += k.seconds(8, 35, 9, 1, 1, 3, i % 3, (i & 1) == 0, i % 4, 1, 2520, null)
                    + k.memoryBytes(8, 35, 9, 1, 1, 3, i % 3, (i & 1) == 0, i % 4, 1, 2520, null);
        }
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertThat(sink).isPositive();
        assertThat(allocated).isLessThan(16_384);
    }
}
