package zhiti.econ.perf;

import zhiti.econ.Precision;

/**
 * The arithmetic core of the performance model for one model, cluster, precision and software stack. Everything
 * the search varies is a primitive argument, and nothing is allocated, so the search can evaluate millions of plans
 * a second. {@link PerfModel} wraps it with checks and figures; both use these methods, so they cannot disagree.
 *
 * <p>Per layer and micro-batch on one GPU (t = tensor-parallel size, c = context-parallel size, b = micro-batch,
 * s = sequence, s' = s/c, h = hidden, r = kv heads ÷ heads): GEMMs 2·s'·b·(2 + 2r + 2·f·k)·h²/t FLOP at the
 * calibrated GEMM efficiency (FP8 GEMMs on the FP8 peak at a fitted share of it); the attention core
 * 4·b·s'·s·h/t FLOP, unfused at the GEMM peak share plus the softmax bytes, or fused (causal, half the work;
 * backward 2.5× forward) at a fitted share of the 16-bit peak; memory-bound kernels move κ × the activation bytes of
 * Korthikanti et al. 2022 through HBM; two tensor-parallel collectives of 2·b·s'·h bytes forward and two backward,
 * ring volume 2(t−1)/t; context parallelism passes K and V around a ring of c ranks behind the attention compute.
 * Backward costs twice the forward's compute; full recompute reruns the forward, partial reruns it on the fewest
 * layers that make the plan fit, selective reruns the attention core only. A pipeline of p stages (the busiest holds ⌈l/p⌉ layers) with m micro-batches and v chunks per GPU
 * runs for (m + (p−1)/v) stage-times (Narayanan et al. 2021); the gradient reduction over the dp·c replicas adds
 * 2(n−1)/n × the gradient bytes at the scale-out bandwidth plus a per-step latency, and an overlapping stack hides
 * it behind the last micro-batch's backward.
 */
public final class PerfKernel {

    /** Indexes of the time breakdown written by {@link #seconds}. */
    public static final int COMPUTE = 0, BUBBLE = 1, TP_COMM = 2, EP_COMM = 3, PP_COMM = 4, DP_COMM = 5,
            OPTIMIZER = 6, CP_COMM = 7, TIME_PARTS = 8;
    /** Indexes of the memory breakdown written by {@link #memoryBytes}. */
    public static final int WEIGHTS = 0, GRADIENTS = 1, OPTIMIZER_STATES = 2, ACTIVATIONS_LAYERS = 3,
            ACTIVATIONS = 4, MEMORY_PARTS = 5;

    private static final int SELECTIVE = 1, FULL = 2, PARTIAL = 3;
    /** Megatron's default gradient bucket: 40M parameters. */
    private static final double BUCKET_PARAMS = 40e6;

    final ModelShape model;
    final ClusterSpec cluster;
    final Calibration cal;
    final Precision precision;
    final Stack stack;

    private final double l, h, a, s, vocab, f, k, experts, r, q;
    private final double gemmPeak, sixteenBitPeak, hbm, nvlink, internode, precisionPeak;
    private final int perNode;
    private final boolean fused, overlapTensor, overlapData, hierarchicalData;
    private final double gemmCoef;
    private final double attnParams, ffnParams, embParams;
    private final double replicatedActCoef, splitActCoef;

    public PerfKernel(ModelShape model, ClusterSpec cluster, Precision precision, Calibration cal, Stack stack) {
        this.model = model;
        this.cluster = cluster;
        this.cal = cal;
        this.precision = precision;
        this.stack = stack == null ? Stack.defaultFor(cluster) : stack;
        l = model.layers();
        h = model.hidden();
        a = model.heads();
        s = model.seqLen();
        vocab = model.vocab();
        f = model.ffnMultiple();
        k = model.topK();
        experts = model.experts();
        r = model.kvShare();
        q = model.queryShare();
        precisionPeak = cluster.peakFlops(precision);
        // attention cores, the output layer and FP8 runs' non-GEMM math stay in 16-bit
        // what the GPU sustains: the datasheet peak at the clocks it holds under load
        double sustained = cluster.clockShare();
        sixteenBitPeak = sustained * (precision == Precision.FP8
                ? cluster.peakFlops(cluster.bf16Tflops() > 0 ? Precision.BF16 : Precision.FP16) : precisionPeak);
        gemmPeak = sustained * (precision == Precision.FP8 ? precisionPeak * cal.fp8GemmFraction() : precisionPeak);
        hbm = cluster.hbmBytesPerS();
        nvlink = cluster.nvlinkBytesPerS() * cal.nvlinkEfficiency();
        internode = cluster.interNodeBytesPerS() * cal.interNodeEfficiency();
        perNode = cluster.gpusPerNode();
        fused = this.stack.fusedAttention();
        overlapTensor = this.stack.overlapTensor();
        overlapData = this.stack.overlapData();
        hierarchicalData = this.stack.hierarchicalData();
        gemmCoef = 2 * (2 * q + 2 * r + 2 * f * k); // forward GEMM FLOP per token ÷ h²
        attnParams = model.attentionParamsPerLayer();
        ffnParams = model.ffnParamsPerExpert();
        embParams = model.embeddingParams();
        // Korthikanti et al. 2022, sec. 4: per layer sbh·(10 + 24/t) bytes + 5·a·s²·b/t; the 10 are layer-norm
        // inputs, block inputs and dropout masks kept whole on every tensor rank, the 24 split over ranks:
        // Q, K (4), V (2) and the projection input (2), then 4·f for an FFN of width f·h. With grouped-query
        // attention K and V scale by r, Q and the projection input by q; with k active experts the FFN counts k times.
        replicatedActCoef = 10;
        splitActCoef = 4 * q + 4 * r + 4 * f * k;
    }

    public PerfKernel(ModelShape model, ClusterSpec cluster, Precision precision, Calibration cal) {
        this(model, cluster, precision, cal, null);
    }

    /**
     * Whether ep experts-ranks fit a plan: ep divides the dp·cp replicas (each expert then split over the t
     * tensor ranks), or ep is a multiple of dp·cp dividing t·dp·cp (Megatron-Core's folding: whole experts).
     */
    public static boolean expertLayoutFits(int t, int replicas, int ep) {
        return replicas % ep == 0 || ep % replicas == 0 && ((long) t * replicas) % ep == 0;
    }

    /** Tensor ranks one expert is split over: t when experts spread over replicas, 1 when folded over tp too. */
    private static int expertTp(int t, int replicas, int ep) {
        return replicas % ep == 0 ? t : 1;
    }

    /** GEMM efficiency for a per-GPU width of h/t: peakFraction ÷ (1 + halfWidth/(h/t)). */
    public double gemmEfficiency(int t) {
        return cal.matmulPeakFraction() / (1 + cal.matmulHalfWidth() * t / h);
    }

    /** Layers on the busiest pipeline stage: an uneven split puts ⌈l/p⌉ on some stage. */
    public int layersPerStage(int p) {
        return (int) Math.ceil(l / p);
    }

    /**
     * Seconds per iteration. {@code parts}, if not null, receives the breakdown (length {@link #TIME_PARTS}).
     * Arguments are assumed consistent (see {@link PerfModel#check}); rec is a {@link Recompute} ordinal.
     */
    public double seconds(int t, int p, int dp, int cp, int b, int v, int rec, boolean sp, int zero, int ep,
                          int globalBatch, double[] parts) {
        double sl = s / cp;
        double eff = gemmEfficiency(t);
        double tGemm = b * gemmCoef * sl * h * h / t / (gemmPeak * eff);
        double sbh = sl * b * h;
        double actBase = sp ? sbh * (replicatedActCoef + splitActCoef) / t
                : sbh * (replicatedActCoef + splitActCoef / t);
        double tElem = cal.trafficPerActivationByte() * actBase / hbm;
        double attnFlops = 4 * b * sl * s * h * q / t; // this rank's queries against the whole sequence
        double attnFwd;
        double attnBwd;
        if (fused) {
            attnFwd = 0.5 * attnFlops / (sixteenBitPeak * cal.fusedAttentionFraction());
            attnBwd = 2.5 * attnFwd; // the fused backward recomputes the scores: five matmuls to the forward's two
        } else {
            attnFwd = attnFlops / (sixteenBitPeak * cal.matmulPeakFraction())
                    + cal.trafficPerActivationByte() * 5 * a * sl * s * b / t / hbm; // scores, softmax, dropout
            attnBwd = 2 * attnFwd;
        }
        double tTp = 0;
        if (t > 1) {
            double bw = t <= perNode ? nvlink : internode;
            tTp = 2 * (2.0 * (t - 1) / t) * 2 * sbh / bw; // two collectives of 2·sbh bytes per pass
        }
        double tEp = 0;
        if (ep > 1 && experts > 1) {
            double bw = (long) t * ep <= perNode ? nvlink : internode;
            tEp = 2 * ((ep - 1.0) / ep) * 2 * sbh * k / t / bw; // dispatch and combine all-to-all
        }
        double cpFwd = 0;
        double cpBwd = 0;
        if (cp > 1) {
            double bw = (long) t * cp <= perNode ? nvlink : internode;
            double send = (cp - 1) * 2 * 2 * sbh * r / t / bw; // K and V chunks around the ring
            cpFwd = Math.max(0, send - attnFwd);
            cpBwd = Math.max(0, 2 * send - attnBwd); // K, V again and their gradients
        }
        double fwd = tGemm + tElem + attnFwd;
        double layerCompute = fwd + 2 * (tGemm + tElem) + attnBwd;
        double fwdTp = exposed(tTp, tGemm);
        double fwdEp = exposed(tEp, tGemm);
        double layerTp = fwdTp + exposed(tTp, 2 * tGemm);
        double layerEp = fwdEp + exposed(tEp, 2 * tGemm);
        double layerCp = cpFwd + cpBwd;
        if (rec == SELECTIVE) {
            layerCompute += attnFwd;
        }
        int layersPerStage = layersPerStage(p);
        // layers whose forward runs again in backward: all (full), the fewest that fit (partial), or none
        int rerun = rec == FULL ? layersPerStage
                : rec == PARTIAL ? partialLayers(t, p, dp, cp, b, v, sp, zero, ep, globalBatch) : 0;
        double logit = 3 * b * 2 * sl * h * vocab / t / (sixteenBitPeak * eff);
        double stageCompute = layersPerStage * layerCompute + rerun * fwd + logit;
        double stageTp = layersPerStage * layerTp + rerun * fwdTp;
        double stageEp = layersPerStage * layerEp + rerun * fwdEp;
        double stageCp = layersPerStage * layerCp + rerun * cpFwd;
        double p2p = 0;
        if (p > 1) {
            double bw = (long) t * cp * p <= perNode ? nvlink : internode;
            p2p = 2 * v * (cal.p2pLatencyS() + 2 * sbh / t / bw); // forward activation and backward gradient per chunk
            if (overlapTensor) {
                p2p = Math.max(0, p2p - cal.overlapHidden() * stageCompute); // sends run beside the next chunk
            }
        }
        double stage = stageCompute + stageTp + stageEp + stageCp + p2p;
        int m = globalBatch / (dp * b);
        double bubble = (p - 1.0) / v * stage;
        double pipeline = m * stage + bubble;

        double denseLocal = layersPerStage * attnParams / t + embParams / t;
        int replicas = dp * cp;
        int etp = expertTp(t, replicas, ep);
        double expertLocal = layersPerStage * experts * ffnParams / ((double) etp * ep);
        double tDp = 0;
        if (replicas > 1) {
            boolean inNode = (long) t * p * replicas <= perNode;
            // DP ranks sharing a node: tensor ranks are innermost, so a node holds perNode ÷ t replicas
            int local = inNode ? replicas : hierarchicalData ? Math.max(1, Math.min(replicas, perNode / t)) : 1;
            double once = allReduceSeconds(2 * denseLocal, replicas, local, inNode)
                    + Math.ceil(denseLocal / BUCKET_PARAMS) * collectiveSteps(replicas) * cal.collectiveLatencyS();
            int expertReplicas = (int) ((long) t * replicas / ((long) etp * ep));
            if (expertReplicas > 1) {
                once += allReduceSeconds(2 * expertLocal, expertReplicas, Math.min(local, expertReplicas), inNode)
                        + Math.ceil(expertLocal / BUCKET_PARAMS) * collectiveSteps(expertReplicas)
                        * cal.collectiveLatencyS();
            }
            if (zero == 3) {
                // sharded weights: gathered for forward and again for backward, gradients reduce-scattered, on
                // every micro-batch (Rajbhandari et al. 2020); a prefetching stack hides them behind its compute
                double perMicroBatch = 1.5 * once;
                double window = stageCompute;
                tDp = m * (overlapData ? Math.max(0, perMicroBatch - window) : perMicroBatch);
            } else {
                tDp = overlapData ? Math.max(0, once - stage) : once; // buckets reduce during the last backward
            }
        }
        double shardedParams = zero >= 1 ? (denseLocal + expertLocal) / replicas : denseLocal + expertLocal;
        double tOpt = 32 * shardedParams / hbm; // Adam reads and writes ~16 bytes of state per parameter
        double total = pipeline + tDp + tOpt;
        if (parts != null) {
            parts[COMPUTE] = m * stageCompute;
            parts[BUBBLE] = bubble;
            parts[TP_COMM] = m * stageTp;
            parts[EP_COMM] = m * stageEp;
            parts[PP_COMM] = m * p2p;
            parts[DP_COMM] = tDp;
            parts[OPTIMIZER] = tOpt;
            parts[CP_COMM] = m * stageCp;
        }
        return total;
    }

    /** Communication an overlapping stack cannot hide behind {@code behind} seconds of GEMMs. */
    private double exposed(double comm, double behind) {
        return overlapTensor ? Math.max(0, comm - cal.overlapHidden() * behind) : comm;
    }

    /**
     * Seconds to all-reduce {@code bytes} over n ranks, {@code local} of them per node: a ring volume of
     * 2(n−1)/n × bytes; across nodes the local ranks first reduce over NVLink, so each NIC carries 1/local of the
     * inter-node part (NCCL's rings do the same when local ranks are adjacent).
     */
    private double allReduceSeconds(double bytes, int n, int local, boolean inNode) {
        if (inNode) {
            return 2.0 * (n - 1) / n * bytes / nvlink;
        }
        int nodes = Math.max(1, n / local);
        double intra = local > 1 ? 2.0 * (local - 1) / local * bytes / nvlink : 0;
        double inter = nodes > 1 ? 2.0 * (nodes - 1) / nodes * bytes / local / internode : 0;
        return intra + inter;
    }

    /** Steps of one all-reduce over n ranks: a ring's 2(n−1) or a tree's 2·⌈log₂ n⌉, whichever is fewer. */
    private static double collectiveSteps(int n) {
        double ring = 2.0 * (n - 1);
        double tree = 2.0 * (32 - Integer.numberOfLeadingZeros(n - 1));
        return Math.min(ring, tree);
    }

    /**
     * Bytes per GPU on the busiest pipeline stage. {@code parts}, if not null, receives the breakdown (length
     * {@link #MEMORY_PARTS}); ACTIVATIONS_LAYERS is the transformer-layer activations of the first stage, the
     * quantity Korthikanti et al. tabulate.
     */
    public double memoryBytes(int t, int p, int dp, int cp, int b, int v, int rec, boolean sp, int zero, int ep,
                              int globalBatch, double[] parts) {
        int rerun = rec == FULL ? layersPerStage(p)
                : rec == PARTIAL ? partialLayers(t, p, dp, cp, b, v, sp, zero, ep, globalBatch) : 0;
        return memoryWith(t, p, dp, cp, b, v, rec == SELECTIVE, rerun, sp, zero, ep, globalBatch, parts);
    }

    /**
     * The fewest layers per stage whose activations must be recomputed for the plan to fit (Megatron's
     * recompute-num-layers); every layer when even that does not fit, so the plan is then rejected on memory.
     */
    private int partialLayers(int t, int p, int dp, int cp, int b, int v, boolean sp, int zero, int ep,
                              int globalBatch) {
        double limit = memoryLimitBytes();
        int layers = layersPerStage(p);
        if (memoryWith(t, p, dp, cp, b, v, false, 0, sp, zero, ep, globalBatch, null) <= limit) {
            return 0;
        }
        int lo = 1;
        int hi = layers;
        while (lo < hi) { // memory falls as more layers are recomputed
            int mid = (lo + hi) >>> 1;
            if (memoryWith(t, p, dp, cp, b, v, false, mid, sp, zero, ep, globalBatch, null) <= limit) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Bytes per GPU with {@code rerun} layers per stage keeping only their input (the rest keep everything). */
    private double memoryWith(int t, int p, int dp, int cp, int b, int v, boolean selective, int rerun, boolean sp,
                              int zero, int ep, int globalBatch, double[] parts) {
        int layersPerStage = layersPerStage(p);
        int replicas = dp * cp;
        double local = layersPerStage * attnParams / t + embParams / t
                + layersPerStage * experts * ffnParams / ((double) expertTp(t, replicas, ep) * ep);
        double weights = 2 * local / (zero >= 3 ? replicas : 1);
        double grads = 2 * local / (zero >= 2 ? replicas : 1);
        double optimizer = 12 * local / (zero >= 1 ? replicas : 1); // fp32 master weights, Adam m and v
        double sl = s / cp;
        double sbh = sl * b * h;
        double actBase = sp ? sbh * (replicatedActCoef + splitActCoef) / t
                : sbh * (replicatedActCoef + splitActCoef / t);
        double actFull = actBase + (fused ? 0 : 5 * a * sl * s * b / t);
        double kept = selective ? actBase : actFull;
        double stageLayers = (layersPerStage - rerun) * kept + rerun * 2 * sbh / (sp ? t : 1);
        int m = globalBatch / (dp * b);
        double inFlight = Math.min(p, m);
        if (v > 1) {
            inFlight *= 1 + (p - 1.0) / (p * v); // interleaved 1F1B warms up with extra chunks (Korthikanti, sec. 4.2.3)
        }
        double firstLayers = stageLayers * inFlight;
        double working = rerun > 0 ? actFull : 0; // one layer rebuilt in full during its backward
        double output = 4 * sl * b * (h + vocab) / t; // fp32 logits and the output layer's inputs on the last stage
        double lastLayers = stageLayers + output;
        double activations = (p == 1 ? firstLayers + output : Math.max(firstLayers, lastLayers)) + working;
        if (parts != null) {
            parts[WEIGHTS] = weights;
            parts[GRADIENTS] = grads;
            parts[OPTIMIZER_STATES] = optimizer;
            parts[ACTIVATIONS_LAYERS] = firstLayers;
            parts[ACTIVATIONS] = activations;
        }
        return weights + grads + optimizer + activations;
    }

    /** Bytes a plan may fill on one GPU. */
    public double memoryLimitBytes() {
        return cluster.hbmGb() * 1e9 * cal.usableMemoryFraction();
    }

    /**
     * Model FLOPs per iteration: 3 × forward, with the attention core counted over the whole s² (not causal) as
     * the MFU convention does: 72·B·s·l·h²·(1 + s/(6h) + V/(12·h·l)) for a dense FFN-4 model.
     */
    public double modelFlops(int globalBatch) {
        return 3.0 * globalBatch * (l * (gemmCoef * s * h * h + 4 * s * s * h * q) + 2 * s * h * vocab);
    }

    /**
     * Model FLOPs plus what recomputation repeats: full → 96·B·s·l·h²·(1 + s/(6h) + V/(16·h·l)); partial counts
     * the share of layers it reruns ({@code rerunShare}).
     */
    public double hardwareFlops(int globalBatch, int rec, double rerunShare) {
        double attn = 4 * s * s * h * q;
        double share = rec == FULL ? 1 : rec == PARTIAL ? rerunShare : 0;
        double extra = share * l * (gemmCoef * s * h * h + attn) + (rec == SELECTIVE ? l * attn : 0);
        return modelFlops(globalBatch) + globalBatch * extra;
    }

    public double hardwareFlops(int globalBatch, int rec) {
        return hardwareFlops(globalBatch, rec, rec == FULL ? 1 : 0);
    }

    /** Share of a stage's layers a plan reruns in backward (1 for full, the fitted share for partial). */
    public double rerunShare(int t, int p, int dp, int cp, int b, int v, int rec, boolean sp, int zero, int ep,
                             int globalBatch) {
        return rec == FULL ? 1 : rec == PARTIAL
                ? (double) partialLayers(t, p, dp, cp, b, v, sp, zero, ep, globalBatch) / layersPerStage(p) : 0;
    }

    /** The dense tensor peak of the run's precision, FLOP/s. */
    public double peakFlops() {
        return precisionPeak;
    }
}
