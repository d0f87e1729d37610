package zhiti.audit.check;

import java.util.List;
import zhiti.audit.Input;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainPick.Found;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.training.TrainingCompute;

/**
 * The training compute a time or fleet claim rests on: a printed FLOP amount; else 6·N·D from a printed N and D;
 * else (only where asked) the catalog's N and D for the one model the text names, each an input citing its row.
 */
final class ChainCompute {

    /**
     * @param text           how the compute reads in an explanation
     * @param flaggedCorrect when the printed compute was itself flagged, the value it should have been
     */
    record Compute(double flop, List<Input> inputs, String text, Double flaggedCorrect) {
    }

    private ChainCompute() {
    }

    static Compute find(ChainDoc cd, Read r, Quantity claim, List<TrainingCheck.Flagged> flagged, String modelText) {
        Found c = ChainPick.pick(cd, r, claim, ChainFleet::isComputeAmount);
        if (c.ok()) {
            Double correct = null;
            for (TrainingCheck.Flagged f : flagged) if (f.printed() == c.q().v()) correct = f.correct();
            return new Compute(c.q().v(), List.of(ProductClaims.input("C (training compute)", c.q())), c.q().shown(), correct);
        }
        if (c.ambiguous()) return null;
        Found n = ChainPick.pick(cd, r, claim, q -> q.dim() == Dim.PARAMS && !q.perUnit());
        Found d = ChainPick.pick(cd, r, claim, q -> q.dim() == Dim.TOKENS && !q.perUnit());
        if (n.ok() && d.ok()) {
            double flop = TrainingCompute.dense(n.q().v(), d.q().v(), "document").value();
            return new Compute(flop, List.of(ProductClaims.input("N (parameters)", n.q()), ProductClaims.input("D (tokens)", d.q()), six()),
                    "6 × " + n.q().shown() + " × " + d.q().shown(), null);
        }
        if (modelText == null || n.ok() || d.ok() || n.ambiguous() || d.ambiguous()) return null;
        List<ModelCard> models = ChainCatalog.models(modelText);
        if (models.size() != 1 || models.get(0).trainingTokens().isEmpty()) return null;
        ModelCard m = models.get(0);
        double flop = TrainingCompute.dense(m.paramsPerToken(), m.trainingTokens().getAsDouble(), m.source()).value();
        return new Compute(flop, List.of(ChainCatalog.params(m), ChainCatalog.tokens(m), six()),
                "6 × " + ProductClaims.fmt(m.paramsPerToken()) + " × " + ProductClaims.fmt(m.trainingTokens().getAsDouble()) + " (" + m.name() + ", catalog)", null);
    }

    static Input six() {
        return Input.constant("FLOP per parameter per token", 6, "", "definition (Kaplan et al. 2020)");
    }
}
