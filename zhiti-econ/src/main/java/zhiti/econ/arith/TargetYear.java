package zhiti.econ.arith;

import java.time.LocalDate;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;
import zhiti.econ.units.CalendarDate;
import zhiti.econ.units.Formats;

/**
 * When a value V stated at a date grows (or falls) at a yearly rate r to a target T: years = ln(T ÷ V) ÷ ln(1 + r),
 * reached at the start date's decimal year + years. A date counts from the start of its period (2024 is 1 Jan 2024,
 * 2024-07 is 1 Jul 2024), and fractional years compound smoothly, V × (1 + r)^t. Questions that step once a year
 * ("which year's value first passes T") want the whole number of steps instead, so that is given as well.
 */
public final class TargetYear {

    public static final String CONVENTION = "a date counts from the start of its period (2024 = 1 Jan 2024 = "
            + "2024.0; 2024-07 = 1 Jul 2024 = 2024.496); between yearly steps the value compounds smoothly, "
            + "V × (1 + r)^t";

    private TargetYear() {
    }

    /**
     * @param years     fractional years from the start date to the crossing
     * @param year      the crossing as a decimal year
     * @param firstStep the first whole-year step from the start date at or past the target, at the start date's
     *                  precision ("2029", "2031-07")
     */
    public record Reach(Figure years, Figure year, int calendarYear, int wholeYears, String firstStep) {
    }

    public static Reach reach(double start, CalendarDate date, double rate, double target, String unit,
                              String source) {
        InputChecks.positive("start value", start);
        InputChecks.positive("target value", target);
        Compounding.checkRate("rate", rate);
        String v = Ratios.named("start", unit);
        String s = Formats.trimmed(start);
        String t = Formats.trimmed(target);
        if (target == start) {
            throw new IllegalArgumentException("the target is already reached: it equals the start value " + s
                    + " at " + date);
        }
        if (rate == 0) {
            throw new IllegalArgumentException("with a rate of 0 the value stays at " + s + " and never reaches " + t);
        }
        if ((target > start) != (rate > 0)) {
            throw new IllegalArgumentException("the target is never reached: the target " + t + " is "
                    + (target > start ? "above" : "below") + " the start value " + s + " but a rate of "
                    + Formats.trimmed(rate)
                    + " moves the value " + (rate > 0 ? "up" : "down") + ", away from it (it was passed before "
                    + date + " if the trend held earlier). For a " + (target > start ? "rise" : "fall")
                    + " give a " + (target > start ? "positive" : "negative") + " rate, e.g. "
                    + (target > start ? "0.30" : "−0.30"));
        }
        double years = Math.log(target / start) / Math.log1p(rate);
        var in = Figure.inputs(v, start, Ratios.named("target", unit), target, "r (per year)", rate);
        Figure yearsFigure = new Figure("years to reach the target", years, "year",
                "years = ln(T ÷ V) ÷ ln(1 + r)", in, source);
        double startYear = date.startYear();
        Figure yearFigure = new Figure("year the target is reached", startYear + years, "year",
                "year = start date (decimal year) + ln(T ÷ V) ÷ ln(1 + r)",
                Figure.inputs(v, start, "start date", date.toString(), "start (decimal year)", round4(startYear),
                        Ratios.named("target", unit), target, "r (per year)", rate, "convention", CONVENTION), source);
        int whole = (int) Math.ceil(years - 1e-9); // 3.0000000001 years is three steps, not four
        LocalDate step = date.start().plusYears(whole);
        String firstStep = new CalendarDate(step, date.granularity()).toString();
        return new Reach(yearsFigure, yearFigure, (int) Math.floor(startYear + years), whole, firstStep);
    }

    private static double round4(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
