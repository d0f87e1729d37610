package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import zhiti.core.Citation;
import zhiti.agent.Tool;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.scaling.Chinchilla;
import zhiti.econ.scaling.Kaplan;
import zhiti.econ.training.TrainingCompute;

/**
 * Scaling laws: compute-optimal parameters and tokens for a budget with the predicted loss (Chinchilla fits), the
 * compute-efficient split of Kaplan et al., or the loss a given N and D reach.
 */
public final class ScalingLawTool implements Tool {

    private final CatalogNames names;

    public ScalingLawTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "scaling_law";
    }

    @Override
    public String description() {
        return "Scaling laws. With compute_flop: the compute-optimal parameters N and training tokens D (C = 6·N·D) and "
                + "the predicted loss in nats/token. With params and tokens (or a catalog model): the predicted loss "
                + "and the compute. law: chinchilla (Hoffmann et al. 2022, L = 1.69 + 406.4/N^0.34 + 410.7/D^0.28), "
                + "chinchilla_unrounded, epoch (Besiroglu et al. 2024 refit) or kaplan (Kaplan et al. 2020, "
                + "N ∝ C^0.73).";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("compute_flop", "training compute budget in FLOP, e.g. 1e24")
                .number("params", "parameters N (with tokens: predicted loss), e.g. 7e10")
                .number("tokens", "training tokens D (with params), e.g. 1.4e12")
                .string("model", "catalog model whose parameters and training tokens to use, e.g. Chinchilla, GPT-3")
                .oneOf("law", "which fit; default chinchilla", "chinchilla", "chinchilla_unrounded", "epoch", "kaplan")
                .build();
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        String law = a.lower("law", "chinchilla");
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("law", law);
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
                        + "tokens for " + m.name() + "; give tokens"));
            }
        }
        String summary;
        if (!Double.isNaN(n) && !Double.isNaN(d)) {
            data.put("mode", "loss");
            Figure c = TrainingCompute.dense(n, d, source);
            Figure loss = law.equals("kaplan") ? Kaplan.loss(n, d) : Chinchilla.loss(lossFit(law), n, d);
            figures.add(c);
            figures.add(loss);
            data.put("params", n).put("tokens", d).put("compute_flop", c.value()).put("loss", loss.value())
                    .put("loss_unit", "nats/token").put("tokens_per_param", d / n);
            summary = "N " + Formatting.num(n) + ", D " + Formatting.num(d) + ": loss " + String.format(
                    java.util.Locale.ROOT, "%.4f", loss.value()) + " nats/token (" + law + "), C " + Formatting.num(c.value()) + " FLOP";
        } else if (a.has("compute_flop")) {
            double c = a.requiredPositive("compute_flop", "");
            data.put("mode", "optimal").put("compute_flop", c);
            if (law.equals("kaplan")) {
                figures.addAll(Kaplan.computeEfficient(c, Kaplan.N_AT_ONE_PF_DAY));
                double kn = figures.get(0).value();
                double kd = figures.get(1).value();
                Figure loss = Kaplan.loss(kn, kd);
                figures.add(loss);
                data.put("params", kn).put("tokens", kd).put("loss", loss.value());
            } else {
                figures.addAll(Chinchilla.optimal(lossFit(law), c));
                data.put("params", figures.get(0).value()).put("tokens", figures.get(1).value())
                        .put("loss", figures.get(3).value());
            }
            data.put("loss_unit", "nats/token").put("tokens_per_param", data.get("tokens").asDouble() / data.get("params").asDouble());
            summary = "C " + Formatting.num(c) + " FLOP → N " + Formatting.num(data.get("params").asDouble()) + ", D "
                    + Formatting.num(data.get("tokens").asDouble()) + " (" + law + "), loss "
                    + String.format(java.util.Locale.ROOT, "%.4f", data.get("loss").asDouble()) + " nats/token";
        } else {
            throw new IllegalArgumentException("give compute_flop (for the optimal N and D) or params and tokens "
                    + "(or a catalog model) for the predicted loss");
        }
        return new ToolResult(data, summary, figures, citations);
    }

    private static Chinchilla.LossFit lossFit(String law) {
        return switch (law) {
            case "chinchilla" -> Chinchilla.HOFFMANN_ROUNDED;
            case "chinchilla_unrounded" -> Chinchilla.HOFFMANN_UNROUNDED;
            case "epoch" -> Chinchilla.BESIROGLU_2024;
            default -> throw new IllegalArgumentException("law must be chinchilla, chinchilla_unrounded, epoch or kaplan, got '"
                    + law + "'");
        };
    }
}
