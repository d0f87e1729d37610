package zhiti.tools.econ;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.training.TrainingCompute;

/**
 * Turns the names a model writes (GPT-3, 英伟达 H100, DGX A100, cost per GFLOPS) into catalog rows, and the rows
 * used into citations. Unknown names raise {@link zhiti.econ.catalog.UnknownNameException} with the nearest names.
 */
public final class CatalogNames {

    public static final String DOC = "zhiti catalog";

    private final Catalog catalog;
    private final SeriesCatalog series;

    CatalogNames(Catalog catalog, SeriesCatalog series) {
        this.catalog = catalog;
        this.series = series;
    }

    Catalog catalog() {
        return catalog;
    }

    /** A server system (DGX A100) or a single accelerator (A100); unknown names get suggestions from both lists. */
    Hardware hardware(String name) {
        return catalog.hardware(name);
    }

    Accelerator accelerator(String name) {
        return catalog.accelerator(name);
    }

    ModelCard model(String name) {
        return catalog.models().get(name);
    }

    /**
     * Training compute from {@code compute_flop}, or C = 6·N·D for a catalog {@code model} (active parameters for a
     * mixture of experts); empty when neither is given.
     */
    Optional<Figure> trainingCompute(ToolArgs a, List<Citation> citations) {
        if (a.has("compute_flop")) {
            double c = a.requiredPositive("compute_flop", "training compute in FLOP, e.g. 3.14e23");
            return Optional.of(new Figure("training compute", c, "FLOP", "given", java.util.Map.of(), "user input"));
        }
        if (!a.has("model")) {
            return Optional.empty();
        }
        ModelCard m = model(a.text("model").orElseThrow());
        if (m.trainingTokens().isEmpty()) {
            throw new IllegalArgumentException("the catalog has no training-token count for " + m.name()
                    + "; give compute_flop instead (C = 6 × parameters × tokens)");
        }
        citations.add(cite(m.name(), m.source()));
        return Optional.of(TrainingCompute.dense(m.paramsPerToken(), m.trainingTokens().getAsDouble(), m.source()));
    }

    Series series(String name) {
        return series.get(name);
    }



    public static Citation cite(String name, String source) {
        return new Citation(DOC, name, source);
    }

    public static List<Citation> cite(Hardware hw) {
        List<Citation> out = new ArrayList<>();
        if (hw.server() != null) {
            out.add(cite(hw.server().name(), hw.server().source()));
        }
        out.add(cite(hw.accelerator().name(), hw.accelerator().source()));
        return out;
    }

}
