package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.core.Figure;
import zhiti.agent.ToolSchema;
import zhiti.econ.arith.TargetYear;
import zhiti.econ.arith.TargetYear.Reach;
import zhiti.econ.units.CalendarDate;

/** The year a value growing (or falling) at a yearly rate from a dated start reaches a target. */
public final class TargetYearTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(Signature.of("target")
            .needs(Quantity.START_VALUE, "start_value").withUnitArg("unit")
            .needs(Quantity.START_DATE, "start_date")
            .needs(Quantity.RATE, "rate")
            .needs(Quantity.TARGET_VALUE, "target_value").withUnitArg("unit")
            .gives(Quantity.YEAR, "/year").gives(Quantity.PERIODS, "/years").build(),
            // "降到现在的千分之一，从 2024 年起算是哪一年": a multiple of today's value is a target from a start of 1
            Signature.of("factor").fixed("start_value", 1)
                    .needs(Quantity.START_DATE, "start_date")
                    .needs(Quantity.RATE, "rate")
                    .needs(Quantity.FACTOR, "target_value")
                    .gives(Quantity.YEAR, "/year").build());

    @Override
    public String name() {
        return ToolName.TARGET_YEAR.id();
    }

    @Override
    public String description() {
        return "When a value reaches a target at a constant yearly rate: years = ln(target ÷ start) ÷ ln(1 + r), "
                + "year = start date + years (a date counts from the start of its period: 2024 = 2024.0). Also "
                + "the first whole-year step at or past the target. Refuses targets already reached or never reached.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("start_value", "the value at start_date, positive, e.g. 100")
                .string("start_date", "when start_value holds: YYYY or YYYY-MM, e.g. 2024 or 2024-07")
                .number("rate", "yearly rate as a signed fraction above -1: 0.30 to grow, -0.30 to fall")
                .number("target_value", "the value to reach, positive, e.g. 1000")
                .string("unit", "the unit of start_value and target_value, e.g. USD (printed, not converted)")
                .required("start_value", "start_date", "rate", "target_value").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double start = a.number("start_value", "the value at start_date, e.g. 100");
        String written = a.args().text("start_date").orElseThrow(() -> new IllegalArgumentException(
                "missing start_date: when start_value holds, e.g. 2024 or 2024-07"));
        CalendarDate date = CalendarDate.parse(written);
        double rate = a.number("rate", "a yearly rate as a fraction, e.g. 0.30");
        double target = a.number("target_value", "the value to reach, e.g. 1000");
        String unit = a.unit("unit");
        Reach r = TargetYear.reach(start, date, rate, target, unit, Stated.SOURCE);
        ObjectNode data = Stated.data("target").put("year", r.year().value()).put("years", r.years().value())
                .put("calendar_year", r.calendarYear()).put("whole_years", r.wholeYears())
                .put("first_step_reached", r.firstStep()).put("start_date", date.toString())
                .put("start_value", start).put("target_value", target).put("rate", rate).put("unit", unit)
                .put("convention", TargetYear.CONVENTION);
        String summary = Stated.withUnit(start, unit) + " in " + date + " at " + Stated.signedPercent(rate)
                + " a year reaches " + Stated.withUnit(target, unit) + " after " + Stated.num(r.years().value())
                + " years, at " + String.format(Locale.ROOT, "%.2f", r.year().value()) + " (during "
                + r.calendarYear() + "); on yearly steps first at " + r.firstStep();
        List<Figure> figures = new java.util.ArrayList<>(List.of(r.years(), r.year()));
        if (written.strip().matches("\\d{4}")) {
            // values stated per year ("40 EFLOPS at the end of 2024"): the first of them at or past the target
            figures.add(new Figure("first year at or past the target", Double.parseDouble(r.firstStep()), "year",
                    "year = start year + ⌈years⌉", Figure.inputs("start year", written.strip(), "years", r.years().value()),
                    Stated.SOURCE));
        }
        return new ToolResult(data, summary, figures, List.of());
    }
}
