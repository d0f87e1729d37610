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
    /** The factor over a span and the yearly rate that a doubling (or halving) time implies. */
    public record Growth(Figure factor, Figure rate) {
    }

    /**
     * From a doubling time T over {@code span} years: factor = 2^(span ÷ T), rate = 2^(1 ÷ T) − 1 ("doubles every
     * 6 months" is ×4 a year, +300%). A halving time gives 2^(−span ÷ T) and a negative rate.
     */
    public static Growth grow(double years, boolean halving, double span, String source) {
        InputChecks.positive(halving ? "halving time (years)" : "doubling time (years)", years);
        InputChecks.positive("years_span", span);
        double sign = halving ? -1 : 1;
        String t = halving ? "−" : "";
        var in = Figure.inputs(halving ? "halving time (years)" : "doubling time (years)", years, "span (years)", span);
        return new Growth(new Figure("factor over the span", Math.pow(2, sign * span / years), "×",
                "factor = 2^(" + t + "span ÷ T)", in, source),
                new Figure("implied yearly rate", Math.pow(2, sign / years) - 1, "fraction/year",
                        "r = 2^(" + t + "1 ÷ T) − 1", in, source));
    }
}
