package zhiti.econ.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Searches parallel plans (tp, pp, dp, ep, micro-batch, interleaving, recompute, sequence parallelism, ZeRO stage)
 * for the highest throughput that fits in GPU memory. Each (tp, pp) pair is one task on the common fork-join pool;
 * inside a task the loops call the allocation-free {@link PerfKernel} and keep the best plan in primitives.
 */
public final class PlanSearch {

    /** The best plan, how many plans were evaluated and fitted, and how long the search took. */
    public record Result(PerfEstimate best, long configsEvaluated, long configsFitting, double seconds) {

        public double configsPerSecond() {
            return configsEvaluated / seconds;
        }
    }

    private PlanSearch() {
    }

    public static Result search(ModelShape model, ClusterSpec cluster, SearchSpace space) {
        return search(model, cluster, space, Calibration.MEGATRON_A100);
    }

    public static Result search(ModelShape model, ClusterSpec cluster, SearchSpace space, Calibration cal) {
        long start = System.nanoTime();
        PerfKernel kernel = new PerfKernel(model, cluster, space.precision(), cal);
        int perNode = cluster.gpusPerNode();
        int gpus = cluster.gpus();
        List<int[]> pairs = new ArrayList<>();
        for (int t : space.tp() != null ? new int[] {space.tp()} : divisors(perNode)) {
            if (model.heads() % t != 0) {
                continue;
            }
            for (int p : space.pp() != null ? new int[] {space.pp()} : divisors(model.layers())) {
                if ((long) t * p <= gpus && model.layers() % p == 0) {
                    pairs.add(new int[] {t, p});
                }
            }
        }
        Best best = IntStream.range(0, pairs.size()).parallel()
                .mapToObj(i -> searchPair(kernel, model, gpus, space, pairs.get(i)[0], pairs.get(i)[1]))
                .reduce(new Best(), Best::better);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (best.throughput <= 0) {
            throw new IllegalArgumentException("no plan for " + model.name() + " fits in " + cluster.hbmGb()
                    + " GB per GPU on " + gpus + " " + cluster.gpu() + " GPUs with global batch " + space.globalBatch()
                    + " (searched " + best.evaluated + " plans" + describeFixed(space)
                    + "); try more GPUs, a smaller model, or free the pinned sizes");
        }
        ParallelPlan plan = new ParallelPlan(best.dp, best.t, best.p, best.sp, best.ep, best.b, space.globalBatch(),
                best.v, Recompute.values()[best.rec], best.zero, space.precision());
        return new Result(PerfModel.evaluate(kernel, plan), best.evaluated, best.fitting, seconds);
    }

    private static String describeFixed(SearchSpace s) {
        StringBuilder b = new StringBuilder();
        if (s.tp() != null) {
            b.append(", tp=").append(s.tp());
        }
        if (s.pp() != null) {
            b.append(", pp=").append(s.pp());
        }
        if (s.microBatch() != null) {
            b.append(", micro-batch=").append(s.microBatch());
        }
        b.append(", recompute ").append(s.recomputes().stream().map(Recompute::label).sorted().toList());
        return b.toString();
    }

    private static Best searchPair(PerfKernel kernel, ModelShape model, int gpus, SearchSpace space, int t, int p) {
        Best best = new Best();
        int batch = space.globalBatch();
        double limit = kernel.memoryLimitBytes();
        int layersPerStage = model.layers() / p;
        int[] vs = divisors(layersPerStage);
        int[] recs = space.recomputes().stream().mapToInt(Recompute::ordinal).sorted().toArray();
        int[] zeros = space.zeroStages().stream().mapToInt(Integer::intValue).sorted().toArray();
        boolean[] sps = t == 1 ? new boolean[] {false}
                : space.sequenceParallel() != null ? new boolean[] {space.sequenceParallel()} : new boolean[] {false, true};
        int maxDp = gpus / (t * p);
        int[] dps;
        if (space.dp() != null) {
            dps = space.dp() <= maxDp ? new int[] {space.dp()} : new int[0];
        } else if (space.useAllGpus()) {
            dps = gpus % (t * p) == 0 ? new int[] {maxDp} : new int[0];
        } else {
            dps = divisors(batch);
        }
        long evaluated = 0;
        long fitting = 0;
        for (int dp : dps) {
            if (dp > maxDp || batch % dp != 0) {
                continue;
            }
            int perReplica = batch / dp;
            int[] eps = model.experts() > 1 ? commonDivisors(model.experts(), dp) : new int[] {1};
            for (int b : space.microBatch() != null ? new int[] {space.microBatch()} : divisors(perReplica)) {
                if (perReplica % b != 0 || b > space.maxMicroBatch() && space.microBatch() == null) {
                    continue;
                }
                int m = perReplica / b;
                for (int v : vs) {
                    if (v > 1 && (p == 1 || m % p != 0)) {
                        continue;
                    }
                    for (int rec : recs) {
                        for (boolean sp : sps) {
                            for (int zero : zeros) {
                                for (int ep : eps) {
                                    evaluated++;
                                    double mem = kernel.memoryBytes(t, p, dp, b, v, rec, sp, zero, ep, batch, null);
                                    if (mem > limit) {
                                        continue;
                                    }
                                    fitting++;
                                    double sec = kernel.seconds(t, p, dp, b, v, rec, sp, zero, ep, batch, null);
                                    double throughput = batch / sec;
                                    if (throughput > best.throughput * (1 + 1e-12)) {
                                        best.set(throughput, t, p, dp, b, v, rec, sp, zero, ep);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        best.evaluated = evaluated;
        best.fitting = fitting;
        return best;
    }

    /** Divisors of n in ascending order, found up to √n. */
    static int[] divisors(int n) {
        int[] small = new int[64];
        int[] large = new int[64];
        int ns = 0;
        int nl = 0;
        for (int d = 1; (long) d * d <= n; d++) {
            if (n % d == 0) {
                if (ns == small.length) {
                    small = java.util.Arrays.copyOf(small, ns * 2);
                    large = java.util.Arrays.copyOf(large, ns * 2);
                }
                small[ns++] = d;
                if (d != n / d) {
                    large[nl++] = n / d;
                }
            }
        }
        int[] out = new int[ns + nl];
        System.arraycopy(small, 0, out, 0, ns);
        for (int i = 0; i < nl; i++) {
            out[ns + i] = large[nl - 1 - i];
        }
        return out;
    }

    private static int[] commonDivisors(int a, int b) {
        return IntStream.of(divisors(a)).filter(d -> b % d == 0).toArray();
    }

    /** Mutable best-so-far of one task; merged in the reduction. */
    private static final class Best {
        double throughput;
        int t, p, dp, b, v, rec, zero, ep;
        boolean sp;
        long evaluated, fitting;

        void set(double thr, int t, int p, int dp, int b, int v, int rec, boolean sp, int zero, int ep) {
            this.throughput = thr;
            this.t = t;
            this.p = p;
            this.dp = dp;
            this.b = b;
            this.v = v;
            this.rec = rec;
            this.sp = sp;
            this.zero = zero;
            this.ep = ep;
        }

        Best better(Best o) {
            Best w = o.throughput > throughput ? o : this;
            Best r = new Best();
            r.set(w.throughput, w.t, w.p, w.dp, w.b, w.v, w.rec, w.sp, w.zero, w.ep);
            r.evaluated = evaluated + o.evaluated;
            r.fitting = fitting + o.fitting;
            return r;
        }
    }
}
