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
import zhiti.econ.units.CalendarDate;

/**
 * A yearly rate compounded over n years: the factor (1 + r)^n, the end value from a start value (over n years or
 * between two dates), or the start value back from an end value. A falling rate also gives the share that remains
 * and the total decline.
 */
public final class CompoundTool implements Tool {

    /** Each mode's arguments; the arguments given pick the mode. */
    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("factor", List.of("rate", "periods"));
        MODES.put("value", List.of("start_value", "rate", "periods"));
        MODES.put("start", List.of("end_value", "rate", "periods"));
        MODES.put("value-dates", List.of("start_value", "start_date", "rate", "end_date"));
        MODES.put("periods", List.of("rate", "factor"));
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("periods").needs(Quantity.RATE, "rate").needs(Quantity.FACTOR, "factor")
                    .gives(Quantity.PERIODS, "/periods").build(),
            Signature.of("factor").needs(Quantity.RATE, "rate").needs(Quantity.PERIODS, "periods")
                    .gives(Quantity.FACTOR, "/factor").gives(Quantity.CHANGE, "/change").build(),
            Signature.of("yearly").needs(Quantity.RATE, "rate").fixed("periods", 1)
                    .gives(Quantity.YEARLY_FACTOR, "/factor").build(),
            Signature.of("value").needs(Quantity.START_VALUE, "start_value").withUnitArg("unit")
                    .needs(Quantity.RATE, "rate").needs(Quantity.PERIODS, "periods")
                    .gives(Quantity.END_VALUE, "/end_value").gives(Quantity.FACTOR, "/factor").build(),
            Signature.of("start").needs(Quantity.END_VALUE, "end_value").withUnitArg("unit")
                    .needs(Quantity.RATE, "rate").needs(Quantity.PERIODS, "periods")
                    .gives(Quantity.START_VALUE, "/start_value").build(),
            Signature.of("value-dates").needs(Quantity.START_VALUE, "start_value").withUnitArg("unit")
                    .needs(Quantity.START_DATE, "start_date").needs(Quantity.RATE, "rate")
                    .needs(Quantity.END_DATE, "end_date")
                    .gives(Quantity.END_VALUE, "/end_value").gives(Quantity.FACTOR, "/factor")
                    .gives(Quantity.PERIODS, "/periods").build());

    @Override
    public String name() {
        return ToolName.COMPOUND.id();
    }

    @Override
    public String description() {
        return "Compound a yearly rate over n years: factor = (1 + r)^n; with start_value, end value = start × "
                + "(1 + r)^n; with end_value instead, start = end ÷ (1 + r)^n; with start_date and end_date in "
                + "place of periods, n = end date − start date (2032 − 2022 = 10). The rate is a signed fraction: "
                + "0.35 grows 35% a year, -0.30 falls 30% a year.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("rate", "yearly rate as a signed fraction above -1, e.g. 0.35 or -0.30")
                .number("periods", "number of years it compounds over, positive (fractions allowed), e.g. 5")
                .number("factor", "with rate alone: the multiple to reach (10 for ten times, 0.1 for a tenth); the "
                        + "years it takes come back")
                .number("start_value", "value at the start, positive, e.g. 100 (gives the end value)")
                .number("end_value", "value at the end, positive, e.g. 1600 (gives the start value instead)")
                .string("start_date", "when start_value holds, instead of periods: YYYY or YYYY-MM, e.g. 2022")
                .string("end_date", "the date to compound to, with start_date: YYYY or YYYY-MM, e.g. 2032")
                .string("unit", "the unit of start_value or end_value, e.g. USD (printed, not converted)")
                .required("rate").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        String mode = a.mode(MODES);
        double r = a.number("rate", "a yearly rate as a fraction, e.g. -0.30 for a 30% yearly fall");
        if (mode.equals("periods")) {
            return periods(a, r);
        }
        String unit = a.unit("unit");
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = Stated.data(mode).put("rate", r);
        double n;
        String span = "";
        if (mode.equals("value-dates")) {
            CalendarDate from = date(a, "start_date", "when start_value holds, e.g. 2022");
            CalendarDate to = date(a, "end_date", "the date to compound to, e.g. 2032");
            Figure years = Compounding.yearsBetween(from, to, Stated.SOURCE);
            figures.add(years);
            n = years.value();
            data.put("start_date", from.toString()).put("end_date", to.toString())
                    .put("convention", Compounding.DATE_SPAN_CONVENTION);
            span = from + " → " + to + " = " + Stated.num(n) + " years; ";
        } else {
            n = a.number("periods", "years it compounds over, e.g. 5");
        }
        Figure factor = Compounding.factor(r, n, Stated.SOURCE);
        figures.add(0, factor);
        data.put("periods", n).put("factor", factor.value()).put("change", factor.value() - 1);
        if (r > 0 && mode.equals("factor")) {
            figures.add(Compounding.growth(r, n, Stated.SOURCE)); // "what's the cumulative growth?"
        }
        String power = "(1 " + (r < 0 ? "− " : "+ ") + Stated.num(Math.abs(r)) + ")^" + Stated.num(n) + " = "
                + Stated.num(factor.value()) + "×";
        String summary = span + power;
        if (mode.equals("value") || mode.equals("value-dates")) {
            double start = a.number("start_value", "the value at the start, e.g. 100");
            Figure end = Compounding.endValue(start, r, n, unit, Stated.SOURCE);
            figures.add(end);
            data.put("start_value", start).put("end_value", end.value()).put("unit", unit);
            summary = span + Stated.withUnit(start, unit) + " × " + power + " = " + Stated.withUnit(end.value(), unit);
        } else if (mode.equals("start")) {
            double end = a.number("end_value", "the value at the end, e.g. 1600");
            Figure start = Compounding.startValue(end, r, n, unit, Stated.SOURCE);
            figures.add(start);
            data.put("start_value", start.value()).put("end_value", end).put("unit", unit);
            summary = Stated.withUnit(end, unit) + " ÷ " + power + " = " + Stated.withUnit(start.value(), unit)
                    + " at the start";
        }
        List<Figure> fall = Declines.ofCompounding(r, n, Stated.SOURCE);
        if (!fall.isEmpty()) {
            figures.addAll(fall);
            data.put("remaining_share", fall.get(0).value()).put("decline", fall.get(1).value());
            summary += "; " + Stated.percent(fall.get(0).value()) + " remains, a decline of "
                    + Stated.percent(fall.get(1).value());
        }
        return new ToolResult(data, summary, figures, List.of());
    }

    /** "At 30% a year, how many years until it is 10× better?": n = ln(factor) ÷ ln(1 + r). */
    private static ToolResult periods(Stated a, double r) {
        double f = a.positive("factor", "the multiple to reach, e.g. 10 for ten times");
        if (r <= -1 || r == 0 || (f > 1) != (r > 0) || f == 1) {
            throw new IllegalArgumentException("a rate of " + Stated.percent(r) + " a year never makes ×" + Stated.num(f)
                    + ": growth is needed for a factor above 1, decline for one below 1");
        }
        double n = Math.log(f) / Math.log(1 + r);
        Figure years = new Figure("years to change by ×" + Stated.num(f), n, "years", "n = ln(factor) ÷ ln(1 + rate)",
                Figure.inputs("factor", f, "rate per year", r), Stated.SOURCE);
        ObjectNode data = Stated.data("periods").put("rate", r).put("factor", f).put("periods", n);
        return new ToolResult(data, "ln(" + Stated.num(f) + ") ÷ ln(1 " + (r < 0 ? "− " : "+ ") + Stated.num(Math.abs(r))
                + ") = " + Stated.num(n) + " years", List.of(years), List.of());
    }

    private static CalendarDate date(Stated a, String key, String hint) {
        return CalendarDate.parse(a.args().text(key).orElseThrow(() ->
                new IllegalArgumentException("missing " + key + ": " + hint)));
    }
}
