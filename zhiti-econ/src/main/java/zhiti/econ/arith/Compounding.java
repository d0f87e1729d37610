package zhiti.econ.arith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;
import zhiti.econ.units.CalendarDate;

/**
 * Yearly rates compounded over time and combined with each other. A rate is a signed fraction per year: +0.35 grows
 * 35% a year, −0.30 falls 30% a year. Successive rates that act together (hardware making compute cheaper and
 * algorithms needing less of it) multiply as factors: combined = Π(1 + rᵢ) − 1, not Σ rᵢ.
 */
public final class Compounding {

    public static final String DATE_SPAN_CONVENTION = "years = end date − start date, each counted from the start "
            + "of its period: bare years subtract (2032 − 2022 = 10 years); 2024-07 = 1 Jul 2024 = 2024.496";

    private Compounding() {
    }

    /** A combined rate and the factor per year it comes from. */
    public record Combined(Figure factor, Figure rate) {
    }

    /**
     * Refuses rates at or below −100% a year (nothing falls by more than all of it), the usual sign that a
     * percentage or a factor was sent where a fraction belongs.
     */
    public static double checkRate(String what, double rate) {
        if (!Double.isFinite(rate) || rate <= -1) {
            throw new IllegalArgumentException(what + " must be a fraction above −1 (a fall of 100% or more a year "
                    + "is impossible): write −0.30 for a 30% yearly fall, +0.35 for 35% growth; got " + rate);
        }
        return rate;
    }

    /** factor = (1 + r)^n over {@code periods} years (fractional years compound the same way). */
    public static Figure factor(double rate, double periods, String source) {
        checkRate("rate", rate);
        InputChecks.positive("periods (years)", periods);
        return new Figure("compound factor", Math.pow(1 + rate, periods), "×", "factor = (1 + r)^n",
                Figure.inputs("r (per year)", rate, "n (years)", periods), source);
    }

    /** The total growth a rising rate gives over n years, (1 + r)^n − 1: 6% a year for 10 years is +79.1%. */
    public static Figure growth(double rate, double periods, String source) {
        return new Figure("cumulative growth", factor(rate, periods, source).value() - 1, "fraction",
                "growth = (1 + r)^n − 1", Figure.inputs("r (per year)", rate, "n (years)", periods), source);
    }

    /** end = start × (1 + r)^n. */
    public static Figure endValue(double start, double rate, double periods, String unit, String source) {
        InputChecks.positive("start value", start);
        double factor = factor(rate, periods, source).value();
        return new Figure("value after " + trim(periods) + " years", start * factor, unit,
                "end = start × (1 + r)^n",
                Figure.inputs(Ratios.named("start", unit), start, "r (per year)", rate, "n (years)", periods), source);
    }

    /** start = end ÷ (1 + r)^n: the value n years earlier that compounds to {@code end}. */
    public static Figure startValue(double end, double rate, double periods, String unit, String source) {
        InputChecks.positive("end value", end);
        double factor = factor(rate, periods, source).value();
        return new Figure("value " + trim(periods) + " years earlier", end / factor, unit,
                "start = end ÷ (1 + r)^n",
                Figure.inputs(Ratios.named("end", unit), end, "r (per year)", rate, "n (years)", periods), source);
    }

    /**
     * The constant yearly rate that takes start to end in n years: r = (end ÷ start)^(1 ÷ n) − 1. A value that
     * falls to zero has no such rate (it would be −100% a year), so both values must be positive.
     */
    public static Figure impliedRate(double start, double end, double periods, String unit, String source) {
        InputChecks.positive("start value", start);
        if (!(end > 0)) {
            throw new IllegalArgumentException("end value must be positive for a yearly rate, got " + end + ": a "
                    + "value that falls to zero has no constant yearly rate; use the change between the values");
        }
        InputChecks.positive("periods (years)", periods);
        return new Figure("implied yearly rate", Math.pow(end / start, 1 / periods) - 1, "fraction/year",
                "r = (end ÷ start)^(1 ÷ n) − 1",
                Figure.inputs(Ratios.named("start", unit), start, Ratios.named("end", unit), end, "n (years)", periods),
                source);
    }

    /**
     * Years from one date to another, each counted from the start of its period: bare years subtract
     * (2032 − 2022 = 10), and 2024-07 is 2024.496. The end must come after the start.
     */
    public static Figure yearsBetween(CalendarDate start, CalendarDate end, String source) {
        double years = end.startYear() - start.startYear();
        if (!(years > 0)) {
            throw new IllegalArgumentException("the end date " + end + " must come after the start date " + start
                    + "; to go back in time from a later value, give end_value with periods instead");
        }
        return new Figure("years between the dates", years, "year", "n = end date − start date (decimal years)",
                Figure.inputs("start date", start.toString(), "end date", end.toString(), "convention",
                        DATE_SPAN_CONVENTION), source);
    }

    /** Rates applied together: factor = Π(1 + rᵢ), combined rate = factor − 1. */
    public static Combined combine(List<Double> rates, String source) {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("rates is empty: give at least one yearly rate, e.g. [-0.53, -0.47]");
        }
        Map<String, Object> in = new LinkedHashMap<>();
        double factor = 1;
        for (int i = 0; i < rates.size(); i++) {
            double r = checkRate("rates[" + i + "]", rates.get(i));
            in.put("r" + (i + 1), r);
            factor *= 1 + r;
        }
        return new Combined(new Figure("combined factor per year", factor, "×/year", "factor = Π(1 + rᵢ)", in, source),
                new Figure("combined rate", factor - 1, "fraction/year", "combined = Π(1 + rᵢ) − 1", in, source));
    }

    /** k orders of magnitude a year is a factor of 10^k a year: r = 10^k − 1 (negative k: a fall). */
    public static Figure rateFromOrdersOfMagnitude(double oomPerYear, String source) {
        Ratios.finite("orders of magnitude per year", oomPerYear);
        if (oomPerYear == 0) {
            throw new IllegalArgumentException("oom_per_year must not be zero: a value that does not change "
                    + "never doubles or halves");
        }
        return new Figure("rate from orders of magnitude", Math.pow(10, oomPerYear) - 1, "fraction/year",
                "r = 10^k − 1", Figure.inputs("k (orders of magnitude per year)", oomPerYear), source);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
