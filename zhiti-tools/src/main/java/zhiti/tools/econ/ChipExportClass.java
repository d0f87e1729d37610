package zhiti.tools.econ;

import java.util.Optional;
import java.util.OptionalDouble;
import zhiti.core.Figure;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.chip.ChipMetrics;
import zhiti.econ.chip.ExportClassification;
import zhiti.econ.chip.ExportClassification.Classification;

/**
 * The US ECCN 3A090 class of a catalog chip, decided the way chip_metrics decides it: TPP from the headline dense
 * rate × bit width, performance density from the die area, the chip taken as designed for datacenters. A chip
 * without a die area is still classed when its TPP alone settles it (3A090.a.1 needs no density); otherwise the
 * class is undetermined and {@link #reason()} says what is missing.
 *
 * @param classification empty when undetermined
 * @param reason         why the class could not be decided; blank when it was
 */
record ChipExportClass(Accelerator chip, OptionalDouble tpp, OptionalDouble density,
                       Optional<Classification> classification, String reason) {

    static ChipExportClass of(Accelerator a) {
        OptionalDouble tpp = a.tpp();
        if (tpp.isEmpty()) {
            return new ChipExportClass(a, tpp, OptionalDouble.empty(), Optional.empty(),
                    "no TPP: the catalog lacks " + (a.tppBitWidth() == 0 ? "the rule's bit width"
                            : "a dense " + a.tppBitWidth() + "-bit rate") + " for " + a.name());
        }
        double t = tpp.getAsDouble();
        if (a.dieMm2() > 0) {
            double pd = t / a.dieMm2();
            return new ChipExportClass(a, tpp, OptionalDouble.of(pd),
                    Optional.of(ExportClassification.classify(t, pd, true)), "");
        }
        if (t >= ExportClassification.TPP_A1) {
            // a.1 is settled by TPP alone, so the missing die area does not matter
            return new ChipExportClass(a, tpp, OptionalDouble.empty(),
                    Optional.of(ExportClassification.classify(t, 0, true)), "");
        }
        return new ChipExportClass(a, tpp, OptionalDouble.empty(), Optional.empty(), "die area not catalogued and "
                + "TPP " + Formatting.plain(t) + " < 4800, so the performance-density tests cannot be made");
    }

    /** "3A090.a", "3A090.b", "not 3A090" or "undetermined". */
    String label() {
        return classification.map(c -> c.eccn().label).orElse("undetermined");
    }

    /** The system-level class of a server holding this chip: 4A090 follows the 3A090 paragraph of its ICs. */
    String systemLabel() {
        return classification.map(c -> switch (c.eccn()) {
            case A_3A090 -> "4A090.a";
            case B_3A090 -> "4A090.b";
            case NOT_3A090 -> "not 4A090";
        }).orElse("undetermined");
    }

    /** The class with TPP, density and the paragraph that decided it, as chip_metrics reports it. */
    Optional<Figure> figure() {
        return classification.map(c -> c.figure(chip.name()));
    }

    /** TPP as a figure with its formula, when the catalog has the headline rate. */
    Optional<Figure> tppFigure() {
        return tpp.isPresent() ? Optional.of(ChipMetrics.tpp(chip.name(), chip.headlineTflops().getAsDouble(),
                chip.tppBitWidth(), chip.source())) : Optional.empty();
    }

    Optional<Figure> densityFigure() {
        return density.isPresent() ? Optional.of(ChipMetrics.performanceDensity(chip.name(), tpp.getAsDouble(),
                chip.dieMm2(), chip.source())) : Optional.empty();
    }
}
