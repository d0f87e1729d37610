package zhiti.econ.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Searches parallel plans (tp, pp, cp, dp, ep, micro-batch, interleaving, recompute, sequence parallelism, ZeRO
 * stage, and the global batch when it is free) for the highest throughput that fits in GPU memory. Each (tp, pp, cp)
 * triple is one task on the common fork-join pool;
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
        return search(model, cluster, space, Calibration.FITTED);
    }

    public static Result search(ModelShape model, ClusterSpec cluster, SearchSpace space, Calibration cal) {
        long start = System.nanoTime();
        PerfKernel kernel = new PerfKernel(model, cluster, space.precision(), cal, space.stack());
        int perNode = cluster.gpusPerNode();
        int gpus = cluster.gpus();
        List<int[]> triples = new ArrayList<>();
        for (int t : space.tp() != null ? new int[] {space.tp()} : divisors(perNode)) {
            if (model.heads() % t != 0) {
                continue;
            }
            for (int p : space.pp() != null ? new int[] {space.pp()} : divisors(model.layers())) {
                for (int c : cpChoices(model, space)) {
                    if ((long) t * p * c <= gpus && p <= model.layers()) {
                        triples.add(new int[] {t, p, c});
                    }
                }
            }
        }
        Best best = IntStream.range(0, triples.size()).parallel()
                .mapToObj(i -> searchTriple(kernel, model, gpus, space, triples.get(i)))
                .reduce(new Best(), Best::better);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (best.throughput <= 0) {
            throw new IllegalArgumentException("no plan for " + model.name() + " fits in " + cluster.hbmGb()
                    + " GB per GPU on " + gpus + " " + cluster.gpu() + " GPUs with global batch "
                    + (space.freeBatch() ? "of the planner's choice" : space.globalBatch())
                    + " (searched " + best.evaluated + " plans" + describeFixed(space)
                    + "); try more GPUs, a smaller model, or free the pinned sizes");
        }
        ParallelPlan plan = new ParallelPlan(best.dp, best.t, best.p, best.sp, best.ep, best.b, best.batch,
                best.v, Recompute.values()[best.rec], best.zero, space.precision(), best.cp, kernel.stack);
        return new Result(PerfModel.evaluate(kernel, plan), best.evaluated, best.fitting, seconds);
    }

    /** Context-parallel sizes to try: the pinned one, or powers of two up to 32 for long sequences. */
    private static int[] cpChoices(ModelShape model, SearchSpace space) {
        if (space.cp() != null) {
            return new int[] {space.cp()};
        }
        if (model.seqLen() < SearchSpace.CP_MIN_SEQ) {
            return new int[] {1};
        }
        return IntStream.of(1, 2, 4, 8, 16, 32).filter(c -> model.seqLen() % c == 0).toArray();
    }

    private static String describeFixed(SearchSpace s) {
        StringBuilder b = new StringBuilder();
        if (s.tp() != null) {
            b.append(", tp=").append(s.tp());
        }
        if (s.pp() != null) {
            b.append(", pp=").append(s.pp());
        }
        if (s.cp() != null) {
            b.append(", cp=").append(s.cp());
        }
        if (s.microBatch() != null) {
            b.append(", micro-batch=").append(s.microBatch());
        }
        b.append(", recompute ").append(s.recomputes().stream().map(Recompute::label).sorted().toList());
        return b.toString();
    }

    private static Best searchTriple(PerfKernel kernel, ModelShape model, int gpus, SearchSpace space, int[] tpc) {
        int t = tpc[0];
        int p = tpc[1];
        int c = tpc[2];
        Best best = new Best();
        double limit = kernel.memoryLimitBytes();
        int layersPerStage = kernel.layersPerStage(p);
        int[] vs = space.interleave() != null ? new int[] {space.interleave()}
                : kernel.stack.interleaving() ? divisors(layersPerStage) : new int[] {1};
        int[] recs = space.recomputes().stream().mapToInt(Recompute::ordinal).sorted().toArray();
        int[] zeros = space.zeroStages().stream().mapToInt(Integer::intValue).sorted().toArray();
        boolean[] sps = t == 1 ? new boolean[] {false}
                : space.sequenceParallel() != null ? new boolean[] {space.sequenceParallel()} : new boolean[] {false, true};
        int maxDp = gpus / (t * p * c);
        boolean free = space.freeBatch();
        int[] dps;
        if (space.dp() != null) {
            dps = space.dp() <= maxDp ? new int[] {space.dp()} : new int[0];
        } else if (space.useAllGpus()) {
            dps = gpus % (t * p * c) == 0 ? new int[] {maxDp} : new int[0];
        } else if (free) {
            dps = maxDp >= 1 ? new int[] {maxDp} : new int[0]; // with the batch free, more replicas always help
        } else {
            dps = divisors(space.globalBatch());
        }
        int freeCap = (int) Math.max(1, SearchSpace.freeBatchTokens(gpus) / model.seqLen());
        long evaluated = 0;
        long fitting = 0;
        for (int dp : dps) {
            if (dp > maxDp || !free && space.globalBatch() % dp != 0) {
                continue;
            }
            int[] eps = space.ep() != null
                    ? (PerfKernel.expertLayoutFits(t, dp * c, space.ep()) ? new int[] {space.ep()} : new int[0])
                    : model.experts() > 1 ? commonDivisors(model.experts(), dp) : new int[] {1};
            int[] bs = space.microBatch() != null ? new int[] {space.microBatch()}
                    : free ? powersOfTwo(space.maxMicroBatch()) : divisors(space.globalBatch() / dp);
            for (int b : bs) {
                if (!free && (space.globalBatch() / dp) % b != 0 || b > space.maxMicroBatch() && space.microBatch() == null) {
                    continue;
                }
                for (int v : vs) {
                    int m = free ? freeCap / (dp * b) : space.globalBatch() / dp / b;
                    if (free && v > 1) {
                        m -= m % p;
                    }
                    if (m < 1 || v > 1 && (p == 1 || m % p != 0 || layersPerStage % v != 0)) {
                        continue;
                    }
                    int batch = free ? dp * b * m : space.globalBatch();
                    for (int rec : recs) {
                        for (boolean sp : sps) {
                            for (int zero : zeros) {
                                for (int ep : eps) {
                                    evaluated++;
                                    double mem = kernel.memoryBytes(t, p, dp, c, b, v, rec, sp, zero, ep, batch, null);
                                    if (mem > limit) {
                                        continue;
                                    }
                                    fitting++;
                                    double sec = kernel.seconds(t, p, dp, c, b, v, rec, sp, zero, ep, batch, null);
                                    double throughput = batch / sec;
                                    if (throughput > best.throughput * (1 + 1e-12)) {
                                        best.set(throughput, t, p, dp, c, b, v, rec, sp, zero, ep, batch);
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

    private static int[] powersOfTwo(int max) {
        return IntStream.iterate(1, x -> x <= max, x -> x * 2).toArray();
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
        int t, p, dp, cp, b, v, rec, zero, ep, batch;
        boolean sp;
        long evaluated, fitting;

        void set(double thr, int t, int p, int dp, int cp, int b, int v, int rec, boolean sp, int zero, int ep,
                 int batch) {
            this.throughput = thr;
            this.t = t;
            this.p = p;
            this.dp = dp;
            this.cp = cp;
            this.batch = batch;
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
            r.set(w.throughput, w.t, w.p, w.dp, w.cp, w.b, w.v, w.rec, w.sp, w.zero, w.ep, w.batch);
            r.evaluated = evaluated + o.evaluated;
            r.fitting = fitting + o.fitting;
            return r;
        }
    }
}
