package zhiti.econ.arith;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;
import zhiti.econ.trend.GrowthRate;

/**
 * Doubling (or halving) time from a yearly rate, T = ln 2 ÷ ln(1 + r), or from a factor seen over a span of years,
 * T = span × ln 2 ÷ |ln factor|. A falling value's halving time is reported as a positive number of years with the
 * direction "halving", so "how long until it halves" and "how long until it doubles" read the same way.
 */
public final class DoublingTime {

    public static final String DOUBLING = "doubling";
    public static final String HALVING = "halving";

    private DoublingTime() {
    }

    /**
     * @param years     the doubling or halving time
     * @param direction {@link #DOUBLING} or {@link #HALVING}
     * @param rate      the yearly rate the time follows from (given, or implied by a factor)
     */
    public record Result(Figure years, String direction, Figure rate) {
    }

    /** From a yearly rate; the rate figure echoes the input so both modes return the same shape. */
    public static Result fromRate(double rate, String source) {
        Compounding.checkRate("rate", rate);
        if (rate == 0) {
            throw new IllegalArgumentException("rate must not be zero: a value that does not change never doubles "
                    + "or halves");
        }
        Figure r = new Figure("yearly rate", rate, "fraction/year", "given", Figure.inputs("r", rate), source);
        // GrowthRate already holds both formulas; a fall of 30% is its "decline" 0.30
        return rate > 0 ? new Result(GrowthRate.doublingTime(rate, source), DOUBLING, r)
                : new Result(GrowthRate.halvingTime(-rate, source), HALVING, r);
    }

    /** From a factor over {@code span} years (×16 in 4 years doubles every year); the implied rate comes with it. */
    public static Result fromFactor(double factor, double span, String source) {
        InputChecks.positive("factor", factor);
        InputChecks.positive("years_span", span);
        if (factor == 1) {
            throw new IllegalArgumentException("factor must not be 1: a value that did not change never doubles "
                    + "or halves");
        }
        var in = Figure.inputs("factor", factor, "span (years)", span);
        Figure t = new Figure(factor > 1 ? "doubling time" : "halving time",
                span * Math.log(2) / Math.abs(Math.log(factor)), "year", "T = span × ln 2 ÷ |ln factor|", in, source);
        Figure r = new Figure("implied yearly rate", Math.pow(factor, 1 / span) - 1, "fraction/year",
                "r = factor^(1 ÷ span) − 1", in, source);
        return new Result(t, factor > 1 ? DOUBLING : HALVING, r);
    }
}
