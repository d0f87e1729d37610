package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Input;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.audit.check.ProductExpr.Equation;
import zhiti.audit.check.ProductExpr.Leaf;

/**
 * A written training-compute equation whose arithmetic is right can still multiply the wrong number: "30×10^8"
 * where the report stated 30B parameters (3×10^10) a few sentences before. This compares each factor with the
 * parameter and token counts the report printed in the six sentences before the equation (and in its own
 * sentence): a factor a power of ten away from a stated count that no factor matches is taken as that count
 * mis-copied, and the total is recomputed with the stated value.
 */
final class ChainEquations {
    private static final int LOOK_BACK = 6;

    private ChainEquations() {
    }

    static Claim againstStated(ChainDoc cd, Read r, Equation e, Claim arithmetic, List<TrainingCheck.Flagged> flagged) {
        List<Quantity> stated = new ArrayList<>();
        List<Read> scope = new ArrayList<>(List.of(r));
        scope.addAll(cd.back(r.sentence(), LOOK_BACK));
        for (Dim dim : List.of(Dim.PARAMS, Dim.TOKENS)) {
            Quantity nearest = null; // the count stated last before the equation is the one it should use
            for (Read w : scope) {
                for (Quantity q : w.quantities())
                    if (q.dim() == dim && !isLeaf(w, q) && !isLeafOf(e, q) && (w != r || q.start() < e.result().start())) nearest = q;
                if (nearest != null) break;
            }
            if (nearest != null) stated.add(nearest);
        }
        Quantity wrongLeaf = null, rightValue = null;
        for (Quantity s : stated) {
            boolean used = false;
            Quantity off = null;
            for (Leaf l : e.leaves()) {
                if (l.divides() || l.q().exact() && l.q().v() <= 10) continue;
                if (Math.abs(l.q().v() / s.v() - 1) < 0.01) used = true;
                else if (ProductClaims.powerOfTen(l.q().v(), s.v()) != 0) off = l.q();
            }
            if (used || off == null) continue;
            if (wrongLeaf != null && (wrongLeaf != off || rightValue.v() != s.v())) return arithmetic; // two readings
            wrongLeaf = off;
            rightValue = s;
        }
        if (wrongLeaf == null) return arithmetic;
        double corrected = e.computedBase() * rightValue.v() / wrongLeaf.v();
        int k = ProductClaims.powerOfTen(wrongLeaf.v(), rightValue.v());
        String what = rightValue.dim() == Dim.PARAMS ? "parameters (N)" : "tokens (D)";
        List<Input> inputs = new ArrayList<>(ProductClaims.inputs(e));
        inputs.add(ProductClaims.input("stated " + what, rightValue));
        String expl = e.text() + " = " + ProductClaims.show(e.computedBase(), e.result()) + " as written, but the factor "
                + wrongLeaf.shown() + " (" + ProductClaims.fmt(wrongLeaf.v()) + ") is " + ProductClaims.tenTo(Math.abs(k)).replace("×", "")
                + (k < 0 ? " times smaller" : " times larger") + " than the " + ProductClaims.fmt(rightValue.v()) + " " + what + " the report states ('"
                + rightValue.shown() + "'); with the stated value the total is " + ProductClaims.show(corrected, e.result());
        flagged.add(new TrainingCheck.Flagged(e.result().v(), corrected / e.result().at().value() * e.result().v()));
        return Judge.judge(ClaimKind.TRAINING_COMPUTE, e.result().at(), corrected, e.slack(), arithmetic.formula(), inputs, expl,
                "the printed figure reproduces only with " + what + " " + ProductClaims.tenTo(Math.abs(k)).replace("×", "")
                        + (k < 0 ? " times smaller" : " times larger") + " than stated");
    }

    private static boolean isLeaf(Read w, Quantity q) {
        for (Equation e : w.equations()) if (isLeafOf(e, q)) return true;
        return false;
    }

    private static boolean isLeafOf(Equation e, Quantity q) {
        for (Leaf l : e.leaves()) if (l.q().start() == q.start()) return true;
        return false;
    }
}
