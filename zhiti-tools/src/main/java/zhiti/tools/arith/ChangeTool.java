package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.arith.Compounding;
import zhiti.econ.arith.Declines;
import zhiti.econ.arith.Ratios;
import zhiti.econ.arith.Ratios.Change;

/**
 * The change from a start value to an end value (factor, percent change, difference, and over n years the yearly
 * rate), a change applied to a start value, and a change or factor undone from an end value. A fall is also said
 * as a positive decline and the factor it fell by, so an answer reads naturally either way.
 */
public final class ChangeTool implements Tool {

    /** Each mode's arguments; the arguments given pick the mode. */
    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("change", List.of("start_value", "end_value"));
        MODES.put("apply", List.of("start_value", "change"));
        MODES.put("inverse", List.of("end_value", "change"));
        MODES.put("inverse-factor", List.of("end_value", "factor"));
        MODES.put("rate", List.of("start_value", "end_value", "periods"));
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("change")
                    .needs(Quantity.START_VALUE, "start_value").withUnitArg("unit")
                    .needs(Quantity.END_VALUE, "end_value").withUnitArg("unit")
                    .gives(Quantity.FACTOR, "/factor").gives(Quantity.CHANGE, "/change")
                    .gives(Quantity.DIFFERENCE, "/difference").build(),
            Signature.of("apply")
                    .needs(Quantity.START_VALUE, "start_value").withUnitArg("unit")
                    .needs(Quantity.CHANGE, "change")
                    .gives(Quantity.END_VALUE, "/end_value").build(),
            Signature.of("inverse")
                    .needs(Quantity.END_VALUE, "end_value").withUnitArg("unit")
                    .needs(Quantity.CHANGE, "change")
                    .gives(Quantity.START_VALUE, "/start_value").build(),
            Signature.of("inverse-factor")
                    .needs(Quantity.END_VALUE, "end_value").withUnitArg("unit")
                    .needs(Quantity.FACTOR, "factor")
                    .gives(Quantity.START_VALUE, "/start_value").build(),
            Signature.of("rate")
                    .needs(Quantity.START_VALUE, "start_value").withUnitArg("unit")
                    .needs(Quantity.END_VALUE, "end_value").withUnitArg("unit")
                    .needs(Quantity.PERIODS, "periods")
                    .gives(Quantity.RATE, "/rate").gives(Quantity.FACTOR, "/factor").build());

    @Override
    public String name() {
        return ToolName.CHANGE.id();
    }

    @Override
    public String description() {
        return "Change between stated values. start_value + end_value: factor = end ÷ start (\"16×\"), change = "
                + "factor − 1 (\"−40%\"), difference = end − start; with periods (years) also the yearly rate "
                + "(end ÷ start)^(1/n) − 1. start_value + change: end = start × (1 + change). end_value + change: "
                + "start = end ÷ (1 + change) (\"fell 14% to 139\"). end_value + factor: start = end ÷ factor. "
                + "Changes are signed fractions (−0.92 = fell 92%); a fall is also given as a positive decline.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("start_value", "the earlier (or reference) value, positive, e.g. 100")
                .number("end_value", "the later value, zero or positive, e.g. 1600")
                .number("change", "a change as a signed fraction: -0.92 fell 92%, 0.35 rose 35%")
                .number("factor", "how many times the start the end value is, positive, e.g. 4.5 (with end_value)")
                .number("periods", "years from start to end, positive, e.g. 6 (gives the yearly rate)")
                .string("unit", "the unit the values are stated in, e.g. USD, GW (printed, not converted)")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        String mode = a.mode(MODES);
        String unit = a.unit("unit");
        List<Figure> figures = new ArrayList<>();
        double start;
        double end;
        String summary;
        switch (mode) {
            case "apply" -> {
                start = a.number("start_value", "");
                double change = a.number("change", "");
                Figure e = Ratios.applyChange(start, change, unit, Stated.SOURCE);
                figures.add(e);
                end = e.value();
                summary = Stated.withUnit(start, unit) + " × (1 " + (change < 0 ? "− " : "+ ")
                        + Stated.num(Math.abs(change)) + ") = " + Stated.withUnit(end, unit);
            }
            case "inverse" -> {
                end = a.number("end_value", "");
                double change = a.number("change", "");
                Figure s = Ratios.startFromChange(end, change, unit, Stated.SOURCE);
                figures.add(s);
                start = s.value();
                summary = Stated.withUnit(end, unit) + " ÷ (1 " + (change < 0 ? "− " : "+ ")
                        + Stated.num(Math.abs(change)) + ") = " + Stated.withUnit(start, unit) + " before the change";
            }
            case "inverse-factor" -> {
                end = a.number("end_value", "");
                double factor = a.number("factor", "");
                Figure s = Ratios.startFromFactor(end, factor, unit, Stated.SOURCE);
                figures.add(s);
                start = s.value();
                summary = Stated.withUnit(end, unit) + " ÷ " + Stated.num(factor) + " = "
                        + Stated.withUnit(start, unit) + " before the change";
            }
            default -> { // change and rate
                start = a.number("start_value", "");
                end = a.number("end_value", "");
                Change c = Ratios.change(start, end, unit, Stated.SOURCE);
                figures.addAll(List.of(c.factor(), c.change(), c.difference()));
                summary = Stated.withUnit(start, unit) + " → " + Stated.withUnit(end, unit) + ": "
                        + Stated.num(c.factor().value()) + "×, " + Stated.signedPercent(c.change().value()) + ", "
                        + (unit.equals("fraction") ? Stated.points(c.difference().value())
                        : (c.difference().value() >= 0 ? "+" : "") + Stated.withUnit(c.difference().value(), unit));
            }
        }
        ObjectNode data = Stated.data(mode).put("start_value", start).put("end_value", end).put("unit", unit)
                .put("factor", end / start).put("change", end / start - 1)
                .put("change_percent", 100 * (end / start - 1)).put("difference", end - start);
        if (mode.equals("rate")) {
            summary += "; " + yearly(a.number("periods", ""), start, end, unit, figures, data);
        }
        List<Figure> fall = Declines.ofChange(start, end, unit, Stated.SOURCE);
        figures.addAll(fall);
        if (!fall.isEmpty()) {
            data.put("decline", fall.get(0).value());
            if (fall.size() > 1 && fall.get(1).unit().equals("×")) {
                data.put("fall_factor", fall.get(1).value());
            }
        }
        return new ToolResult(data, summary + Stated.fell(fall), figures, List.of());
    }

    /** The yearly rate over n years (and for a fall the yearly decline), added to figures and data. */
    private static String yearly(double periods, double start, double end, String unit, List<Figure> figures,
                                 ObjectNode data) {
        Figure rate = Compounding.impliedRate(start, end, periods, unit, Stated.SOURCE);
        figures.add(rate);
        data.put("periods", periods).put("rate", rate.value()).put("rate_percent", 100 * rate.value())
                .put("factor_per_year", 1 + rate.value());
        String text = Stated.signedPercent(rate.value()) + " a year over " + Stated.num(periods) + " years";
        List<Figure> decline = Declines.perYear(start, end, periods, unit, Stated.SOURCE);
        if (!decline.isEmpty()) {
            figures.addAll(decline);
            data.put("decline_per_year", decline.get(0).value());
            text += " (declined " + Stated.percent(decline.get(0).value()) + " a year)";
        }
        return text;
    }
}
