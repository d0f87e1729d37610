package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import zhiti.econ.arith.Ratios;
import zhiti.econ.units.Formats;

/**
 * numerator ÷ denominator, read both as a share (printed as %) and as a factor (printed as ×); or the other way
 * round, the part a share of a whole is.
 */
public final class RatioTool implements Tool {

    /** Each mode's arguments; the arguments given pick the mode. */
    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("share", List.of("numerator", "denominator"));
        MODES.put("part", List.of("whole", "share"));
        MODES.put("remainder", List.of("whole", "parts"));
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("share")
                    .needs(Quantity.PART, "numerator").withUnitArg("unit")
                    .needs(Quantity.WHOLE, "denominator").withUnitArg("denominator_unit")
                    .gives(Quantity.SHARE, "/share").gives(Quantity.FACTOR, "/factor").build(),
            Signature.of("part")
                    .needs(Quantity.WHOLE, "whole").withUnitArg("unit")
                    .needs(Quantity.SHARE, "share")
                    .gives(Quantity.PART, "/part").build(),
            Signature.of("remainder")
                    .needs(Quantity.WHOLE, "whole").withUnitArg("unit")
                    .needs(Quantity.PARTS, "parts")
                    .gives(Quantity.REMAINDER, "/part").gives(Quantity.REMAINDER_SHARE, "/share").build());

    @Override
    public String name() {
        return ToolName.RATIO.id();
    }

    @Override
    public String description() {
        return "Ratio of two stated values, numerator ÷ denominator: the share one is of the other (printed as a "
                + "percentage) or how many times larger it is (a factor). Both values in the same unit. Or whole + "
                + "share (a fraction, 0.15 for 15%): part = whole × share. Or whole + parts (an array): what is left, "
                + "whole − Σ parts, and its share of the whole.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("numerator", "the part, or the value compared, e.g. 12")
                .number("denominator", "the whole, or the value compared with, e.g. 48; not zero")
                .number("whole", "the whole a share is taken of, e.g. 9e10 (with share)")
                .number("share", "the share of whole as a fraction 0-1, e.g. 0.15 for 15% (with whole)")
                .string("unit", "the unit the values are stated in, e.g. USD, 万台 (printed, not converted)")
                .array("parts", "the other parts of whole, to find what is left, e.g. [244, 176, 182]", "number")
                .string("denominator_unit", "the denominator's unit when it differs (kWh ÷ person is kWh per person, "
                        + "not a share), e.g. person, GPU")
                .bool("larger_first", "divide the larger of the two by the smaller (\"which is faster, and how many times?\")")
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
        if (mode.equals("part")) {
            return part(a);
        }
        if (mode.equals("remainder")) {
            return remainder(a);
        }
        double n = a.number("numerator", "the part, e.g. 12");
        double d = a.number("denominator", "the whole, e.g. 48");
        boolean swapped = a.args().flag("larger_first") && Math.abs(n) < Math.abs(d);
        if (swapped) {
            double t = n;
            n = d;
            d = t;
        }
        String unit = a.unit("unit");
        String per = a.unit("denominator_unit");
        Figure r = Ratios.ratio(n, d, unit, Stated.SOURCE);
        if (!per.isEmpty() && !per.equals(unit)) {
            // values of different units divide into a rate per unit of the denominator, not a share
            r = new Figure((unit.isEmpty() ? "value" : unit) + " per " + per, r.value(),
                    (unit.isEmpty() ? "" : unit) + "/" + per, r.formula(), r.inputs(), r.source());
        }
        ObjectNode data = Stated.data("share").put("numerator", n).put("denominator", d).put("unit", unit).put("swapped", swapped)
                .put("share", r.value()).put("percent", 100 * r.value()).put("factor", r.value());
        String summary = Stated.withUnit(n, unit) + " ÷ " + Stated.withUnit(d, unit) + " = " + Stated.num(r.value())
                + " (" + Formats.percent(r.value()) + ", " + Stated.num(r.value()) + "×)";
        return new ToolResult(data, summary, List.of(r), List.of());
    }

    private static ToolResult remainder(Stated a) {
        double whole = a.number("whole", "the total, e.g. 676");
        List<Double> parts = a.numbers("parts", "the other parts, e.g. [244, 176, 182]");
        String unit = a.unit("unit");
        Figure rest = Ratios.remainder(whole, parts, unit, Stated.SOURCE);
        Figure share = Ratios.ratio(rest.value(), whole, unit, Stated.SOURCE);
        share = new Figure("remainder's share of the whole", share.value(), share.unit(), share.formula(), share.inputs(),
                share.source());
        ObjectNode data = Stated.data("remainder").put("part", rest.value()).put("whole", whole).put("share", share.value())
                .put("percent", 100 * share.value()).put("unit", unit);
        String summary = Stated.withUnit(whole, unit) + " − (" + String.join(" + ", parts.stream().map(Stated::num).toList())
                + ") = " + Stated.withUnit(rest.value(), unit) + ", " + Formats.percent(share.value()) + " of the whole";
        return new ToolResult(data, summary, List.of(rest, share), List.of());
    }

    private static ToolResult part(Stated a) {
        double whole = a.number("whole", "");
        double share = a.number("share", "");
        String unit = a.unit("unit");
        Figure p = Ratios.part(whole, share, unit, Stated.SOURCE);
        ObjectNode data = Stated.data("part").put("part", p.value()).put("whole", whole).put("share", share)
                .put("percent", 100 * share).put("unit", unit);
        String summary = Stated.withUnit(whole, unit) + " × " + Formats.percent(share) + " = "
                + Stated.withUnit(p.value(), unit);
        return new ToolResult(data, summary, List.of(p), List.of());
    }
}
