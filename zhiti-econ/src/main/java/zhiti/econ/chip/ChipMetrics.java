package zhiti.econ.chip;

import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * The two numbers US export rules classify AI chips by. TPP ("total processing performance") = 2 × MacTOPS × bit
 * length = dense TFLOPS (or TOPS) × bit width, taken at the precision that gives the highest value; performance
 * density = TPP ÷ applicable die area in mm². Sparsity speed-ups are excluded (dense figures only).
 */
public final class ChipMetrics {

    public static final String SOURCE = "15 CFR 774 ECCN 3A090 Technical Notes, as revised by BIS IFR 88 FR 73458 "
            + "(FR Doc 2023-23055, 25 Oct 2023, effective 17 Nov 2023)";

    private ChipMetrics() {
    }

    /** @param denseTflops dense peak tera-operations per second at {@code bitWidth} (FP8 → 8, BF16 → 16) */
    public static Figure tpp(String chip, double denseTflops, int bitWidth, String source) {
        InputChecks.positive("dense TFLOPS of " + chip, denseTflops);
        if (bitWidth < 1 || bitWidth > 64) {
            throw new IllegalArgumentException("bit width of " + chip + " must be between 1 and 64 (e.g. 8 for FP8/INT8, 16 for BF16), got " + bitWidth);
        }
        return new Figure("TPP of " + chip, denseTflops * bitWidth, "TPP (bit·TOPS)",
                "TPP = dense TFLOPS × bit width (= 2 × MacTOPS × bit length)",
                Figure.inputs("dense TFLOPS", denseTflops, "bit width", bitWidth), source + "; rule: " + SOURCE);
    }

    public static Figure performanceDensity(String chip, double tpp, double dieAreaMm2, String source) {
        InputChecks.positive("TPP of " + chip, tpp);
        InputChecks.positive("die area (mm²) of " + chip, dieAreaMm2);
        if (dieAreaMm2 > 10_000) {
            throw new IllegalArgumentException("die area of " + chip + " is " + dieAreaMm2
                    + " mm²; give it in mm² (an H100 die is 814 mm²), not µm² or cm²");
        }
        return new Figure("performance density of " + chip, tpp / dieAreaMm2, "TPP/mm²",
                "PD = TPP ÷ applicable die area (mm²)", Figure.inputs("TPP", tpp, "die area (mm²)", dieAreaMm2),
                source + "; rule: " + SOURCE);
    }

    /** TPP, density and the 3A090 classification of one chip. */
    public static List<Figure> all(String chip, double denseTflops, int bitWidth, double dieAreaMm2,
                                   boolean datacenter, String source) {
        Figure tpp = tpp(chip, denseTflops, bitWidth, source);
        Figure pd = performanceDensity(chip, tpp.value(), dieAreaMm2, source);
        var cls = ExportClassification.classify(tpp.value(), pd.value(), datacenter);
        return List.of(tpp, pd, cls.figure(chip));
    }
}
