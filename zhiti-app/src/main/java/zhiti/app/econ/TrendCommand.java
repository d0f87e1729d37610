package zhiti.app.econ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.econ.Figure;
import zhiti.econ.trend.DatedValue;
import zhiti.econ.trend.GrowthRate;
import zhiti.econ.trend.YearSpan;

/** {@code zhiti econ trend}: CAGR or compound decline between two dated values, under a stated year convention. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Compound annual growth (or decline) between two dated points; the year count follows --years.",
                "Example: zhiti econ trend --from 1945=2e15 --to 2023-05=0.01 --years days-end"})
public final class TrendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, description = "start as DATE=VALUE, DATE = YYYY, YYYY-MM or YYYY-MM-DD")
    String from;

    @Option(names = "--to", required = true, description = "end as DATE=VALUE")
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
        DatedValue a = parse("--from", from);
        DatedValue b = parse("--to", to);
        YearSpan span = YearSpan.parse(years);
        if (span.kind() == YearSpan.Kind.TABLE_ROWS && rows <= 0) {
            throw new IllegalArgumentException("--years rows needs --rows N (the number of table steps between the points)");
        }
        List<Figure> f = new ArrayList<>();
        if (periods != null) {
            f.add(GrowthRate.cagr(a.value(), b.value(), periods, "user input"));
        } else if (b.value() < a.value()) {
            f.add(GrowthRate.decline(a, b, span, rows, "user input"));
        } else {
            f.add(GrowthRate.cagr(a, b, span, rows, "user input"));
        }
        double r = f.get(0).value() / 100;
        if (f.get(0).name().startsWith("compound annual decline")) {
            if (r > 0 && r < 1) {
                f.add(GrowthRate.halvingTime(r, "user input"));
            }
        } else if (r > 0) {
            f.add(GrowthRate.doublingTime(r, "user input"));
        }
        EconOutput.print(spec, json, f, Map.of("year_convention", periods != null ? periods + " periods (given)" : span.describe()));
        return 0;
    }

    static DatedValue parse(String option, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(option + " must look like DATE=VALUE, e.g. 2021=350亿 or 2023-05=0.01; got '" + text + "'");
        }
        return DatedValue.of(text.substring(0, eq), EconOutput.number(option, text.substring(eq + 1)));
    }
}
