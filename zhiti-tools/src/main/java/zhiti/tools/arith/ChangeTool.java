package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.econ.arith.Ratios;
import zhiti.econ.arith.Ratios.Change;

/** The change from a start value to an end value, as a factor, a percent change and a difference. */
public final class ChangeTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(Signature.of("change")
            .needs(Quantity.START_VALUE, "start_value").withUnitArg("unit")
            .needs(Quantity.END_VALUE, "end_value").withUnitArg("unit")
            .gives(Quantity.FACTOR, "/factor").gives(Quantity.CHANGE, "/change")
            .gives(Quantity.DIFFERENCE, "/difference").build());

    @Override
    public String name() {
        return ToolName.CHANGE.id();
    }

    @Override
    public String description() {
        return "Change between two stated values: factor = end ÷ start (\"16×\"), change = factor − 1 (\"+1,500%\", "
                + "\"−40%\") and difference = end − start. Not per year: for a yearly rate use trend_growth.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("start_value", "the earlier (or reference) value, positive, e.g. 100")
                .number("end_value", "the later value, zero or positive, e.g. 1600")
                .string("unit", "the unit both values are stated in, e.g. USD, GW (printed, not converted)")
                .required("start_value", "end_value").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double start = a.number("start_value", "the earlier value, e.g. 100");
        double end = a.number("end_value", "the later value, e.g. 1600");
        String unit = a.unit("unit");
        Change c = Ratios.change(start, end, unit, Stated.SOURCE);
        ObjectNode data = Stated.data("change").put("start_value", start).put("end_value", end).put("unit", unit)
                .put("factor", c.factor().value()).put("change", c.change().value())
                .put("change_percent", 100 * c.change().value()).put("difference", c.difference().value());
        String summary = Stated.withUnit(start, unit) + " → " + Stated.withUnit(end, unit) + ": "
                + Stated.num(c.factor().value()) + "×, " + Stated.signedPercent(c.change().value()) + ", "
                + (c.difference().value() >= 0 ? "+" : "") + Stated.withUnit(c.difference().value(), unit);
        return new ToolResult(data, summary, List.of(c.factor(), c.change(), c.difference()), List.of());
    }
}
