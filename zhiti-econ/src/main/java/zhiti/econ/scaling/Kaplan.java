package zhiti.econ.scaling;

import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Kaplan et al. 2020 scaling: L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D with N non-embedding parameters, and the
 * compute-efficient allocation N ∝ C^0.73 (D ∝ C^0.27 follows from C = 6ND).
 */
public final class Kaplan {

    public static final double ALPHA_N = 0.076;
    public static final double N_C = 8.8e13;
    public static final double ALPHA_D = 0.095;
    public static final double D_C = 5.4e13;
    public static final double N_EXPONENT = 0.73;
    /** Kaplan et al. 2020, Fig. 14: N_opt ≈ 1.3e9 · (C / 1 PF-day)^0.73; used as the default anchor. */
    public static final double N_AT_ONE_PF_DAY = 1.3e9;
    public static final double PF_DAY_FLOP = 1e15 * 86_400;
    public static final String SOURCE = "Kaplan et al. 2020, 'Scaling Laws for Neural Language Models'";

    private Kaplan() {
    }

    public static Figure loss(double nonEmbeddingParams, double tokens) {
        InputChecks.positive("non-embedding parameters (N)", nonEmbeddingParams);
        InputChecks.positive("training tokens (D)", tokens);
        double l = Math.pow(Math.pow(N_C / nonEmbeddingParams, ALPHA_N / ALPHA_D) + D_C / tokens, ALPHA_D);
        return new Figure("predicted loss (Kaplan 2020)", l, "nats/token", "L = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D",
                Figure.inputs("N", nonEmbeddingParams, "D", tokens, "N_c", N_C, "α_N", ALPHA_N, "D_c", D_C, "α_D", ALPHA_D),
                SOURCE + ", eq. 1.5");
    }

    /** Compute-efficient N = N₁ · (C / 1 PF-day)^0.73 and D = C / (6N). */
    public static List<Figure> computeEfficient(double computeFlop, double nAtOnePfDay) {
        InputChecks.positive("compute budget (FLOP)", computeFlop);
        InputChecks.positive("anchor N at 1 PF-day", nAtOnePfDay);
        double pfDays = computeFlop / PF_DAY_FLOP;
        double n = nAtOnePfDay * Math.pow(pfDays, N_EXPONENT);
        double d = computeFlop / (6 * n);
        var in = Figure.inputs("C (FLOP)", computeFlop, "C (PF-days)", pfDays, "N at 1 PF-day", nAtOnePfDay,
                "exponent", N_EXPONENT);
        return List.of(
                new Figure("compute-efficient parameters (Kaplan 2020)", n, "parameters", "N = N₁ · (C / PF-day)^0.73", in,
                        SOURCE + ", Fig. 14"),
                new Figure("compute-efficient tokens (Kaplan 2020)", d, "tokens", "D = C ÷ (6 · N)", in, SOURCE));
    }
}
