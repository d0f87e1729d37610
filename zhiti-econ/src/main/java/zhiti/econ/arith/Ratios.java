package zhiti.econ.arith;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Plain arithmetic on stated values: a ratio (what share one value is of another) and the change from a start value
 * to an end value (as a factor, a fraction and a difference). The unit of the stated values is carried into the
 * figures' input names so an answer can print "12 USD ÷ 48 USD".
 */
public final class Ratios {

    private Ratios() {
    }

    /** The three ways to state a change; they always go together so an answer can pick the one the question uses. */
    public record Change(Figure factor, Figure change, Figure difference) {
    }

    /** ratio = numerator ÷ denominator. Any signs are allowed; only a zero denominator is refused. */
    public static Figure ratio(double numerator, double denominator, String unit, String source) {
        finite("numerator", numerator);
        finite("denominator", denominator);
        if (denominator == 0) {
            throw new IllegalArgumentException("denominator must not be zero: a ratio to nothing is undefined; "
                    + "give the whole (or reference value) as the denominator");
        }
        return new Figure("ratio", numerator / denominator, "ratio", "ratio = numerator ÷ denominator",
                Figure.inputs(named("numerator", unit), numerator, named("denominator", unit), denominator), source);
    }

    /**
     * factor = end ÷ start, change = factor − 1, difference = end − start. A factor needs a positive start (a
     * "3× growth" from zero or from a negative value means nothing), and the end may fall to zero but not below.
     */
    public static Change change(double start, double end, String unit, String source) {
        finite("start value", start);
        finite("end value", end);
        if (!(start > 0)) {
            throw new IllegalArgumentException("start value must be positive for a factor or a percent change, got "
                    + start + "; for values that can be zero or negative only the difference end − start means "
                    + "anything, so compute that directly");
        }
        InputChecks.nonNegative("end value", end);
        var in = Figure.inputs(named("start", unit), start, named("end", unit), end);
        double factor = end / start;
        return new Change(
                new Figure("change factor", factor, "×", "factor = end ÷ start", in, source),
                new Figure("relative change", factor - 1, "fraction", "change = end ÷ start − 1", in, source),
                new Figure("difference", end - start, unit, "difference = end − start", in, source));
    }

    /** "start (USD)" when a unit was stated, else "start". */
    static String named(String what, String unit) {
        return unit == null || unit.isBlank() ? what : what + " (" + unit + ")";
    }

    static void finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }
}
