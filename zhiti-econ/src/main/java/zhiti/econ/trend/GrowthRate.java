package zhiti.econ.trend;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Compound annual growth (CAGR) and compound annual decline between two dated points:
 * CAGR = (end ÷ start)^(1/years) − 1, decline = 1 − (end ÷ start)^(1/years). The number of years comes from an
 * explicit {@link YearSpan} convention, printed with every figure.
 */
public final class GrowthRate {

    private GrowthRate() {
    }

    /** CAGR in percent per year over an explicit number of compounding periods. */
    public static Figure cagr(double start, double end, double periods, String source) {
        InputChecks.positive("start value", start);
        InputChecks.positive("end value", end);
        InputChecks.positive("number of periods (years)", periods);
        double r = Math.pow(end / start, 1 / periods) - 1;
        return new Figure("compound annual growth rate", 100 * r, "%/year",
                "CAGR = (end ÷ start)^(1/years) − 1",
                Figure.inputs("start", start, "end", end, "years", periods), source);
    }

    /** CAGR between two dated points, the year count taken under {@code span}. */
    public static Figure cagr(DatedValue start, DatedValue end, YearSpan span, int rowSteps, String source) {
        double years = span.years(start, end, rowSteps);
        Figure f = cagr(start.value(), end.value(), years, source);
        return new Figure(f.name(), f.value(), f.unit(), f.formula(),
                Figure.inputs("start", start.value(), "start date", start.printed(), "end", end.value(),
                        "end date", end.printed(), "years", round(years, 4), "year convention", span.describe()),
                source);
    }

    /** Compound annual decline in percent per year (positive when the value falls). */
    public static Figure decline(DatedValue start, DatedValue end, YearSpan span, int rowSteps, String source) {
        InputChecks.positive("start value", start.value());
        InputChecks.positive("end value", end.value());
        double years = span.years(start, end, rowSteps);
        double d = 1 - Math.pow(end.value() / start.value(), 1 / years);
        return new Figure("compound annual decline since " + start.printed(), 100 * d, "%/year",
                "decline = 1 − (end ÷ start)^(1/years)",
                Figure.inputs("start", start.value(), "start date", start.printed(), "end", end.value(),
                        "end date", end.printed(), "years", round(years, 4), "year convention", span.describe()),
                source);
    }

    /** Years for a value to halve at a compound decline {@code d} (0-1): ln 2 ÷ −ln(1 − d). */
    public static Figure halvingTime(double decline, String source) {
        InputChecks.rate("annual decline", decline);
        InputChecks.positive("annual decline", decline);
        return new Figure("halving time", Math.log(2) / -Math.log(1 - decline), "year",
                "t½ = ln 2 ÷ −ln(1 − decline)", Figure.inputs("annual decline", decline), source);
    }

    /** Years for a value to double at compound growth {@code g} (> 0): ln 2 ÷ ln(1 + g). */
    public static Figure doublingTime(double growth, String source) {
        InputChecks.positive("annual growth", growth);
        return new Figure("doubling time", Math.log(2) / Math.log1p(growth), "year",
                "t₂ = ln 2 ÷ ln(1 + growth)", Figure.inputs("annual growth", growth), source);
    }

    /**
     * Decline from every row of a table to its last row, as a "since year X" table is built (seed 000 Table 7
     * from Table 6). {@code startIndices} picks the rows.
     */
    public static List<Figure> declinesToLast(List<DatedValue> rows, List<Integer> startIndices, YearSpan span,
                                              String source) {
        if (rows.size() < 2) {
            throw new IllegalArgumentException("need at least two dated rows, got " + rows.size());
        }
        int last = rows.size() - 1;
        List<Figure> out = new ArrayList<>();
        for (int i : startIndices) {
            if (i < 0 || i >= last) {
                throw new IllegalArgumentException("start row " + i + " must be between 0 and " + (last - 1));
            }
            out.add(decline(rows.get(i), rows.get(last), span, last - i, source));
        }
        return out;
    }

    static double round(double v, int digits) {
        double s = Math.pow(10, digits);
        return Math.round(v * s) / s;
    }
}
