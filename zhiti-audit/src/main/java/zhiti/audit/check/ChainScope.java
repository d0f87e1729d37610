package zhiti.audit.check;

import java.util.regex.Pattern;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;

/**
 * Which check judges a written equation: serving arithmetic goes to {@link InferenceChainCheck}, training compute
 * and training time to {@link TrainingCheck}, the rest to {@link ProductCheck}. One routing rule, so that no
 * equation is judged twice (two verdicts on one figure would let a reproducing reading hide a flag).
 */
final class ChainScope {
    static final Pattern INFERENCE = Pattern.compile(
            "推理|inference|serving|served|每次(?:提问|查询|请求|问答|对话|回答)|每人每次|提问|访问量|日活|queries|query|requests?\\b|prompts?\\b"
                    + "|每个\\s*token|per[- ]token|each token|visits|DAU|tokens? (?:per|a|each) (?:day|second)|每(?:天|日|秒)[^，,。；;]{0,6}token",
            Pattern.CASE_INSENSITIVE);
    /** Training words; MFU and HFU are utilisations only training runs report. */
    static final Pattern TRAINING = Pattern.compile("训练|train(?:ing|ed|s)?\\b|pre-?train|预训练|\\bMFU\\b|\\bHFU\\b", Pattern.CASE_INSENSITIVE);

    enum Scope { TRAINING, INFERENCE, OTHER }

    private ChainScope() {
    }

    /**
     * The scope of a written equation: by the words of its sentence (training words may also be in the sentence
     * before it, in its paragraph), and by its shape: a time that divides a FLOP count of 10^18 or more is a
     * training time whatever the words.
     */
    static Scope of(ChainDoc cd, ChainDoc.Read r, ProductExpr.Equation e) {
        String t = r.sentence().text();
        boolean inference = INFERENCE.matcher(t).find();
        boolean training = TRAINING.matcher(t).find();
        if (!training && !inference)
            for (ChainDoc.Read w : cd.window(r.sentence(), 1)) training |= TRAINING.matcher(w.sentence().text()).find();
        if (!inference && e.result().dim() == Dim.TIME && e.leaves().stream().anyMatch(l -> !l.divides() && l.q().v() >= 1e18))
            training = true;
        return of(e.result(), inference, training);
    }

    private static Scope of(Quantity result, boolean inference, boolean training) {
        Dim d = result.dim();
        if (inference && (d == Dim.FLOP || d == Dim.COUNT || d == Dim.MONEY || d == Dim.TIME && !training)) return Scope.INFERENCE;
        if (training && (d == Dim.FLOP || d == Dim.TIME || d == Dim.COUNT && result.hardware())) return Scope.TRAINING;
        return Scope.OTHER;
    }
}
