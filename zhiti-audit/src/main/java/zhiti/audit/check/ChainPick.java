package zhiti.audit.check;

import java.util.List;
import java.util.function.Predicate;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainText.Quantity;

/**
 * Finds the one stated input of a given kind for a claim: in the claim's own sentence first (anywhere in it), then
 * one and two sentences back in the paragraph (before the claim). The nearest scope that has candidates decides;
 * two different values there make the input ambiguous, and the caller says nothing.
 */
final class ChainPick {

    /** What the search found: one quantity, none, or two different ones. */
    record Found(Quantity q, boolean ambiguous) {
        static final Found NONE = new Found(null, false);
        static final Found AMBIGUOUS = new Found(null, true);

        boolean ok() {
            return q != null;
        }
    }

    private ChainPick() {
    }

    static Found pick(ChainDoc cd, Read r, Quantity claim, Predicate<Quantity> accepts) {
        return pick(cd.window(r.sentence(), 2), r, claim, accepts);
    }

    static Found pick(List<Read> window, Read r, Quantity claim, Predicate<Quantity> accepts) {
        for (Read w : window) {
            Quantity only = null;
            for (Quantity q : w.quantities()) {
                if (q == claim || q.start() == claim.start() || !accepts.test(q) || w.inEquation(q)) continue;
                if (w != r && q.start() > claim.start()) continue;
                if (only != null && only.v() != q.v()) return Found.AMBIGUOUS;
                if (only == null) only = q;
            }
            if (only != null) return new Found(only, false);
        }
        return Found.NONE;
    }

    /** The sentences' text joined, nearest last: where to look for a chip or model name. */
    static String text(List<Read> window) {
        StringBuilder b = new StringBuilder();
        for (int i = window.size() - 1; i >= 0; i--) b.append(window.get(i).sentence().text()).append(' ');
        return b.toString();
    }
}
