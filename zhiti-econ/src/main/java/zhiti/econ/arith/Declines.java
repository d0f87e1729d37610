package zhiti.econ.arith;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;

/**
 * A fall said the way people say it: as a positive decline ("fell 92%", "declined 24.2% a year") and as the factor
 * it fell by ("fell by a factor of 12.5" = start ÷ end), beside the signed change the formulas give (−0.92). A
 * signed "−92% change" reads oddly in an answer, and "a factor of 0.08" more so. Each method returns nothing for a
 * value that did not fall, so callers can add its figures unconditionally.
 */
public final class Declines {

    private Declines() {
    }

    /**
     * Total decline 1 − end ÷ start and fall factor start ÷ end, when end &lt; start. A value that fell to zero
     * has no fall factor (it fell by everything), so only the decline is given then.
     */
    public static List<Figure> ofChange(double start, double end, String unit, String source) {
        List<Figure> out = new ArrayList<>();
        if (!(end < start) || !(start > 0)) {
            return out;
        }
        var in = Figure.inputs(Ratios.named("start", unit), start, Ratios.named("end", unit), end);
        out.add(new Figure("total decline", 1 - end / start, "fraction", "decline = 1 − end ÷ start", in, source));
        if (end > 0) {
            out.add(new Figure("fall factor", start / end, "×", "fall factor = start ÷ end", in, source));
        }
        if ("fraction".equals(unit)) {
            // two shares: the fall in percentage points beside the relative one (62% → 55% is 7 points, 11.3%)
            out.add(new Figure("drop in percentage points", start - end, "fraction", "drop = start − end", in, source));
        }
        return out;
    }

    /** The yearly decline 1 − (end ÷ start)^(1 ÷ n) of a value that fell from start to end over n years. */
    public static List<Figure> perYear(double start, double end, double periods, String unit, String source) {
        if (!(end < start) || !(end > 0) || !(periods > 0)) {
            return List.of();
        }
        return List.of(new Figure("yearly decline", 1 - Math.pow(end / start, 1 / periods), "fraction/year",
                "decline per year = 1 − (end ÷ start)^(1 ÷ n)", Figure.inputs(Ratios.named("start", unit), start,
                        Ratios.named("end", unit), end, "n (years)", periods), source));
    }

    /**
     * For a falling rate compounded over n years, the share that remains, (1 + r)^n, the total decline,
     * 1 − (1 + r)^n, and the factor it fell by, 1 ÷ (1 + r)^n: −30% a year for 5 years leaves 16.8%, takes away
     * 83.2% and is a fall by a factor of 5.95.
     */
    public static List<Figure> ofCompounding(double rate, double periods, String source) {
        if (!(rate < 0)) {
            return List.of();
        }
        double remaining = Math.pow(1 + rate, periods);
        var in = Figure.inputs("r (per year)", rate, "n (years)", periods);
        List<Figure> out = new ArrayList<>(List.of(
                new Figure("share remaining", remaining, "fraction", "remaining = (1 + r)^n", in, source),
                new Figure("total decline", 1 - remaining, "fraction", "decline = 1 − (1 + r)^n", in, source)));
        if (remaining > 0) {
            // "by what factor did it fall": 35% a year for 12 years is a fall by a factor of 176
            out.add(new Figure("fall factor", 1 / remaining, "×", "fall factor = 1 ÷ (1 + r)^n", in, source));
        }
        return out;
    }

    /**
     * A combined yearly rate as a positive movement: the combined decline 1 − Π(1 + rᵢ) when the rates together
     * fall, the combined growth Π(1 + rᵢ) − 1 when they rise, nothing when they cancel out.
     */
    public static List<Figure> ofCombined(Compounding.Combined c, String source) {
        double factor = c.factor().value();
        if (factor < 1) {
            return List.of(new Figure("combined decline", 1 - factor, "fraction/year", "decline = 1 − Π(1 + rᵢ)",
                    c.factor().inputs(), source));
        }
        if (factor > 1) {
            return List.of(new Figure("combined growth", factor - 1, "fraction/year", "growth = Π(1 + rᵢ) − 1",
                    c.factor().inputs(), source));
        }
        return List.of();
    }
}
