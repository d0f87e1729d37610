package zhiti.tools.sql;

import java.util.Optional;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.chip.ExportClassification;
import zhiti.econ.chip.ExportClassification.Classification;
import zhiti.econ.chip.ExportClassification.Eccn;

/**
 * The US export class of a catalog chip as its table columns show it, decided as chip_metrics and catalog_list
 * decide it (zhiti.tools.econ.ChipExportClass, package-private there): TPP from the headline dense rate × bit width,
 * density from the die area, the chip taken as designed for datacenters; without a die area only a TPP of 4800 or
 * more settles the class (3A090.a.1), otherwise it is "undetermined".
 *
 * @param tpp     null when the catalog lacks the headline rate or its bit width
 * @param density TPP per mm² of die, null without a die area
 */
record ChipClass(Double tpp, Double density, Optional<Classification> classification) {

    static final String CONTROLLED_CHIP = "3A090";
    static final String CONTROLLED_SYSTEM = "4A090";
    static final String UNDETERMINED = "undetermined";

    static ChipClass of(Accelerator a) {
        if (a.tpp().isEmpty()) {
            return new ChipClass(null, null, Optional.empty());
        }
        double tpp = a.tpp().getAsDouble();
        if (a.dieMm2() > 0) {
            double pd = tpp / a.dieMm2();
            return new ChipClass(tpp, pd, Optional.of(ExportClassification.classify(tpp, pd, true)));
        }
        return new ChipClass(tpp, null, tpp >= ExportClassification.TPP_A1
                ? Optional.of(ExportClassification.classify(tpp, 0, true)) : Optional.empty());
    }

    /** "3A090" for .a and .b alike, "not 3A090", or "undetermined": what a WHERE export_class = '3A090' asks. */
    String exportClass() {
        return classification.map(c -> c.eccn() == Eccn.NOT_3A090 ? "not " + CONTROLLED_CHIP : CONTROLLED_CHIP)
                .orElse(UNDETERMINED);
    }

    /** "3A090.a", "3A090.b", "not 3A090" or "undetermined". */
    String eccn() {
        return classification.map(c -> c.eccn().label).orElse(UNDETERMINED);
    }

    /** The paragraph of the rule that decided the class, e.g. "a.1: TPP ≥ 4800"; null when undetermined. */
    String paragraph() {
        return classification.map(Classification::paragraph).orElse(null);
    }

    /** A server's class follows its chips: 4A090 (.a/.b) holds 3A090 (.a/.b) ICs. */
    String systemExportClass() {
        return classification.map(c -> c.eccn() == Eccn.NOT_3A090 ? "not " + CONTROLLED_SYSTEM : CONTROLLED_SYSTEM)
                .orElse(UNDETERMINED);
    }

    String systemEccn() {
        return classification.map(c -> switch (c.eccn()) {
            case A_3A090 -> CONTROLLED_SYSTEM + ".a";
            case B_3A090 -> CONTROLLED_SYSTEM + ".b";
            case NOT_3A090 -> "not " + CONTROLLED_SYSTEM;
        }).orElse(UNDETERMINED);
    }
}
