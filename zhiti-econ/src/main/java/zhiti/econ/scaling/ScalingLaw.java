package zhiti.econ.scaling;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import zhiti.core.Figure;

/**
 * The scaling laws a question can ask for by name, each able to split a compute budget into parameters and tokens,
 * to give the optimal tokens for a model size (or the size for a token count) and to predict a loss.
 *
 * <p>{@link #CHINCHILLA} is the rule people mean by "Chinchilla-optimal": about 20 tokens per parameter (Hoffmann
 * et al. 2022, approaches 1 and 2, and Chinchilla itself at 70B/1.4T). It predicts no loss, so its loss figures
 * come from the same paper's approach-3 fit, and the answer says so. The fits disagree by a factor of two or more
 * in N at today's budgets, so a default answer shows {@link #alternatives()} beside its own numbers.
 */
public enum ScalingLaw {
    CHINCHILLA("chinchilla", "Chinchilla rule, 20 tokens per parameter (Hoffmann et al. 2022)", null),
    CHINCHILLA_APPROACH3("chinchilla_approach3", "Chinchilla approach 3 fit, rounded constants (Hoffmann et al. 2022)",
            Chinchilla.HOFFMANN_ROUNDED),
    CHINCHILLA_APPROACH3_UNROUNDED("chinchilla_approach3_unrounded",
            "Chinchilla approach 3 fit, unrounded constants (Hoffmann et al. 2022)", Chinchilla.HOFFMANN_UNROUNDED),
    BESIROGLU_2024("besiroglu2024", "Besiroglu et al. 2024 refit of the Chinchilla data", Chinchilla.BESIROGLU_2024),
    KAPLAN("kaplan", "Kaplan et al. 2020 compute-efficient allocation", null);

    private final String id;
    private final String label;
    private final Chinchilla.LossFit fit;

    ScalingLaw(String id, String label, Chinchilla.LossFit fit) {
        this.id = id;
        this.label = label;
        this.fit = fit;
    }

    /** The name a tool argument or command-line option uses. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * A law by its id; the names used before the 20-token rule became the default still work ("epoch",
     * "chinchilla_unrounded", "hoffmann" for the approach-3 fit).
     */
    public static ScalingLaw parse(String name) {
        String s = name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ScalingLaw l : values()) {
            if (l.id.equals(s)) {
                return l;
            }
        }
        return switch (s) {
            case "approach3", "approach_3", "hoffmann", "rounded", "chinchilla_rounded" -> CHINCHILLA_APPROACH3;
            case "unrounded", "chinchilla_unrounded", "hoffmann_unrounded" -> CHINCHILLA_APPROACH3_UNROUNDED;
            case "epoch", "besiroglu", "besiroglu_2024", "epoch_refit" -> BESIROGLU_2024;
            case "20", "20_tokens_per_param", "chinchilla_20" -> CHINCHILLA;
            default -> throw new IllegalArgumentException("unknown scaling law '" + name + "': use " + ids());
        };
    }

    /** The ids of every law, comma-separated, for messages and schemas. */
    public static String ids() {
        return Arrays.stream(values()).map(ScalingLaw::id).collect(Collectors.joining(", "));
    }

    /**
     * The parametric fit this law's loss predictions use: its own, or for the 20-token rule, which predicts no
     * loss, the Chinchilla paper's approach-3 fit. Null for Kaplan, whose loss has its own form.
     */
    public Chinchilla.LossFit lossFit() {
        return this == CHINCHILLA ? Chinchilla.HOFFMANN_ROUNDED : fit;
    }

    /** The id of the fit {@link #loss} uses. */
    public String lossFitId() {
        return this == CHINCHILLA ? CHINCHILLA_APPROACH3.id : id;
    }

    /** The laws a default answer reports beside its own, so that a reader sees how far the fits disagree. */
    public List<ScalingLaw> alternatives() {
        return this == CHINCHILLA ? List.of(CHINCHILLA_APPROACH3, BESIROGLU_2024) : List.of();
    }

    public Figure loss(double params, double tokens) {
        return this == KAPLAN ? Kaplan.loss(params, tokens) : Chinchilla.loss(lossFit(), params, tokens);
    }

    /** Compute-optimal parameters, tokens and their ratio for a budget (in that order). */
    public List<Figure> optimal(double computeFlop) {
        return switch (this) {
            case CHINCHILLA -> Chinchilla.twentyTokensPerParameter(computeFlop);
            case KAPLAN -> {
                List<Figure> k = Kaplan.computeEfficient(computeFlop, Kaplan.N_AT_ONE_PF_DAY);
                double n = k.get(0).value();
                double d = k.get(1).value();
                yield List.of(k.get(0), k.get(1), new Figure("tokens per parameter (Kaplan 2020)", d / n,
                        "tokens/parameter", "D ÷ N", Figure.inputs("N", n, "D", d), Kaplan.SOURCE));
            }
            default -> Chinchilla.optimal(fit, computeFlop).subList(0, 3);
        };
    }

    /** The compute-optimal training tokens for a model of {@code params} parameters. */
    public Figure tokensForParams(double params) {
        return switch (this) {
            case CHINCHILLA -> Chinchilla.tokensForParams(params);
            case KAPLAN -> throw kaplanAllocatesBudgetsOnly();
            default -> Chinchilla.tokensForParams(fit, params);
        };
    }

    /** The model size that {@code tokens} training tokens train compute-optimally. */
    public Figure paramsForTokens(double tokens) {
        return switch (this) {
            case CHINCHILLA -> Chinchilla.paramsForTokens(tokens);
            case KAPLAN -> throw kaplanAllocatesBudgetsOnly();
            default -> Chinchilla.paramsForTokens(fit, tokens);
        };
    }

    private static IllegalArgumentException kaplanAllocatesBudgetsOnly() {
        return new IllegalArgumentException("law kaplan splits a compute budget only: give compute_flop, or use "
                + "law chinchilla (D = 20·N) for tokens from parameters or parameters from tokens");
    }
}
