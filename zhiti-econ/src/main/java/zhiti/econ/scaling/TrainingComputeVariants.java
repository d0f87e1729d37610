package zhiti.econ.scaling;

import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Training compute beyond the dense 6·N·D rule (which lives in {@code zhiti.econ.training.TrainingCompute}):
 * mixture-of-experts models, where only the routed experts' parameters work on a token, and activation
 * recomputation, which re-runs part of the forward pass (2·N·D per full forward) during the backward pass.
 */
public final class TrainingComputeVariants {

    private TrainingComputeVariants() {
    }

    /**
     * MoE: C = 6 · N_active · D. The dense-equivalent 6 · N_total · D is returned beside it to show what counting
     * all experts would wrongly give.
     */
    public static List<Figure> moe(double totalParams, double activeParams, double tokens, String source) {
        InputChecks.positive("total parameters", totalParams);
        InputChecks.positive("active parameters per token", activeParams);
        InputChecks.positive("training tokens (D)", tokens);
        if (activeParams > totalParams) {
            throw new IllegalArgumentException("active parameters (" + activeParams + ") cannot exceed total parameters ("
                    + totalParams + "); for a dense model give the same number twice");
        }
        Figure c = new Figure("training compute (MoE, active parameters)", 6 * activeParams * tokens, "FLOP",
                "C = 6 · N_active · D",
                Figure.inputs("N_active", activeParams, "N_total", totalParams, "D (tokens)", tokens,
                        "active share", activeParams / totalParams), source);
        Figure dense = new Figure("dense-equivalent compute if all parameters were active", 6 * totalParams * tokens,
                "FLOP", "C = 6 · N_total · D (not the MoE's cost; for comparison)",
                Figure.inputs("N_total", totalParams, "D (tokens)", tokens), source);
        return List.of(c, dense);
    }

    /** How much of the forward pass is computed a second time in the backward pass. */
    public enum Recompute {
        NONE(0), FULL(1);

        public final double forwardShare;

        Recompute(double forwardShare) {
            this.forwardShare = forwardShare;
        }
    }

    public static Figure withRecompute(double activeParams, double tokens, Recompute r, String source) {
        return withRecomputedShare(activeParams, tokens, r.forwardShare, source);
    }

    /**
     * Hardware FLOP with a share f of the forward pass recomputed: C = (6 + 2f) · N · D, so full recompute is 8·N·D
     * (forward 2, backward 4, forward again 2). Selective recompute (Korthikanti et al. 2022) re-runs only the
     * attention core, a small f; the model FLOPs used for MFU stay 6·N·D either way.
     */
    public static Figure withRecomputedShare(double activeParams, double tokens, double forwardShare, String source) {
        InputChecks.positive("parameters (N)", activeParams);
        InputChecks.positive("training tokens (D)", tokens);
        if (!(forwardShare >= 0 && forwardShare <= 1)) {
            throw new IllegalArgumentException("recomputed share of the forward pass must be in [0, 1] (0 none, 1 full), got " + forwardShare);
        }
        double factor = 6 + 2 * forwardShare;
        return new Figure("hardware training compute with recomputation", factor * activeParams * tokens, "FLOP",
                "C = (6 + 2·f) · N · D",
                Figure.inputs("N", activeParams, "D (tokens)", tokens, "f (forward share recomputed)", forwardShare,
                        "FLOP per parameter per token", factor, "overhead vs 6ND", factor / 6), source);
    }
}
