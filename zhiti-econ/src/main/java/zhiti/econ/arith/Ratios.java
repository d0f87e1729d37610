package zhiti.econ.arith;

import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Plain arithmetic on stated values: a ratio (what share one value is of another), a part from a whole and a share,
 * the change from a start value to an end value (as a factor, a fraction and a difference), and a change applied
 * forwards or undone. The unit of the stated values is carried into the
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

    /** part = whole × share: "a 15% share of a $90B market". A share is a fraction of the whole, so 0 to 1. */
    public static Figure part(double whole, double share, String unit, String source) {
        finite("whole", whole);
        finite("share", share);
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be a fraction of the whole between 0 and 1 (15% = 0.15), "
                    + "got " + share + "; for \"n times as large\" multiply by the factor instead");
        }
        return new Figure("part", whole * share, unit, "part = whole × share",
                Figure.inputs(named("whole", unit), whole, "share", share), source);
    }

    /**
     * What is left of a whole after its stated parts: whole − Σ parts ("a $676B market, of which SaaS $244B, PaaS
     * $176B and IaaS $182B: the rest is $74B"). Parts that add up to more than the whole are refused.
     */
    public static Figure remainder(double whole, List<Double> parts, String unit, String source) {
        finite("whole", whole);
        double sum = 0;
        for (double p : parts) {
            finite("part", p);
            sum += p;
        }
        if (sum > whole) {
            throw new IllegalArgumentException("the parts add up to " + sum + ", more than the whole " + whole
                    + "; check which value is the total");
        }
        return new Figure("remainder", whole - sum, unit, "remainder = whole − Σ parts",
                Figure.inputs(named("whole", unit), whole, "parts", parts.toString(), "Σ parts", sum), source);
    }

    /** end = start × (1 + change): "fell 92% from 100" is 100 × (1 − 0.92) = 8. */
    public static Figure applyChange(double start, double change, String unit, String source) {
        finite("start value", start);
        checkChange(change, false);
        InputChecks.positive("start value", start);
        return new Figure("value after the change", start * (1 + change), unit, "end = start × (1 + change)",
                Figure.inputs(named("start", unit), start, "change", change), source);
    }

    /**
     * start = end ÷ (1 + change): "fell 14% to $139" started at 139 ÷ 0.86 = 161.6. A fall of 100% leaves zero,
     * which says nothing of where it started, so the change must stay above −1.
     */
    public static Figure startFromChange(double end, double change, String unit, String source) {
        finite("end value", end);
        checkChange(change, true);
        InputChecks.positive("end value", end);
        return new Figure("value before the change", end / (1 + change), unit, "start = end ÷ (1 + change)",
                Figure.inputs(named("end", unit), end, "change", change), source);
    }

    /** start = end ÷ factor: "$135B is 4.5× the 2022 size" puts 2022 at 135 ÷ 4.5 = 30. */
    public static Figure startFromFactor(double end, double factor, String unit, String source) {
        finite("end value", end);
        InputChecks.positive("end value", end);
        InputChecks.positive("factor", factor);
        return new Figure("value before the change", end / factor, unit, "start = end ÷ factor",
                Figure.inputs(named("end", unit), end, "factor", factor), source);
    }

    /** A change is a signed fraction; at −1 everything is gone, and below it the value would turn negative. */
    private static void checkChange(double change, boolean undoing) {
        finite("change", change);
        String example = " (−0.92 = fell 92%, +0.35 = rose 35%), got " + change;
        if (change < -1) {
            throw new IllegalArgumentException("change must be a signed fraction of at least −1" + example
                    + "; a fall of more than 100% would go below zero");
        }
        if (undoing && change == -1) {
            throw new IllegalArgumentException("change must be above −1 to undo it" + example + "; a fall of 100% "
                    + "leaves zero, which does not tell where the value started");
        }
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
