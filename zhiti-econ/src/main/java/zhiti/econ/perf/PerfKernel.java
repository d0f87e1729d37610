package zhiti.econ.perf;

import zhiti.econ.Precision;

/**
 * The arithmetic core of the performance model for one model, cluster and precision. Everything the search
 * varies is a primitive argument, and nothing is allocated, so the search can evaluate millions of plans a second.
 * {@link PerfModel} wraps it with checks and figures; both use these methods, so they cannot disagree.
 *
 * <p>Per layer and micro-batch on one GPU (t = tensor-parallel size, b = micro-batch, s = sequence, h = hidden):
 * GEMMs 2·s·b·(4 + 2·f·k)·h²/t FLOP at the calibrated GEMM efficiency; attention scores 4·b·s²·h/t FLOP;
 * memory-bound kernels move κ × the activation bytes of Korthikanti et al. 2022 through HBM; two tensor-parallel
 * all-reduces (or reduce-scatter + all-gather with sequence parallelism) of 2·b·s·h bytes forward and two backward,
 * ring volume 2(t−1)/t. Backward costs twice the forward's compute; full recompute reruns the forward, selective
 * reruns the attention core only. A pipeline of p stages with m micro-batches and v chunks per GPU runs for
 * (m + (p−1)/v) stage-times (Narayanan et al. 2021); the gradient all-reduce over dp ranks adds 2(dp−1)/dp × the
 * gradient bytes at the scale-out bandwidth, minus the overlapped share.
 */
public final class PerfKernel {

    /** Indexes of the time breakdown written by {@link #seconds}. */
    public static final int COMPUTE = 0, BUBBLE = 1, TP_COMM = 2, EP_COMM = 3, PP_COMM = 4, DP_COMM = 5,
            OPTIMIZER = 6, TIME_PARTS = 7;
    /** Indexes of the memory breakdown written by {@link #memoryBytes}. */
    public static final int WEIGHTS = 0, GRADIENTS = 1, OPTIMIZER_STATES = 2, ACTIVATIONS_LAYERS = 3,
            ACTIVATIONS = 4, MEMORY_PARTS = 5;

    private static final int NONE = 0, SELECTIVE = 1, FULL = 2;

    final ModelShape model;
    final ClusterSpec cluster;
    final Calibration cal;
    final Precision precision;

    private final double l, h, a, s, vocab, f, k, experts;
    private final double peak, hbm, nvlink, internode;
    private final int perNode;
    private final double gemmFwdPerSeq, attnFwdPerSeq, logitFwdPerSeq;
    private final double attnParams, ffnParams, embParams;
    private final double replicatedActCoef, splitActCoef;

    public PerfKernel(ModelShape model, ClusterSpec cluster, Precision precision, Calibration cal) {
        this.model = model;
        this.cluster = cluster;
        this.cal = cal;
        this.precision = precision;
        l = model.layers();
        h = model.hidden();
        a = model.heads();
        s = model.seqLen();
        vocab = model.vocab();
        f = model.ffnMultiple();
        k = model.topK();
        experts = model.experts();
        peak = cluster.peakFlops(precision);
        hbm = cluster.hbmBytesPerS();
        nvlink = cluster.nvlinkBytesPerS() * cal.nvlinkEfficiency();
        internode = cluster.interNodeBytesPerS() * cal.interNodeEfficiency();
        perNode = cluster.gpusPerNode();
        gemmFwdPerSeq = 2 * s * (4 + 2 * f * k) * h * h;
        attnFwdPerSeq = 4 * s * s * h;
        logitFwdPerSeq = 2 * s * h * vocab;
        attnParams = model.attentionParamsPerLayer();
        ffnParams = model.ffnParamsPerExpert();
        embParams = model.embeddingParams();
        // Korthikanti et al. 2022, sec. 4: per layer sbh·(10 + 24/t) bytes + 5·a·s²·b/t; the 10 are layer-norm
        // inputs, block inputs and dropout masks kept whole on every tensor rank, the 24 split over ranks.
        // For an FFN of width f·h with k active experts the split part is 8 + 4·f·k (= 24 for f = 4, k = 1).
        replicatedActCoef = 10;
        splitActCoef = 8 + 4 * f * k;
    }

    /** GEMM efficiency for a per-GPU width of h/t: peakFraction ÷ (1 + halfWidth/(h/t)). */
    public double gemmEfficiency(int t) {
        return cal.matmulPeakFraction() / (1 + cal.matmulHalfWidth() * t / h);
    }

    /**
     * Seconds per iteration. {@code parts}, if not null, receives the breakdown (length {@link #TIME_PARTS}).
     * Arguments are assumed consistent (see {@link PerfModel#check}); rec is 0 none, 1 selective, 2 full.
     */
    public double seconds(int t, int p, int dp, int b, int v, int rec, boolean sp, int zero, int ep, int globalBatch,
                          double[] parts) {
        double eff = gemmEfficiency(t);
        double tGemm = b * gemmFwdPerSeq / t / (peak * eff);
        double tAttn = b * attnFwdPerSeq / t / (peak * cal.matmulPeakFraction());
        double sbh = s * b * h;
        double actBase = sp ? sbh * (replicatedActCoef + splitActCoef) / t : sbh * (replicatedActCoef + splitActCoef / t);
        double actSoftmax = 5 * a * s * s * b / t;
        double tElem = cal.trafficPerActivationByte() * actBase / hbm;
        double tSoftmax = cal.trafficPerActivationByte() * actSoftmax / hbm;
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
        double compute1 = tGemm + tAttn + tElem + tSoftmax;
        double layerCompute = 3 * compute1;
        double layerTp = 2 * tTp;
        double layerEp = 2 * tEp;
        if (rec == FULL) {
            layerCompute += compute1;
            layerTp += tTp;
            layerEp += tEp;
        } else if (rec == SELECTIVE) {
            layerCompute += tAttn + tSoftmax;
        }
        double layersPerStage = l / p;
        double logit = 3 * b * logitFwdPerSeq / t / (peak * eff);
        double stageCompute = layersPerStage * layerCompute + logit;
        double stageTp = layersPerStage * layerTp;
        double stageEp = layersPerStage * layerEp;
        double p2p = 0;
        if (p > 1) {
            double bw = (long) t * p <= perNode ? nvlink : internode;
            p2p = 2 * v * (cal.p2pLatencyS() + 2 * sbh / t / bw); // forward activation and backward gradient per chunk
        }
        double stage = stageCompute + stageTp + stageEp + p2p;
        int m = globalBatch / (dp * b);
        double bubble = (p - 1.0) / v * stage;
        double pipeline = m * stage + bubble;

        double denseLocal = layersPerStage * attnParams / t + embParams / t;
        double expertLocal = layersPerStage * experts * ffnParams / ((double) t * ep);
        double tDp = 0;
        if (dp > 1) {
            double bw = (long) t * p * dp <= perNode ? nvlink : internode;
            double volume = 2.0 * (dp - 1) / dp * 2 * denseLocal;
            int expertReplicas = dp / ep;
            if (expertReplicas > 1) {
                volume += 2.0 * (expertReplicas - 1) / expertReplicas * 2 * expertLocal;
            }
            if (zero == 3) {
                volume *= 1.5; // weights are gathered again for forward and backward (Rajbhandari et al. 2020)
            }
            tDp = volume / bw * (1 - cal.dpOverlap());
        }
        double shardedParams = zero >= 1 ? (denseLocal + expertLocal) / dp : denseLocal + expertLocal;
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
        }
        return total;
    }

    /**
     * Bytes per GPU on the busiest pipeline stage. {@code parts}, if not null, receives the breakdown (length
     * {@link #MEMORY_PARTS}); ACTIVATIONS_LAYERS is the transformer-layer activations of the first stage, the
     * quantity Korthikanti et al. tabulate.
     */
    public double memoryBytes(int t, int p, int dp, int b, int v, int rec, boolean sp, int zero, int ep, int globalBatch,
                              double[] parts) {
        double layersPerStage = l / p;
        double local = layersPerStage * attnParams / t + embParams / t
                + layersPerStage * experts * ffnParams / ((double) t * ep);
        double weights = 2 * local / (zero >= 3 ? dp : 1);
        double grads = 2 * local / (zero >= 2 ? dp : 1);
        double optimizer = 12 * local / (zero >= 1 ? dp : 1); // fp32 master weights, Adam m and v
        double sbh = s * b * h;
        double actBase = sp ? sbh * (replicatedActCoef + splitActCoef) / t : sbh * (replicatedActCoef + splitActCoef / t);
        double actFull = actBase + 5 * a * s * s * b / t;
        double perLayer = rec == NONE ? actFull : rec == SELECTIVE ? actBase : 2 * sbh / (sp ? t : 1);
        int m = globalBatch / (dp * b);
        double inFlight = Math.min(p, m);
        if (v > 1) {
            inFlight *= 1 + (p - 1.0) / (p * v); // interleaved 1F1B warms up with extra chunks (Korthikanti, sec. 4.2.3)
        }
        double firstLayers = perLayer * layersPerStage * inFlight;
        double working = rec == FULL ? actFull : 0; // one layer rebuilt in full during its backward
        double output = 4 * s * b * (h + vocab) / t; // fp32 logits and the output layer's inputs on the last stage
        double lastLayers = perLayer * layersPerStage + output;
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

    /** Model FLOPs per iteration: 3 × forward = 72·B·s·l·h²·(1 + s/(6h) + V/(12·h·l)) for a dense FFN-4 model. */
    public double modelFlops(int globalBatch) {
        return 3.0 * globalBatch * (l * (gemmFwdPerSeq + attnFwdPerSeq) + logitFwdPerSeq);
    }

    /** Model FLOPs plus what recomputation repeats: full → 96·B·s·l·h²·(1 + s/(6h) + V/(16·h·l)). */
    public double hardwareFlops(int globalBatch, int rec) {
        double extra = rec == FULL ? l * (gemmFwdPerSeq + attnFwdPerSeq) : rec == SELECTIVE ? l * attnFwdPerSeq : 0;
        return modelFlops(globalBatch) + globalBatch * extra;
    }

    public double peakFlops() {
        return peak;
    }
}
