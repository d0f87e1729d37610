package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import zhiti.core.Citation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.catalog.Series;
import zhiti.econ.trend.DatedValue;
import zhiti.econ.trend.GrowthRate;
import zhiti.econ.trend.YearSpan;

/** Compound annual growth (CAGR) or decline between two dated values, with the year convention stated. */
public final class TrendGrowthTool implements Tool {

    private final CatalogNames names;

    public TrendGrowthTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.TREND_GROWTH.id();
    }

    @Override
    public String description() {
        return "Compound annual growth rate, CAGR = (end ÷ start)^(1/years) − 1, or compound annual decline = "
                + "1 − (end ÷ start)^(1/years), in % per year, plus the doubling or halving time in years. Give a "
                + "catalog series (first and last observed points, or start_date/end_date within it) or start_value, "
                + "start_date, end_value, end_date. The year count follows convention: calendar (end year − start "
                + "year; the default, or days-start when both given dates have a month), days-start/days-mid/days-end (exact days ÷ 365.25 with partial dates at the start, middle or "
                + "end of their period), or rows (table rows − 1, give row_steps).";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("series", "catalog time series, e.g. cost per GFLOPS, bitcoin hash rate, battery cost")
                .number("start_value", "value at the start (in the series' unit when overriding)")
                .string("start_date", "start date YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1945 or 2007-08")
                .number("end_value", "value at the end")
                .string("end_date", "end date YYYY, YYYY-MM or YYYY-MM-DD")
                .oneOf("convention", "how the years between the dates are counted; default calendar (days-start when both stated dates have months)",
                        "calendar", "days-start", "days-mid", "days-end", "rows")
                .integer("row_steps", "with convention rows: table rows between the two points (periods)")
                .oneOf("direction", "growth (CAGR), decline, or auto (decline when the value falls); default auto",
                        "growth", "decline", "auto")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(
                rates(Signature.of("series").needs(Quantity.SERIES, "series")
                        .overrides(Quantity.START_DATE, "start_date").overrides(Quantity.END_DATE, "end_date")),
                rates(Signature.of("values").needs(Quantity.START_VALUE, "start_value")
                        .needs(Quantity.START_DATE, "start_date").needs(Quantity.END_VALUE, "end_value")
                        .needs(Quantity.END_DATE, "end_date")));
    }

    private static Signature rates(Signature.Builder b) {
        return b.gives(Quantity.RATE, "/rate_per_year").gives(Quantity.FACTOR, "/factor")
                .gives(Quantity.PERIODS, "/years").gives(Quantity.YEARLY_FACTOR, "/yearly_multiple").build();
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        DatedValue start;
        DatedValue end;
        String source = "user input";
        String unit = "";
        if (a.has("series")) {
            Series s = names.series(a.text("series").orElseThrow());
            citations.add(CatalogNames.cite(s.name(), s.source()));
            source = s.source();
            unit = s.unit();
            start = a.has("start_date") ? DatedValue.of(s.observedAt(a.text("start_date").orElseThrow()))
                    : DatedValue.of(s.observed().getFirst());
            end = a.has("end_date") ? DatedValue.of(s.observedAt(a.text("end_date").orElseThrow()))
                    : DatedValue.of(s.observed().getLast());
            data.put("series", s.name()).put("unit", unit);
        } else {
            start = DatedValue.of(required(a, "start_date"), a.requiredPositive("start_value", "the value at start_date"));
            end = DatedValue.of(required(a, "end_date"), a.requiredPositive("end_value", "the value at end_date"));
        }
        // explicit values override the series' values at those dates
        if (a.has("series") && a.has("start_value")) {
            start = new DatedValue(start.date(), start.precision(), a.requiredPositive("start_value", ""), start.label());
        }
        if (a.has("series") && a.has("end_value")) {
            end = new DatedValue(end.date(), end.precision(), a.requiredPositive("end_value", ""), end.label());
        }
        // two stated dates with their months ("2023-06" to "2024-12") span 1.5 years, not the calendar-year 1
        boolean monthly = !a.has("series") && start.precision() != DatedValue.DatePrecision.YEAR
                && end.precision() != DatedValue.DatePrecision.YEAR;
        String convention = a.lower("convention", monthly ? "days-start" : "calendar");
        YearSpan span = YearSpan.parse(convention);
        int rows = a.positiveInt("row_steps", 0);
        if (span.kind() == YearSpan.Kind.TABLE_ROWS && rows == 0) {
            throw new IllegalArgumentException("convention rows needs row_steps (the number of periods between the points)");
        }
        String direction = a.lower("direction", "auto");
        boolean decline = switch (direction) {
            case "growth" -> false;
            case "decline" -> true;
            case "auto" -> end.value() < start.value();
            default -> throw new IllegalArgumentException("direction must be growth, decline or auto, got '" + direction + "'");
        };
        List<Figure> figures = new ArrayList<>();
        Figure rate = decline ? GrowthRate.decline(start, end, span, rows, source)
                : GrowthRate.cagr(start, end, span, rows, source);
        figures.add(rate);
        double years = span.years(start, end, rows);
        data.put("mode", decline ? "decline" : "growth").put("rate_percent_per_year", rate.value())
                .put("start_date", start.printed()).put("start_value", start.value())
                .put("end_date", end.printed()).put("end_value", end.value()).put("years", years)
                .put("ratio", end.value() / start.value()).put("convention", span.describe());
        if (rate.value() > 0) {
            Figure t = decline ? GrowthRate.halvingTime(rate.value() / 100, source)
                    : GrowthRate.doublingTime(rate.value() / 100, source);
            figures.add(t);
            data.put(decline ? "halving_time_years" : "doubling_time_years", t.value());
        }
        figures.addAll(signedRate(data, start, end, years, span, source));
        String summary = String.format(java.util.Locale.ROOT, "%s %.2f%%/year from %s to %s (%s years, %s)",
                decline ? "compound decline" : "CAGR", rate.value(), start.printed(), end.printed(),
                Formatting.plain(years), convention) + (unit.isEmpty() ? "" : "; unit " + unit);
        return new ToolResult(data, summary, figures, citations);
    }

    /**
     * The direction-free view a planner chains on: the factor end ÷ start, the years, and the signed yearly rate
     * factor^(1/years) − 1 (+0.35 grows 35% a year, −0.30 falls 30%), whichever way the percentage above is quoted.
     */
    private static List<Figure> signedRate(ObjectNode data, DatedValue start, DatedValue end, double years,
                                           YearSpan span, String source) {
        double factor = end.value() / start.value();
        double rate = Math.pow(factor, 1 / years) - 1;
        data.put("rate_per_year", rate).put("factor", factor).put("yearly_multiple", 1 + rate);
        List<Figure> out = new java.util.ArrayList<>(List.of(
                new Figure("annual rate of change", rate, "fraction/year",
                        "rate = (end ÷ start)^(1/years) − 1 (+ growth, − decline)",
                        Figure.inputs("end ÷ start", factor, "years", years), source),
                new Figure("change factor " + start.printed() + "–" + end.printed(), factor, "×", "factor = end ÷ start",
                        Figure.inputs("start", start.value(), "end", end.value()), source),
                new Figure("years " + start.printed() + "–" + end.printed(), years, "year", span.describe(),
                        Figure.inputs("start", start.printed(), "end", end.printed()), source),
                new Figure("yearly multiple", 1 + rate, "×", "yearly multiple = (end ÷ start)^(1/years)",
                        Figure.inputs("end ÷ start", factor, "years", years), source)));
        if (factor < 1 && factor > 0) {
            // a fall reads as "fell by a factor of 2e17", not as "×5e-18"
            out.add(new Figure("fall factor " + start.printed() + "–" + end.printed(), 1 / factor, "×",
                    "fall factor = start ÷ end", Figure.inputs("start", start.value(), "end", end.value()), source));
        }
        return out;
    }

    private static String required(ToolArgs a, String key) {
        return a.text(key).orElseThrow(() -> new IllegalArgumentException("give " + key
                + " (YYYY, YYYY-MM or YYYY-MM-DD), or a catalog series"));
    }
}
