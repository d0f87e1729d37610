package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.arith.Compounding;

/** A yearly rate compounded over n years: the factor (1 + r)^n, and the end value when a start value is given. */
public final class CompoundTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("factor").needs(Quantity.RATE, "rate").needs(Quantity.PERIODS, "periods")
                    .gives(Quantity.FACTOR, "/factor").build(),
            Signature.of("value").needs(Quantity.START_VALUE, "start_value").withUnitArg("unit")
                    .needs(Quantity.RATE, "rate").needs(Quantity.PERIODS, "periods")
                    .gives(Quantity.END_VALUE, "/end_value").gives(Quantity.FACTOR, "/factor").build());

    @Override
    public String name() {
        return ToolName.COMPOUND.id();
    }

    @Override
    public String description() {
        return "Compound a yearly rate over n years: factor = (1 + r)^n; with start_value, end value = start × "
                + "(1 + r)^n. The rate is a signed fraction: 0.35 grows 35% a year, -0.30 falls 30% a year.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("rate", "yearly rate as a signed fraction above -1, e.g. 0.35 or -0.30")
                .number("periods", "number of years it compounds over, positive (fractions allowed), e.g. 5")
                .number("start_value", "optional value at the start, positive, e.g. 100 (gives the end value)")
                .string("unit", "the unit of start_value, e.g. USD (printed, not converted)")
                .required("rate", "periods").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double r = a.number("rate", "a yearly rate as a fraction, e.g. -0.30 for a 30% yearly fall");
        double n = a.number("periods", "years it compounds over, e.g. 5");
        String unit = a.unit("unit");
        List<Figure> figures = new ArrayList<>();
        Figure factor = Compounding.factor(r, n, Stated.SOURCE);
        figures.add(factor);
        boolean withValue = a.has("start_value");
        ObjectNode data = Stated.data(withValue ? "value" : "factor").put("rate", r).put("periods", n)
                .put("factor", factor.value());
        String summary = "(1 " + (r < 0 ? "− " : "+ ") + Stated.num(Math.abs(r)) + ")^" + Stated.num(n) + " = "
                + Stated.num(factor.value()) + "×";
        if (withValue) {
            double start = a.number("start_value", "the value at the start, e.g. 100");
            Figure end = Compounding.endValue(start, r, n, unit, Stated.SOURCE);
            figures.add(end);
            data.put("start_value", start).put("end_value", end.value()).put("unit", unit);
            summary = Stated.withUnit(start, unit) + " × " + summary + " = " + Stated.withUnit(end.value(), unit);
        }
        return new ToolResult(data, summary, figures, List.of());
    }
}
