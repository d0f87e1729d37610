package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.arith.Compounding;
import zhiti.econ.arith.Compounding.Combined;
import zhiti.econ.arith.Declines;

/**
 * Yearly rates that act together, combined by multiplying their factors: Π(1 + rᵢ) − 1, also said as a positive
 * combined decline (or growth).
 */
public final class CombineRatesTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(Signature.of("combine")
            .needs(Quantity.RATES, "rates")
            .gives(Quantity.RATE, "/rate").gives(Quantity.YEARLY_FACTOR, "/factor_per_year").build(),
            // "先砍 30%，又降 25%，再涨 10%：累计降了多少？": changes one after another, not rates of a year
            Signature.of("successive").fixed("successive", true)
                    .needs(Quantity.RATES, "rates")
                    .gives(Quantity.CHANGE, "/rate").build()); // a multiple asked is compounded over its years instead

    @Override
    public String name() {
        return ToolName.COMBINE_RATES.id();
    }

    @Override
    public String description() {
        return "Combine yearly rates that act at the same time (hardware cuts cost 53%/yr and algorithms 47%/yr): "
                + "factor per year = Π(1 + rᵢ), combined rate = factor − 1, e.g. (1 − 0.53)(1 − 0.47) = 0.2491, "
                + "a 75.1% yearly fall. Rates multiply; they do not add.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .array("rates", "yearly rates as signed fractions above -1, e.g. [-0.53, -0.47]", "number")
                .bool("successive", "true when the rates are changes one after another (a cut, then another), "
                        + "so the result is their cumulative change rather than a yearly rate; default false")
                .required("rates").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        List<Double> rates = a.numbers("rates", "yearly rates as fractions, e.g. [-0.53, -0.47]");
        Combined c = Compounding.combine(rates, Stated.SOURCE);
        if (a.args().flag("successive")) {
            return successive(rates, c);
        }
        ObjectNode data = Stated.data("combine").put("rate", c.rate().value())
                .put("factor_per_year", c.factor().value()).put("change_percent", 100 * c.rate().value());
        rates.forEach(data.putArray("rates")::add);
        String product = rates.stream().map(r -> "(1 " + (r < 0 ? "− " : "+ ") + Stated.num(Math.abs(r)) + ")")
                .collect(Collectors.joining(" × "));
        String summary = product + " = " + Stated.num(c.factor().value()) + " per year: "
                + Stated.signedPercent(c.rate().value()) + " a year combined";
        List<Figure> figures = new ArrayList<>(List.of(c.factor(), c.rate()));
        for (Figure m : Declines.ofCombined(c, Stated.SOURCE)) {
            boolean fall = c.factor().value() < 1;
            figures.add(m);
            data.put(fall ? "decline" : "growth", m.value());
            summary += " (" + (fall ? "a decline of " : "growth of ") + Stated.percent(m.value()) + " a year)";
        }
        return new ToolResult(data, summary, figures, List.of());
    }

    /** A fall is also given as a positive decline ("累计降了 42%"), as the question says it. */
    private static List<Figure> figures(Figure change, Figure factor) {
        if (change.value() >= 0) {
            return List.of(change, factor);
        }
        return List.of(change, new Figure("cumulative decline", -change.value(), "fraction", "decline = 1 − Π(1 + changeᵢ)",
                change.inputs(), change.source()), factor);
    }

    private static ToolResult successive(List<Double> rates, Combined c) {
        String product = rates.stream().map(r -> "(1 " + (r < 0 ? "− " : "+ ") + Stated.num(Math.abs(r)) + ")")
                .collect(Collectors.joining(" × "));
        Map<String, Object> in = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rates.size(); i++) {
            in.put("change " + (i + 1), rates.get(i));
        }
        Figure factor = new Figure("cumulative factor", c.factor().value(), "×", "factor = Π(1 + changeᵢ)", in, Stated.SOURCE);
        Figure change = new Figure("cumulative change", c.rate().value(), "fraction", "change = Π(1 + changeᵢ) − 1", in,
                Stated.SOURCE);
        ObjectNode data = Stated.data("successive").put("rate", c.rate().value()).put("factor_per_year", c.factor().value())
                .put("change_percent", 100 * c.rate().value());
        rates.forEach(data.putArray("rates")::add);
        return new ToolResult(data, product + " = " + Stated.num(c.factor().value()) + ": "
                + Stated.signedPercent(c.rate().value()) + " in all", figures(change, factor), List.of());
    }
}
