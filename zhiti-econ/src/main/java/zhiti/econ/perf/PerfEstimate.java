package zhiti.econ.perf;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;

/**
 * What the performance model predicts for one plan: time per iteration and its parts, memory per GPU and its
 * parts, throughput, MFU and HFU, each also as a {@link Figure}.
 */
public record PerfEstimate(ModelShape model, ClusterSpec cluster, ParallelPlan plan, double secondsPerIteration,
                           double[] timeParts, double memoryBytes, double[] memoryParts, double memoryLimitBytes,
                           double modelFlops, double hardwareFlops, double peakFlopsPerGpu, List<Figure> figures) {

    public PerfEstimate {
        timeParts = timeParts.clone();
        memoryParts = memoryParts.clone();
        figures = List.copyOf(figures);
    }

    public boolean fitsInMemory() {
        return memoryBytes <= memoryLimitBytes;
    }

    public double tokensPerSecond() {
        return (double) plan.globalBatch() * model.seqLen() / secondsPerIteration;
    }

    /** Model FLOP/s per GPU (what Korthikanti's MFU counts), in TFLOP/s. */
    public double modelTflopsPerGpu() {
        return modelFlops / secondsPerIteration / plan.gpus() / 1e12;
    }

    /** Hardware FLOP/s per GPU including recomputation (what Narayanan et al. Table 1 counts), in TFLOP/s. */
    public double hardwareTflopsPerGpu() {
        return hardwareFlops / secondsPerIteration / plan.gpus() / 1e12;
    }

    public double mfu() {
        return modelFlops / secondsPerIteration / plan.gpus() / peakFlopsPerGpu;
    }

    public double hfu() {
        return hardwareFlops / secondsPerIteration / plan.gpus() / peakFlopsPerGpu;
    }

    public double timePart(int index) {
        return timeParts[index];
    }

    public double memoryPart(int index) {
        return memoryParts[index];
    }

    static List<Figure> figuresFor(ModelShape m, ClusterSpec c, ParallelPlan p, double seconds, double[] t,
                                   double mem, double[] mp, double limit, double modelFlops, double hwFlops,
                                   double peak, Calibration cal, Stack stack) {
        String src = "performance model after Narayanan et al. 2021 and Korthikanti et al. 2022; cluster: "
                + c.source() + "; stack: " + stack.label() + "; calibration: " + cal.describe();
        String plan = p.describe();
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("time per iteration", seconds, "s",
                "T = m·(stage compute + TP + EP + CP + p2p) + (p−1)/v·stage + exposed DP reduction + optimizer",
                Figure.inputs("plan", plan, "compute (s)", t[PerfKernel.COMPUTE], "pipeline bubble (s)",
                        t[PerfKernel.BUBBLE], "tensor-parallel comm (s)", t[PerfKernel.TP_COMM],
                        "expert all-to-all (s)", t[PerfKernel.EP_COMM], "context-parallel ring (s)",
                        t[PerfKernel.CP_COMM], "pipeline p2p (s)", t[PerfKernel.PP_COMM],
                        "data-parallel all-reduce (s)", t[PerfKernel.DP_COMM], "optimizer step (s)",
                        t[PerfKernel.OPTIMIZER]), src));
        double gpus = p.gpus();
        out.add(new Figure("model FLOPs per iteration", modelFlops, "FLOP",
                "72·B·s·l·h²·(1 + s/(6h) + V/(12·h·l)) for FFN 4h; generally 3·B·(l·(2s(2+2r+2fk)h² + 4s²h) + 2shV)",
                Figure.inputs("B", p.globalBatch(), "s", m.seqLen(), "l", m.layers(), "h", m.hidden(),
                        "V", m.vocab()), "Narayanan et al. 2021, eq. 3 without recomputation"));
        out.add(new Figure("6ND model FLOPs per iteration", 6 * m.activeParams() * p.globalBatch() * m.seqLen(),
                "FLOP", "6 · N_active · B · s", Figure.inputs("N_active", m.activeParams(), "B", p.globalBatch(),
                "s", m.seqLen()), "Kaplan et al. 2020"));
        out.add(new Figure("hardware FLOPs per iteration", hwFlops, "FLOP",
                "model FLOPs + recomputed forward (full: 96·B·s·l·h²·(1 + s/(6h) + V/(16·h·l)))",
                Figure.inputs("recompute", p.recompute().label()), "Narayanan et al. 2021, eq. 3"));
        out.add(new Figure("throughput per GPU (model FLOPs)", modelFlops / seconds / gpus / 1e12, "TFLOP/s",
                "model FLOPs ÷ (T · GPUs)", Figure.inputs("GPUs", p.gpus()), src));
        out.add(new Figure("MFU", modelFlops / seconds / gpus / peak, "fraction",
                "model FLOPs ÷ (T · GPUs · peak)", Figure.inputs("peak (FLOP/s)", peak,
                "precision", p.precision().label()), src));
        out.add(new Figure("HFU", hwFlops / seconds / gpus / peak, "fraction",
                "hardware FLOPs ÷ (T · GPUs · peak)", Figure.inputs("peak (FLOP/s)", peak), src));
        out.add(new Figure("tokens per second", (double) p.globalBatch() * m.seqLen() / seconds, "token/s",
                "B · s ÷ T", Figure.inputs("B", p.globalBatch(), "s", m.seqLen()), src));
        out.add(new Figure("memory per GPU", mem / 1e9, "GB",
                "weights + gradients + optimizer states (16 bytes/param ÷ ZeRO sharding) + activations",
                Figure.inputs("weights (GB)", mp[PerfKernel.WEIGHTS] / 1e9, "gradients (GB)",
                        mp[PerfKernel.GRADIENTS] / 1e9, "optimizer (GB)", mp[PerfKernel.OPTIMIZER_STATES] / 1e9,
                        "activations (GB)", mp[PerfKernel.ACTIVATIONS] / 1e9, "usable HBM (GB)", limit / 1e9,
                        "fits", mem <= limit), src));
        out.add(new Figure("activation memory per GPU (transformer layers, first stage)",
                mp[PerfKernel.ACTIVATIONS_LAYERS] / (1L << 30), "GiB",
                "none: sbh(10 + 24/t) + 5as²b/t per layer (SP: sbh·34/t + …; s = sequence ÷ cp); selective or fused "
                        + "attention: drops 5as²b/t; full: 2sbh; × ⌈l/p⌉ layers × min(p, m) in flight × (1 + (p−1)/(p·v))",
                Figure.inputs("s", m.seqLen(), "b", p.microBatch(), "h", m.hidden(), "a", m.heads(),
                        "t", p.tp(), "p", p.pp(), "v", p.interleave(), "cp", p.cp()), "Korthikanti et al. 2022, sec. 4"));
        return out;
    }
}
