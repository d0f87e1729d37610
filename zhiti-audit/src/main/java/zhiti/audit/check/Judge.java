package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.text.Num;

/**
 * Turns a recomputation into a verdict. The printed figure reproduces when it is within its own rounding, the
 * rounding its inputs carry, and a small relative slack for the rounding reports do between steps.
 */
public final class Judge {
    /** Slack for intermediate rounding in a report's chain of steps. */
    public static final double SLACK = 0.015;

    private Judge() {
    }

    /** Relative rounding of the inputs: the most a result of products and ratios of them can move. */
    public static double inputRounding(List<Located> inputs) {
        double r = 0;
        for (Located n : inputs) if (n.value() != 0) r += n.num().rounding() / Math.abs(n.value());
        return r;
    }

    /** The verdict on a recomputation, or null when the figure or an input is one end of a range (nothing exact to judge). */
    public static Claim judge(ClaimKind kind, Located stated, double computed, double relSlack, String formula,
                              List<Input> inputs, String explanation, String whenWrong) {
        if (stated.num().bound() == Num.Bound.RANGE || Double.isNaN(computed) || Double.isInfinite(computed)) return null;
        for (Input i : inputs) if (i.range()) return null;
        boolean ok = stated.num().matches(computed, relSlack + SLACK);
        Verdict v = ok ? Verdict.REPRODUCES : Verdict.DISCREPANCY;
        String text = ok ? explanation : explanation + (whenWrong == null || whenWrong.isEmpty() ? "" : "; " + whenWrong);
        return claim(kind, stated, v, computed, formula, inputs, text);
    }

    public static Claim claim(ClaimKind kind, Located stated, Verdict v, Double computed, String formula,
                              List<Input> inputs, String explanation) {
        List<String> sources = new ArrayList<>();
        for (Input i : inputs) {
            String s = i.doc() == null ? i.source() : i.doc().equals(stated.doc()) ? "same document" : i.doc();
            if (!sources.contains(s)) sources.add(s);
        }
        Num n = stated.num();
        return new Claim(stated.doc(), n.start(), n.end(), n.text(), kind, v, n.value(), computed,
                n.currency() != null ? n.currency() : n.unit().symbol(), formula, inputs, sources, explanation, null);
    }

    /** A number for explanations: up to 4 significant digits, with the unit's symbol. */
    public static String fmt(double v) {
        double a = Math.abs(v);
        if (a == 0) return "0";
        if (a >= 1e15 || a < 1e-3 || (a >= 1e6 && Math.rint(v) != v))
            return String.format(Locale.ROOT, "%.4g", v).replace("e+", "e").replaceAll("\\.?0+e", "e");
        if (a >= 1e4 && Math.rint(v) == v) return String.format(Locale.ROOT, "%,.0f", v);
        String s = String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : "%.4f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v);
    }
}
