package zhiti.app.econ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.core.Figure;
import zhiti.econ.catalog.Series;
import zhiti.econ.trend.DatedValue;
import zhiti.econ.trend.GrowthRate;
import zhiti.econ.trend.YearSpan;

/** {@code zhiti econ trend}: CAGR or compound decline between two dated values, under a stated year convention. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Compound annual growth (or decline) between two dated points; the year count follows --years.",
                "Example: zhiti econ trend --from 1945=2e15 --to 2023-05=0.01 --years days-end",
                "From a catalog series: zhiti econ trend --series \"cost per GFLOPS 2022\" --from 1945 --to 2023-05 --years days-end",
                "(without --from/--to the series' first and last observed points; DATE=VALUE overrides the series' value)"})
public final class TrendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--series", paramLabel = "NAME",
            description = "catalog time series (cost per GFLOPS, bitcoin hash rate, battery cost, NEV share …)")
    String series;

    @Option(names = "--from", description = "start as DATE=VALUE, DATE = YYYY, YYYY-MM or YYYY-MM-DD; with --series DATE alone")
    String from;

    @Option(names = "--to", description = "end as DATE=VALUE; with --series DATE alone")
    String to;

    @Option(names = "--years", defaultValue = "calendar",
            description = "year convention: calendar (end year − start year), days-start | days-mid | days-end "
                    + "(exact days ÷ 365.25, partial dates at that point of their period), rows; default ${DEFAULT-VALUE}")
    String years;

    @Option(names = "--rows", defaultValue = "0", description = "table rows − 1 between the points (with --years rows)")
    int rows;

    @Option(names = "--periods", description = "override: compound over exactly this many periods")
    Double periods;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Series s = series == null ? null : CatalogInputs.series(series);
        DatedValue a = point("--from", from, s, true);
        DatedValue b = point("--to", to, s, false);
        String source = s == null ? "user input" : s.source();
        YearSpan span = YearSpan.parse(years);
        if (span.kind() == YearSpan.Kind.TABLE_ROWS && rows <= 0) {
            throw new IllegalArgumentException("--years rows needs --rows N (the number of table steps between the points)");
        }
        List<Figure> f = new ArrayList<>();
        if (periods != null) {
            f.add(GrowthRate.cagr(a.value(), b.value(), periods, source));
        } else if (b.value() < a.value()) {
            f.add(GrowthRate.decline(a, b, span, rows, source));
        } else {
            f.add(GrowthRate.cagr(a, b, span, rows, source));
        }
        double r = f.get(0).value() / 100;
        if (f.get(0).name().startsWith("compound annual decline")) {
            if (r > 0 && r < 1) {
                f.add(GrowthRate.halvingTime(r, source));
            }
        } else if (r > 0) {
            f.add(GrowthRate.doublingTime(r, source));
        }
        Map<String, Object> extra = new java.util.LinkedHashMap<>();
        extra.put("year_convention", periods != null ? periods + " periods (given)" : span.describe());
        if (s != null) {
            extra.put("series", s.name());
            extra.put("unit", s.unit());
            extra.put("from", a.printed() + "=" + a.value());
            extra.put("to", b.printed() + "=" + b.value());
        }
        EconOutput.print(spec, json, f, extra);
        return 0;
    }

    /** DATE=VALUE; with a series also DATE (its value there) or nothing (its first or last observed point). */
    private static DatedValue point(String option, String text, Series s, boolean first) {
        if (s == null) {
            if (text == null) {
                throw new IllegalArgumentException("give " + option + " DATE=VALUE, or --series NAME from the catalog");
            }
            return parse(option, text);
        }
        if (text == null) {
            List<Series.Point> obs = s.observed().isEmpty() ? s.points() : s.observed();
            return DatedValue.of(first ? obs.getFirst() : obs.getLast());
        }
        if (text.indexOf('=') > 0) {
            return parse(option, text);
        }
        return DatedValue.of(s.observedAt(text.trim()));
    }

    static DatedValue parse(String option, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(option + " must look like DATE=VALUE, e.g. 2021=350亿 or 2023-05=0.01; got '" + text + "'");
        }
        return DatedValue.of(text.substring(0, eq), EconOutput.number(option, text.substring(eq + 1)));
    }
}
