package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.scaling.ScalingLaw;
import zhiti.econ.training.TrainingCompute;

/**
 * Scaling laws: the compute-optimal parameters and tokens for a budget, the optimal tokens for a model size or the
 * size for a token count, and the loss a given N and D reach. The default law is the 20-tokens-per-parameter rule
 * users mean by "Chinchilla-optimal"; its answers carry the approach-3 fit and the Besiroglu refit as labelled
 * alternatives, because those fits put the same budget into models half or equal the size.
 */
public final class ScalingLawTool implements Tool {

    private static final String ALTERNATIVE = "alternative: ";

    private final CatalogNames names;

    public ScalingLawTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.SCALING_LAW.id();
    }

    @Override
    public String description() {
        return "Scaling laws. With compute_flop: the compute-optimal parameters N and training tokens D (C = 6·N·D). "
                + "With params alone: the compute-optimal tokens; with tokens alone: the parameters. With params and "
                + "tokens (or a catalog model): the predicted loss in nats/token and the compute. law (default "
                + "chinchilla): chinchilla = Hoffmann et al. 2022's 20 tokens per parameter (N = √(C/120), D = 20·N; "
                + "its losses use the paper's approach-3 fit), reported with the approach-3 fit and the Besiroglu "
                + "2024 refit as alternatives; chinchilla_approach3 (L = 1.69 + 406.4/N^0.34 + 410.7/D^0.28); "
                + "chinchilla_approach3_unrounded; besiroglu2024 (L = 1.8172 + 482.01/N^0.3478 + 2085.43/D^0.3658); "
                + "kaplan (Kaplan et al. 2020, N ∝ C^0.73).";
    }

    @Override
    public ObjectNode parameters() {
        List<String> laws = Arrays.stream(ScalingLaw.values()).map(ScalingLaw::id).toList();
        return ToolSchema.object()
                .number("compute_flop", "training compute budget in FLOP, e.g. 1e24")
                .number("params", "parameters N: alone, the optimal tokens; with tokens, the predicted loss; e.g. 7e10")
                .number("tokens", "training tokens D: alone, the optimal parameters; with params, the loss; e.g. 1.4e12")
                .string("model", "catalog model whose parameters and training tokens to use, e.g. Chinchilla, GPT-3")
                .number("compute_multiple", "alone: how many times the compute budget grows, e.g. 10 (gives how many "
                        + "times the optimal N and D grow)")
                .oneOf("law", "which law; default chinchilla (20 tokens per parameter)", laws.toArray(String[]::new))
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(
                Signature.of("optimal").needs(Quantity.COMPUTE, "compute_flop")
                        .gives(Quantity.PARAMS, "/params").gives(Quantity.TOKENS, "/tokens").build(),
                Signature.of("tokens-for-params").needs(Quantity.PARAMS, "params")
                        .gives(Quantity.TOKENS, "/tokens")
                        .assuming("按 Chinchilla 计算最优比例取 D = 20·N", "D = 20·N, the Chinchilla compute-optimal ratio")
                        .build(),
                Signature.of("params-for-tokens").needs(Quantity.TOKENS, "tokens")
                        .gives(Quantity.PARAMS, "/params")
                        .assuming("按 Chinchilla 计算最优比例取 N = D/20", "N = D/20, the Chinchilla compute-optimal ratio")
                        .build(),
                Signature.of("growth").needs(Quantity.COMPUTE_MULTIPLE, "compute_multiple")
                        .gives(Quantity.PARAMS_MULTIPLE, "/params_multiple").gives(Quantity.TOKENS_MULTIPLE, "/tokens_multiple")
                        .build(),
                Signature.of("grown-params").needs(Quantity.COMPUTE_MULTIPLE, "compute_multiple").needs(Quantity.PARAMS, "params")
                        .gives(Quantity.OPTIMAL_PARAMS, "/optimal_params").build(),
                Signature.of("grown-tokens").needs(Quantity.COMPUTE_MULTIPLE, "compute_multiple").needs(Quantity.TOKENS, "tokens")
                        .gives(Quantity.OPTIMAL_TOKENS, "/optimal_tokens").build(),
                Signature.of("optimal-tokens").needs(Quantity.PARAMS, "params")
                        .gives(Quantity.OPTIMAL_TOKENS, "/tokens").gives(Quantity.OPTIMAL_COMPUTE, "/compute_flop").build(),
                Signature.of("loss").needs(Quantity.PARAMS, "params").needs(Quantity.TOKENS, "tokens")
                        .gives(Quantity.LOSS, "/loss").gives(Quantity.TOKENS_PER_PARAM, "/tokens_per_param")
                        .gives(Quantity.OPTIMAL_TOKENS, "/optimal_tokens").gives(Quantity.OPTIMAL_MULTIPLE, "/vs_optimal")
                        .gives(Quantity.OPTIMAL_PARAMS, "/same_compute_params").build());
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        ScalingLaw law = ScalingLaw.parse(a.text("law", ScalingLaw.CHINCHILLA.id()));
        List<Citation> citations = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("law", law.id()).put("law_label", law.label());
        double n = a.positive("params").orElse(Double.NaN);
        double d = a.positive("tokens").orElse(Double.NaN);
        String source = "user input";
        if (a.has("model") && (Double.isNaN(n) || Double.isNaN(d))) {
            ModelCard m = names.model(a.text("model").orElseThrow());
            citations.add(CatalogNames.cite(m.name(), m.source()));
            source = m.source();
            data.put("model", m.name());
            n = Double.isNaN(n) ? m.paramsPerToken() : n;
            if (Double.isNaN(d)) {
                d = m.trainingTokens().orElseThrow(() -> new IllegalArgumentException("the catalog has no training "
                        + "tokens for " + m.name() + "; give tokens, or give params alone for the optimal tokens"));
            }
        }
        if (a.has("compute_multiple")) {
            return growth(law, a.requiredPositive("compute_multiple", ""), n, d, data);
        }
        if (!Double.isNaN(n) && !Double.isNaN(d)) {
            return loss(law, n, d, source, data, citations);
        }
        if (a.has("compute_flop")) {
            return optimal(law, a.requiredPositive("compute_flop", ""), data, citations);
        }
        if (!Double.isNaN(n)) {
            return tokensForParams(law, n, data, citations);
        }
        if (!Double.isNaN(d)) {
            return paramsForTokens(law, d, data, citations);
        }
        throw new IllegalArgumentException("give compute_flop (for the optimal N and D), params or tokens alone (for "
                + "the other at the optimum), or params and tokens (or a catalog model) for the predicted loss");
    }

    private static ToolResult loss(ScalingLaw law, double n, double d, String source, ObjectNode data,
                                   List<Citation> citations) {
        List<Figure> figures = new ArrayList<>();
        Figure c = TrainingCompute.dense(n, d, source);
        Figure loss = law.loss(n, d);
        figures.add(c);
        figures.add(loss);
        // where the run sits against the law's optimum for its size: D ÷ N and D ÷ D_opt(N)
        Figure perParam = new Figure("tokens per parameter", d / n, "×", "D ÷ N", Figure.inputs("D", d, "N", n), source);
        Figure best = law.tokensForParams(n);
        Figure multiple = new Figure("multiple of the compute-optimal tokens", d / best.value(), "×", "D ÷ D_opt(N)",
                Figure.inputs("D", d, "D_opt", best.value()), best.source());
        // the size the law would have chosen for the same compute ("如果算力不变，最优应该训多大的模型")
        Figure sameCompute = law.optimal(c.value()).get(0);
        figures.add(perParam);
        figures.add(best);
        figures.add(multiple);
        figures.add(new Figure("compute-optimal tokens as a multiple of the actual", best.value() / d, "×", "D_opt(N) ÷ D",
                Figure.inputs("D_opt", best.value(), "D", d), best.source()));
        if (best.value() > d) {
            figures.add(new Figure("tokens short of the compute-optimal count", best.value() - d, "tokens", "D_opt(N) − D",
                    Figure.inputs("D_opt", best.value(), "D", d), best.source()));
        }
        figures.add(new Figure("compute-optimal parameters for the same compute", sameCompute.value(), sameCompute.unit(),
                sameCompute.formula(), Figure.inputs("C", c.value()), sameCompute.source()));
        data.put("mode", "loss").put("params", n).put("tokens", d).put("compute_flop", c.value())
                .put("loss", loss.value()).put("loss_fit", law.lossFitId()).put("loss_unit", "nats/token")
                .put("tokens_per_param", d / n).put("optimal_tokens", best.value()).put("vs_optimal", multiple.value())
                .put("same_compute_params", sameCompute.value());
        ArrayNode alts = data.putArray("alternatives");
        StringBuilder others = new StringBuilder();
        for (ScalingLaw alt : law.alternatives()) {
            if (alt.lossFitId().equals(law.lossFitId())) {
                continue; // the default's own loss already comes from this fit
            }
            Figure l = alt.loss(n, d);
            figures.add(alternative(l));
            alts.addObject().put("law", alt.id()).put("loss", l.value());
            others.append("; ").append(ALTERNATIVE).append(alt.id()).append(' ').append(fmt4(l.value()));
        }
        String summary = "N " + Formatting.num(n) + ", D " + Formatting.num(d) + ": loss " + fmt4(loss.value())
                + " nats/token (" + law.lossFitId() + " fit), C " + Formatting.num(c.value()) + " FLOP" + others;
        return new ToolResult(data, summary, figures, citations);
    }

    /**
     * "If the compute budget grows 10×, how should N and D grow?": the optimum at k·C over the optimum at C. The laws
     * are power laws in C, so the ratio does not depend on the C it is taken at (10²⁴ FLOP here).
     */
    private static ToolResult growth(ScalingLaw law, double k, double n0, double d0, ObjectNode data) {
        List<Figure> figures = new ArrayList<>();
        ArrayNode alts = data.putArray("alternatives");
        StringBuilder others = new StringBuilder();
        double[] mine = null;
        for (ScalingLaw l : java.util.stream.Stream.concat(java.util.stream.Stream.of(law), law.alternatives().stream()).toList()) {
            List<Figure> at = l.optimal(GROWTH_REFERENCE_FLOP);
            List<Figure> grown = l.optimal(k * GROWTH_REFERENCE_FLOP);
            double nf = grown.get(0).value() / at.get(0).value();
            double df = grown.get(1).value() / at.get(1).value();
            Figure n = new Figure("optimal parameters multiple", nf, "×", "N_opt(k·C) ÷ N_opt(C)",
                    Figure.inputs("k (compute multiple)", k, "law", l.id()), at.get(0).source());
            Figure d = new Figure("optimal tokens multiple", df, "×", "D_opt(k·C) ÷ D_opt(C)",
                    Figure.inputs("k (compute multiple)", k, "law", l.id()), at.get(1).source());
            if (mine == null) {
                mine = new double[]{nf, df};
                figures.add(n);
                figures.add(d);
            } else {
                figures.add(alternative(n));
                figures.add(alternative(d));
                alts.addObject().put("law", l.id()).put("params_multiple", nf).put("tokens_multiple", df);
                others.append("; ").append(ALTERNATIVE).append(l.id()).append(" N ×").append(Formatting.num(nf))
                        .append(", D ×").append(Formatting.num(df));
            }
        }
        data.put("mode", "growth").put("compute_multiple", k).put("params_multiple", mine[0]).put("tokens_multiple", mine[1]);
        String summary = "compute ×" + Formatting.num(k) + " → N ×" + Formatting.num(mine[0]) + ", D ×"
                + Formatting.num(mine[1]) + " (" + law.id() + ")" + others;
        // from a stated size (and data), the optimum it moves to
        if (!Double.isNaN(n0)) {
            figures.add(new Figure("compute-optimal parameters", n0 * mine[0], "parameter", "N' = N × N-multiple",
                    Figure.inputs("N", n0, "multiple", mine[0]), "user input"));
            data.put("optimal_params", n0 * mine[0]);
            summary += "; N " + Formatting.num(n0) + " → " + Formatting.num(n0 * mine[0]);
        }
        if (!Double.isNaN(d0)) {
            figures.add(new Figure("compute-optimal tokens", d0 * mine[1], "token", "D' = D × D-multiple",
                    Figure.inputs("D", d0, "multiple", mine[1]), "user input"));
            data.put("optimal_tokens", d0 * mine[1]);
            summary += "; D " + Formatting.num(d0) + " → " + Formatting.num(d0 * mine[1]);
        }
        return new ToolResult(data, summary, figures, List.of());
    }

    private static final double GROWTH_REFERENCE_FLOP = 1e24;

    private static ToolResult optimal(ScalingLaw law, double c, ObjectNode data, List<Citation> citations) {
        List<Figure> figures = new ArrayList<>(law.optimal(c));
        double n = figures.get(0).value();
        double d = figures.get(1).value();
        Figure loss = law.loss(n, d);
        figures.add(loss);
        data.put("mode", "optimal").put("compute_flop", c).put("params", n).put("tokens", d)
                .put("tokens_per_param", d / n).put("loss", loss.value()).put("loss_fit", law.lossFitId())
                .put("loss_unit", "nats/token");
        ArrayNode alts = data.putArray("alternatives");
        StringBuilder others = new StringBuilder();
        for (ScalingLaw alt : law.alternatives()) {
            List<Figure> o = alt.optimal(c);
            o.forEach(f -> figures.add(alternative(f)));
            double an = o.get(0).value();
            double ad = o.get(1).value();
            alts.addObject().put("law", alt.id()).put("params", an).put("tokens", ad).put("tokens_per_param", ad / an);
            others.append("; ").append(ALTERNATIVE).append(alt.id()).append(" N ").append(Formatting.num(an))
                    .append(", D ").append(Formatting.num(ad));
        }
        String summary = "C " + Formatting.num(c) + " FLOP → N " + Formatting.num(n) + ", D " + Formatting.num(d)
                + " (" + law.id() + ", " + String.format(Locale.ROOT, "%.1f", d / n) + " tokens/parameter), loss "
                + fmt4(loss.value()) + " nats/token (" + law.lossFitId() + " fit)" + others;
        return new ToolResult(data, summary, figures, citations);
    }

    private static ToolResult tokensForParams(ScalingLaw law, double n, ObjectNode data, List<Citation> citations) {
        Figure d = law.tokensForParams(n);
        return sizedPair(law, n, d.value(), d, "tokens_for_params", data, citations,
                alt -> alt.tokensForParams(n), "tokens");
    }

    private static ToolResult paramsForTokens(ScalingLaw law, double d, ObjectNode data, List<Citation> citations) {
        Figure n = law.paramsForTokens(d);
        return sizedPair(law, n.value(), d, n, "params_for_tokens", data, citations,
                alt -> alt.paramsForTokens(d), "params");
    }

    /** One of N and D given, the other from the law; the alternatives' value of the derived one beside it. */
    private static ToolResult sizedPair(ScalingLaw law, double n, double d, Figure derived, String mode,
                                        ObjectNode data, List<Citation> citations,
                                        Function<ScalingLaw, Figure> derive, String key) {
        List<Figure> figures = new ArrayList<>();
        figures.add(derived);
        Figure c = new Figure("training compute at the optimum", 6 * n * d, "FLOP", "C = 6 · N · D",
                Figure.inputs("N", n, "D", d), derived.source());
        figures.add(c);
        data.put("mode", mode).put("params", n).put("tokens", d).put("compute_flop", c.value())
                .put("tokens_per_param", d / n);
        ArrayNode alts = data.putArray("alternatives");
        StringBuilder others = new StringBuilder();
        for (ScalingLaw alt : law.alternatives()) {
            Figure f = derive.apply(alt);
            figures.add(alternative(f));
            alts.addObject().put("law", alt.id()).put(key, f.value());
            others.append("; ").append(ALTERNATIVE).append(alt.id()).append(' ').append(Formatting.num(f.value()));
        }
        String given = key.equals("tokens") ? "N " + Formatting.num(n) : "D " + Formatting.num(d);
        String summary = given + " → " + (key.equals("tokens") ? "D " + Formatting.num(d) : "N " + Formatting.num(n))
                + " (" + law.id() + ", " + String.format(Locale.ROOT, "%.1f", d / n) + " tokens/parameter), C "
                + Formatting.num(c.value()) + " FLOP" + others;
        return new ToolResult(data, summary, figures, citations);
    }

    private static Figure alternative(Figure f) {
        return new Figure(ALTERNATIVE + f.name(), f.value(), f.unit(), f.formula(), f.inputs(), f.source());
    }

    private static String fmt4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
