package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Input;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.audit.check.ProductExpr.Equation;
import zhiti.audit.check.ProductExpr.Leaf;

/** Verdicts the product and chain checks share: a written equation's arithmetic, and the words for a slip. */
final class ProductClaims {
    private ProductClaims() {
    }

    /** Judges an equation's printed result against its printed operands. {@code note} is added to the explanation. */
    static Claim equation(ClaimKind kind, Equation e, String note) {
        double computed = e.computedBase();
        String expl = e.text() + " = " + show(computed, e.result()) + (note == null || note.isEmpty() ? "" : "; " + note);
        return Judge.judge(kind, e.result().at(), computed, e.slack(), e.result().shown() + " = " + e.text(),
                inputs(e), expl, slip(e.result().at().value(), computed));
    }

    /** The same claim with a note added to its explanation. */
    static Claim withNote(Claim c, String note) {
        return new Claim(c.doc(), c.start(), c.end(), c.text(), c.kind(), c.verdict(), c.stated(), c.computed(), c.unit(), c.formula(),
                c.inputs(), c.sources(), c.explanation() + note, c.other());
    }

    static List<Input> inputs(Equation e) {
        List<Input> out = new ArrayList<>();
        int i = 1;
        for (Leaf l : e.leaves()) out.add(input((l.divides() ? "divisor " : "factor ") + i++, l.q()));
        return out;
    }

    static Input input(String name, Quantity q) {
        if (q.dim() == ChainText.Dim.GPU_HOURS) {
            var n = q.num();
            return new Input(name, q.v(), "GPU-hours", q.at().doc(), n.start(), n.end(), n.text(), "document");
        }
        return Input.of(name, q.at());
    }

    /** Whether a printed value and a computed one are a power of ten apart (the slip reports make most). */
    static int powerOfTen(double printed, double computed) {
        if (printed == 0 || computed == 0 || Math.signum(printed) != Math.signum(computed)) return 0;
        double l = Math.log10(printed / computed);
        long k = Math.round(l);
        return k != 0 && Math.abs(l - k) < 0.03 ? (int) k : 0;
    }

    /** "the printed figure is 10× the computed one" when that is what happened, else the ratio. */
    static String slip(double printed, double computed) {
        if (computed == 0) return "";
        int k = powerOfTen(printed, computed);
        if (k != 0) return "the printed figure is " + (k > 0 ? "" : "1/") + tenTo(Math.abs(k)) + " the computed one: a slip of "
                + (Math.abs(k) == 1 ? "a power of ten" : Math.abs(k) + " powers of ten");
        return String.format(Locale.ROOT, "the printed figure is %s× the computed one", fmt(printed / computed));
    }

    static String tenTo(int k) {
        return k == 1 ? "10×" : k == 2 ? "100×" : k == 3 ? "1000×" : "10^" + k + "×";
    }

    /** A number for explanations: {@link Judge#fmt} below ten million, three significant digits in e-notation above. */
    static String fmt(double v) {
        double a = Math.abs(v);
        if (a >= 1e4 && a < 1e7) return String.format(Locale.ROOT, "%,.0f", v);
        if (a < 1e7 || a >= 1e15) return Judge.fmt(v);
        return String.format(Locale.ROOT, "%.3g", v).replace("e+0", "e").replace("e+", "e").replaceAll("\\.?0+e", "e");
    }

    /** A computed value for an explanation, with the unit of the figure it is compared to. */
    static String show(double base, Quantity like) {
        String unit = like.num().currency() != null ? " " + like.num().currency() : like.num().unit().symbol().isEmpty() ? "" : " " + like.num().unit().symbol();
        return fmt(base) + unit;
    }
}
