package zhiti.econ.training;

import zhiti.core.Figure;

/**
 * Training compute of a dense transformer: C ≈ 6·N·D FLOP (2 FLOP per parameter per token forward, 4 backward;
 * Kaplan et al. 2020, and the rule the seed reports use).
 */
public final class TrainingCompute {

    public static final String FORMULA = "C = 6 · N · D";

    private TrainingCompute() {
    }

    /**
     * @param params N, parameters that do work per token
     * @param tokens D, training tokens
     * @param source where N and D come from
     */
    public static Figure dense(double params, double tokens, String source) {
        Checks.positive("parameters (N)", params);
        Checks.positive("training tokens (D)", tokens);
        return new Figure("training compute", 6 * params * tokens, "FLOP", FORMULA,
                Figure.inputs("N (parameters)", params, "D (tokens)", tokens, "FLOP per parameter per token", 6),
                source);
    }
}
