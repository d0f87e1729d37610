package zhiti.econ.scaling;

import java.util.List;
import java.util.Locale;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Chinchilla scaling (Hoffmann et al. 2022). The paper's headline, from its approaches 1 and 2 and the Chinchilla
 * model itself (70B parameters on 1.4T tokens), is that parameters and tokens grow equally at about 20 tokens per
 * parameter: with C = 6·N·D and D = 20·N, N = √(C/120) ({@link #twentyTokensPerParameter}).
 *
 * <p>Approach 3 fits L(N, D) = E + A/N^α + B/D^β. Minimising L under C = 6·N·D gives N_opt = G·(C/6)^a and
 * D_opt = (C/6)^b / G with a = β/(α+β), b = α/(α+β), G = (αA/(βB))^(1/(α+β)). With the paper's printed constants
 * this disagrees with its other approaches (32B on 3T tokens at Chinchilla's own budget), which Besiroglu et al.
 * 2024 traced to the fit; their refit agrees with the 20-token rule. The exponents of approaches 1 and 2 alone are
 * in {@link #byApproach}, anchored at Chinchilla itself.
 */
public final class Chinchilla {

    /** Parameter sets of the parametric loss. */
    public record LossFit(String name, double e, double a, double b, double alpha, double beta, String source) {

        public LossFit {
            InputChecks.positive("A", a);
            InputChecks.positive("B", b);
            InputChecks.positive("α", alpha);
            InputChecks.positive("β", beta);
        }

        /** Exponent of N_opt in C: β/(α+β). */
        public double nExponent() {
            return beta / (alpha + beta);
        }

        public double g() {
            return Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
        }
    }

    /** As printed in the paper (rounded): a = 0.28/0.62 = 0.452, not the 0.46 the paper states for Approach 3. */
    public static final LossFit HOFFMANN_ROUNDED = new LossFit("Chinchilla approach 3 fit, rounded", 1.69, 406.4,
            410.7, 0.34, 0.28, "Hoffmann et al. 2022, approach 3, eq. 10 (E=1.69, A=406.4, B=410.7, α=0.34, β=0.28)");
    /** The unrounded exponents of the paper's source: a = 0.2849/0.6241 = 0.456. */
    public static final LossFit HOFFMANN_UNROUNDED = new LossFit("Chinchilla approach 3 fit, unrounded", 1.6934, 406.4,
            410.7, 0.3392, 0.2849, "Hoffmann et al. 2022, approach 3, unrounded constants of the TeX source "
            + "(E=1.6934, α=0.3392, β=0.2849)");
    /**
     * Epoch AI's refit of the Chinchilla data (Besiroglu et al. 2024): a = 0.513, close to equal scaling. The
     * constants are the paper's estimates (standard errors: E 0.03, A 124.58, B 1293.23, α 0.02, β 0.02); checked
     * against the arXiv abstract page and several independent restatements of its table, not the PDF itself.
     */
    public static final LossFit BESIROGLU_2024 = new LossFit("Besiroglu 2024 refit", 1.8172, 482.01, 2085.43,
            0.3478, 0.3658, "Besiroglu, Erdil, Barnett and You 2024, 'Chinchilla Scaling: A replication attempt', "
            + "arXiv:2404.10102 (E=1.8172, A=482.01, B=2085.43, α=0.3478, β=0.3658)");

    /** Hoffmann et al. 2022's compute-optimal ratio: Chinchilla trained 70B parameters on 1.4T tokens. */
    public static final double TOKENS_PER_PARAM = 20;
    public static final String RULE_SOURCE = "Hoffmann et al. 2022, 'Training Compute-Optimal Large Language "
            + "Models': approaches 1 and 2 scale N and D equally; Chinchilla, 70B parameters on 1.4T tokens, is 20 "
            + "tokens per parameter";

    public static final double CHINCHILLA_PARAMS = 70e9;
    public static final double CHINCHILLA_TOKENS = 1.4e12;

    /** Hoffmann et al. 2022, Table 2: exponents of N_opt ∝ C^a and D_opt ∝ C^b. */
    public enum Approach {
        APPROACH_1(0.50, 0.50), APPROACH_2(0.49, 0.51), APPROACH_3(0.46, 0.54);

        public final double a;
        public final double b;

        Approach(double a, double b) {
            this.a = a;
            this.b = b;
        }

        public static Approach parse(String s) {
            return switch (s.trim()) {
                case "1" -> APPROACH_1;
                case "2" -> APPROACH_2;
                case "3" -> APPROACH_3;
                default -> throw new IllegalArgumentException("Chinchilla approach must be 1, 2 or 3, got '" + s + "'");
            };
        }
    }

    private Chinchilla() {
    }

    public static Figure loss(LossFit f, double params, double tokens) {
        InputChecks.positive("parameters (N)", params);
        InputChecks.positive("training tokens (D)", tokens);
        double l = f.e() + f.a() / Math.pow(params, f.alpha()) + f.b() / Math.pow(tokens, f.beta());
        return new Figure("predicted loss (" + f.name() + ")", l, "nats/token", "L = E + A/N^α + B/D^β",
                Figure.inputs("N", params, "D", tokens, "E", f.e(), "A", f.a(), "B", f.b(), "α", f.alpha(), "β", f.beta()),
                f.source());
    }

    /** Compute-optimal N and D for a budget at 20 tokens per parameter: C = 6·N·(20·N), so N = √(C/120). */
    public static List<Figure> twentyTokensPerParameter(double computeFlop) {
        InputChecks.positive("compute budget (FLOP)", computeFlop);
        double n = Math.sqrt(computeFlop / (6 * TOKENS_PER_PARAM));
        double d = TOKENS_PER_PARAM * n;
        var in = Figure.inputs("C (FLOP)", computeFlop, "tokens per parameter", TOKENS_PER_PARAM);
        return List.of(
                new Figure("compute-optimal parameters (Chinchilla, 20 tokens per parameter)", n, "parameters",
                        "N = √(C / (6 · 20))", in, RULE_SOURCE),
                new Figure("compute-optimal tokens (Chinchilla, 20 tokens per parameter)", d, "tokens", "D = 20 · N",
                        Figure.inputs("N", n, "tokens per parameter", TOKENS_PER_PARAM), RULE_SOURCE),
                new Figure("tokens per parameter (Chinchilla rule)", TOKENS_PER_PARAM, "tokens/parameter",
                        "D ÷ N = 20 (the rule)", in, RULE_SOURCE));
    }

    /** The compute-optimal training tokens for a model of {@code params}: D = 20·N. */
    public static Figure tokensForParams(double params) {
        InputChecks.positive("parameters (N)", params);
        return new Figure("compute-optimal tokens (Chinchilla, 20 tokens per parameter)", TOKENS_PER_PARAM * params,
                "tokens", "D = 20 · N", Figure.inputs("N", params, "tokens per parameter", TOKENS_PER_PARAM),
                RULE_SOURCE);
    }

    /** The model size {@code tokens} train compute-optimally: N = D / 20. */
    public static Figure paramsForTokens(double tokens) {
        InputChecks.positive("training tokens (D)", tokens);
        return new Figure("compute-optimal parameters (Chinchilla, 20 tokens per parameter)", tokens / TOKENS_PER_PARAM,
                "parameters", "N = D ÷ 20", Figure.inputs("D", tokens, "tokens per parameter", TOKENS_PER_PARAM),
                RULE_SOURCE);
    }

    /**
     * The tokens a fit's optimum gives a model of {@code params}: inverting N_opt = G·(C/6)^a gives
     * C/6 = (N/G)^(1/a), and D = (C/6) ÷ N.
     */
    public static Figure tokensForParams(LossFit f, double params) {
        InputChecks.positive("parameters (N)", params);
        double a = f.nExponent();
        double c6 = Math.pow(params / f.g(), 1 / a);
        return new Figure("compute-optimal tokens (" + f.name() + ")", c6 / params, "tokens",
                "D = (N / G)^(1/a) ÷ N", Figure.inputs("N", params, "a = β/(α+β)", a, "G", f.g()), f.source());
    }

    /** The parameters a fit's optimum gives {@code tokens}: D_opt = (C/6)^(1−a) / G, so C/6 = (D·G)^(1/(1−a)). */
    public static Figure paramsForTokens(LossFit f, double tokens) {
        InputChecks.positive("training tokens (D)", tokens);
        double b = 1 - f.nExponent();
        double c6 = Math.pow(tokens * f.g(), 1 / b);
        return new Figure("compute-optimal parameters (" + f.name() + ")", c6 / tokens, "parameters",
                "N = (D · G)^(1/(1−a)) ÷ D", Figure.inputs("D", tokens, "1 − a", b, "G", f.g()), f.source());
    }

    /** Compute-optimal N and D for a budget under the parametric fit, and the loss there. */
    public static List<Figure> optimal(LossFit f, double computeFlop) {
        InputChecks.positive("compute budget (FLOP)", computeFlop);
        double a = f.nExponent();
        double b = 1 - a;
        double g = f.g();
        double n = g * Math.pow(computeFlop / 6, a);
        double d = Math.pow(computeFlop / 6, b) / g;
        var in = Figure.inputs("C (FLOP)", computeFlop, "a = β/(α+β)", a, "G = (αA/(βB))^(1/(α+β))", g,
                "α", f.alpha(), "β", f.beta());
        return List.of(
                new Figure("compute-optimal parameters (" + f.name() + ")", n, "parameters", "N_opt = G · (C/6)^a", in, f.source()),
                new Figure("compute-optimal tokens (" + f.name() + ")", d, "tokens", "D_opt = G⁻¹ · (C/6)^(1−a)", in, f.source()),
                new Figure("tokens per parameter (" + f.name() + ")", d / n, "tokens/parameter", "D_opt ÷ N_opt", in,
                        f.source()),
                loss(f, n, d));
    }

    /**
     * N and D for a budget from an approach's exponents, anchored at Chinchilla (70B parameters, 1.4T tokens,
     * 5.88e23 FLOP): N = 70e9 · (C / 5.88e23)^a, D = C / (6N).
     */
    public static List<Figure> byApproach(Approach ap, double computeFlop) {
        InputChecks.positive("compute budget (FLOP)", computeFlop);
        double c0 = 6 * CHINCHILLA_PARAMS * CHINCHILLA_TOKENS;
        double n = CHINCHILLA_PARAMS * Math.pow(computeFlop / c0, ap.a);
        double d = computeFlop / (6 * n);
        var in = Figure.inputs("C (FLOP)", computeFlop, "a", ap.a, "b", ap.b, "anchor N", CHINCHILLA_PARAMS,
                "anchor D", CHINCHILLA_TOKENS, "anchor C", c0);
        String src = "Hoffmann et al. 2022, Table 2 exponents; anchored at Chinchilla 70B/1.4T";
        String label = ap.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return List.of(
                new Figure("compute-optimal parameters (" + label + ")", n, "parameters", "N = 70e9 · (C / C_chinchilla)^a", in, src),
                new Figure("compute-optimal tokens (" + label + ")", d, "tokens", "D = C ÷ (6 · N)", in, src));
    }
}
