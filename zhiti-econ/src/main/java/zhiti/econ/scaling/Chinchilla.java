package zhiti.econ.scaling;

import java.util.List;
import java.util.Locale;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Chinchilla scaling (Hoffmann et al. 2022): L(N, D) = E + A/N^α + B/D^β. Minimising L under C = 6·N·D gives
 * N_opt = G·(C/6)^a and D_opt = (C/6)^b / G with a = β/(α+β), b = α/(α+β), G = (αA/(βB))^(1/(α+β)). The paper's
 * other two approaches give only exponents; {@link #byApproach} anchors them at Chinchilla itself.
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
    public static final LossFit HOFFMANN_ROUNDED = new LossFit("Hoffmann 2022 (rounded)", 1.69, 406.4, 410.7, 0.34, 0.28,
            "Hoffmann et al. 2022, eq. 10 (E=1.69, A=406.4, B=410.7, α=0.34, β=0.28)");
    /** The unrounded exponents of the paper's source: a = 0.2849/0.6241 = 0.456. */
    public static final LossFit HOFFMANN_UNROUNDED = new LossFit("Hoffmann 2022 (unrounded)", 1.6934, 406.4, 410.7,
            0.3392, 0.2849, "Hoffmann et al. 2022, unrounded constants (E=1.6934, α=0.3392, β=0.2849)");
    /** Epoch AI's refit of the Chinchilla data (Besiroglu et al. 2024): a = 0.513, close to equal scaling. */
    public static final LossFit BESIROGLU_2024 = new LossFit("Besiroglu 2024 (Epoch refit)", 1.8172, 482.01, 2085.43,
            0.3478, 0.3658, "Besiroglu et al. 2024, 'Chinchilla Scaling: A replication attempt'");

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

    public static LossFit fit(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "hoffmann", "chinchilla", "rounded" -> HOFFMANN_ROUNDED;
            case "unrounded", "hoffmann-unrounded" -> HOFFMANN_UNROUNDED;
            case "epoch", "besiroglu" -> BESIROGLU_2024;
            default -> throw new IllegalArgumentException("unknown loss fit '" + name
                    + "': use hoffmann (rounded), unrounded or epoch (Besiroglu 2024)");
        };
    }

    public static Figure loss(LossFit f, double params, double tokens) {
        InputChecks.positive("parameters (N)", params);
        InputChecks.positive("training tokens (D)", tokens);
        double l = f.e() + f.a() / Math.pow(params, f.alpha()) + f.b() / Math.pow(tokens, f.beta());
        return new Figure("predicted loss (" + f.name() + ")", l, "nats/token", "L = E + A/N^α + B/D^β",
                Figure.inputs("N", params, "D", tokens, "E", f.e(), "A", f.a(), "B", f.b(), "α", f.alpha(), "β", f.beta()),
                f.source());
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
                new Figure("tokens per parameter", d / n, "tokens/parameter", "D_opt ÷ N_opt", in, f.source()),
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
