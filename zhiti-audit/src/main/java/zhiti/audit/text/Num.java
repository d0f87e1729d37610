package zhiti.audit.text;

/**
 * One number as a document prints it: its character span in the document's text, its value in the unit's base
 * (see {@link Unit}), the currency of money, and the size of one unit in its last printed digit — how far the
 * printed figure may be from the exact one through rounding alone.
 *
 * @param step  value of one unit of the last printed digit, in base units ("20.83%" → 0.01, "1089.4 亿元" → 1e7)
 * @param word  the counter or unit word as written after the number ("台", "亿元", "PFLOPS"), for display
 * @param bound how the text qualifies it: EXACT, ABOUT ("约", "about"), AT_LEAST ("超过", "over"), AT_MOST ("不到"),
 *              RANGE (one end of "25-35%", "500 至 600 亿")
 */
public record Num(int start, int end, double value, Unit unit, String currency, double step, String text, String word,
                  Bound bound) {

    public enum Bound { EXACT, ABOUT, AT_LEAST, AT_MOST, RANGE }

    public boolean sameKind(Num o) {
        return unit == o.unit && java.util.Objects.equals(currency, o.currency);
    }

    /** Half the last printed digit: the rounding a printed figure carries. */
    public double rounding() {
        return step / 2;
    }

    public boolean isYear() {
        return unit == Unit.YEAR;
    }

    /** Whether this number could be the one computed, allowing for its rounding and a relative slack. */
    public boolean matches(double computed, double relative) {
        double tol = Math.max(rounding() * 1.0001, Math.abs(value) * relative);
        if (bound == Bound.AT_LEAST) return computed >= value - tol;
        if (bound == Bound.AT_MOST) return computed <= value + tol;
        if (bound == Bound.ABOUT) tol = Math.max(tol, Math.abs(value) * Math.max(relative, 0.05));
        return Math.abs(computed - value) <= tol;
    }
}
