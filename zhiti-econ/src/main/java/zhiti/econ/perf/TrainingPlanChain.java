package zhiti.econ.perf;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.Precision;

/**
 * Compute budget → compute-optimal N and D → a model shape → the best parallel plan on a cluster → days,
 * dollars and megawatt-hours, every step a {@link Figure}.
 *
 * <p>N_opt = G·(C/6)^a and D_opt = C/(6·N_opt) with G = (αA/(βB))^(1/(α+β)) and a = β/(α+β) (Hoffmann et al.
 * 2022, approach 3, with C ≈ 6ND). The shape keeps a head dimension of 128 and an aspect ratio h/l of 128,
 * near the flat optimum Kaplan et al. 2020 report, so h = ∛(128·N/12) rounded to a multiple of 1024.
 */
public final class TrainingPlanChain {

    /** Chinchilla's fitted loss L(N, D) = E + A/N^α + B/D^β, as far as the optimum needs it. */
    public record ScalingFit(String name, double a, double b, double alpha, double beta, String source) {

        /** Hoffmann et al. 2022, rounded constants (they give a = 0.452). */
        public static final ScalingFit CHINCHILLA = new ScalingFit("Chinchilla approach 3", 406.4, 410.7, 0.34, 0.28,
                "Hoffmann et al. 2022, approach 3 fit (A=406.4, B=410.7, α=0.34, β=0.28)");

        /** Besiroglu et al. 2024, Epoch AI's refit of Chinchilla's data. */
        public static final ScalingFit EPOCH_REFIT = new ScalingFit("Epoch AI refit", 482.01, 2085.43, 0.3478, 0.3658,
                "Besiroglu et al. 2024, Chinchilla refit (A=482.01, B=2085.43, α=0.3478, β=0.3658)");

        public static ScalingFit parse(String s) {
            return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "chinchilla", "hoffmann" -> CHINCHILLA;
                case "epoch", "besiroglu" -> EPOCH_REFIT;
                default -> throw new IllegalArgumentException("unknown scaling fit '" + s + "': use chinchilla or epoch");
            };
        }

        public double exponent() {
            return beta / (alpha + beta);
        }

        public double coefficient() {
            return Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
        }

        public double optimalParams(double computeFlop) {
            return coefficient() * Math.pow(computeFlop / 6, exponent());
        }
    }

    /** The chain's inputs besides the budget and the cluster. */
    public record Assumptions(int seqLen, int vocab, int globalBatch, Precision precision, double usdPerGpuHour,
                              double wattsPerGpu, double pue) {

        public Assumptions {
            Checks.positive("sequence length", seqLen);
            Checks.positive("vocabulary", vocab);
            Checks.positive("global batch (sequences)", globalBatch);
            Checks.positive("price ($ per GPU-hour)", usdPerGpuHour);
            Checks.positive("power per GPU (W)", wattsPerGpu);
            if (!(pue >= 1 && pue < 5)) {
                throw new IllegalArgumentException("PUE must be between 1 and 5 (1.1–1.6 is typical), got " + pue);
            }
            precision = precision == null ? Precision.BF16 : precision;
        }
    }

    public record Result(double params, double tokens, ModelShape shape, PlanSearch.Result search, double days,
                         double gpuHours, double usd, double mwh, List<Figure> figures) {
    }

    private TrainingPlanChain() {
    }

    /** A dense shape of about {@code params} weights: head dimension 128, h/l ≈ 128, h a multiple of 1024. */
    public static ModelShape shapeFor(double params, int seqLen, int vocab) {
        Checks.positive("parameters", params);
        // multiples of 1024 keep the head count (h/128) a multiple of 8, so tensor parallelism up to 8 divides it
        int hidden = (int) Math.max(1024, Math.round(Math.cbrt(128 * params / 12) / 1024) * 1024);
        int layers = (int) Math.max(1, Math.round(params / (12.0 * hidden * hidden)));
        return ModelShape.dense(String.format("%.3gB-param optimal", params / 1e9), layers, hidden, hidden / 128,
                seqLen, vocab);
    }

    public static Result run(double computeFlop, ClusterSpec cluster, Assumptions as) {
        return run(computeFlop, cluster, as, ScalingFit.CHINCHILLA);
    }

    public static Result run(double computeFlop, ClusterSpec cluster, Assumptions as, ScalingFit fit) {
        Checks.positive("compute budget (FLOP)", computeFlop);
        double n = fit.optimalParams(computeFlop);
        double d = computeFlop / (6 * n);
        ModelShape shape = shapeFor(n, as.seqLen(), as.vocab());
        PlanSearch.Result search = PlanSearch.search(shape, cluster, SearchSpace.open(as.globalBatch(), as.precision()));
        PerfEstimate best = search.best();
        double iterations = d / ((double) as.globalBatch() * as.seqLen());
        double seconds = iterations * best.secondsPerIteration();
        double days = seconds / 86_400;
        int gpus = best.plan().gpus();
        double gpuHours = gpus * seconds / 3600;
        double usd = gpuHours * as.usdPerGpuHour();
        double mwh = gpuHours * as.wattsPerGpu() * as.pue() / 1e6;

        List<Figure> f = new ArrayList<>();
        f.add(new Figure("compute-optimal parameters", n, "parameters", "N_opt = G·(C/6)^a, G = (αA/(βB))^(1/(α+β)), a = β/(α+β)",
                Figure.inputs("C (FLOP)", computeFlop, "G", fit.coefficient(), "a", fit.exponent()), fit.source()));
        f.add(new Figure("compute-optimal tokens", d, "tokens", "D_opt = C ÷ (6·N_opt)",
                Figure.inputs("C (FLOP)", computeFlop, "N_opt", n), fit.source()));
        f.add(new Figure("model shape: parameters", shape.params(), "parameters",
                "h = 1024·round(∛(128·N/12)/1024), l = round(N/(12h²)), heads = h/128; params = l(12h²+13h) + Vh + sh",
                Figure.inputs("layers", shape.layers(), "hidden", shape.hidden(), "heads", shape.heads(),
                        "seq_len", shape.seqLen(), "vocab", shape.vocab()), "aspect ratio h/l ≈ 128 (Kaplan et al. 2020)"));
        f.addAll(best.figures());
        String planSrc = "performance model (best of " + search.configsEvaluated() + " plans on " + cluster.gpus()
                + " " + cluster.gpu() + ")";
        f.add(new Figure("training time", days, "day", "days = D ÷ (B·s) iterations × T per iteration ÷ 86,400",
                Figure.inputs("D (tokens)", d, "B·s (tokens/iteration)", (double) as.globalBatch() * as.seqLen(),
                        "T (s)", best.secondsPerIteration(), "plan", best.plan().describe()), planSrc));
        f.add(new Figure("GPU-hours", gpuHours, "GPU·h", "GPUs used × days × 24",
                Figure.inputs("GPUs used", gpus, "days", days), planSrc));
        f.add(new Figure("rental cost", usd, "USD", "GPU-hours × $/GPU·h",
                Figure.inputs("GPU-hours", gpuHours, "$/GPU·h", as.usdPerGpuHour()), "user input price"));
        f.add(new Figure("energy", mwh, "MWh", "GPU-hours × W per GPU × PUE ÷ 10⁶",
                Figure.inputs("GPU-hours", gpuHours, "W per GPU", as.wattsPerGpu(), "PUE", as.pue()),
                "user input power and PUE"));
        return new Result(n, d, shape, search, days, gpuHours, usd, mwh, f);
    }
}
