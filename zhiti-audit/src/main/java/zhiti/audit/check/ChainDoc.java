package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.check.ChainMarkup.Cleaned;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.audit.check.ProductExpr.Equation;
import zhiti.audit.text.Sentences.Sentence;

/** A document read once for the chain checks: each sentence cleaned, its quantities and its written equations. */
final class ChainDoc {

    record Read(Sentence sentence, Cleaned cleaned, List<Quantity> quantities, List<Equation> equations) {
        /** Whether a quantity is a number of one of this sentence's equations (then prose rules leave it alone). */
        boolean inEquation(Quantity q) {
            for (Equation e : equations) {
                if (e.result().start() == q.start()) return true;
                for (ProductExpr.Leaf l : e.leaves()) if (l.q().start() == q.start()) return true;
            }
            return false;
        }
    }

    final Doc doc;
    private final List<Read> reads = new ArrayList<>();

    ChainDoc(Doc doc) {
        this.doc = doc;
        for (Sentence s : doc.sentences()) {
            Cleaned c = ChainMarkup.clean(s);
            List<Quantity> qs = ChainText.read(doc, s, c);
            reads.add(new Read(s, c, qs, ProductExpr.find(c, qs)));
        }
    }

    List<Read> reads() {
        return reads;
    }

    Read of(Sentence s) {
        return reads.get(s.index());
    }

    /** Up to {@code n} sentences before {@code s} in the document, whatever their paragraph, nearest first. */
    List<Read> back(Sentence s, int n) {
        List<Read> out = new ArrayList<>();
        for (int i = s.index() - 1; i >= 0 && out.size() < n; i--) out.add(reads.get(i));
        return out;
    }

    /** The sentence and up to {@code back} sentences before it in its paragraph, nearest first. */
    List<Read> window(Sentence s, int back) {
        List<Read> out = new ArrayList<>();
        for (Sentence w : Context.window(doc, s, back)) out.add(of(w));
        return out;
    }
}
