package zhiti.econ.chip;

import zhiti.core.Figure;

/**
 * US ECCN 3A090 classification of an integrated circuit under the October 2023 rule (BIS interim final rule,
 * 88 FR 73458, FR Doc 2023-23055; effective 17 Nov 2023):
 * <ul>
 *   <li>3A090.a: a.1 TPP ≥ 4800, or a.2 TPP ≥ 1600 and PD ≥ 5.92</li>
 *   <li>3A090.b: b.1 2400 ≤ TPP &lt; 4800 and 1.6 ≤ PD &lt; 5.92, or b.2 TPP ≥ 1600 and 3.2 ≤ PD &lt; 5.92</li>
 *   <li>Note 2 to 3A090: the entry does not apply to ICs not designed or marketed for use in datacenters unless
 *       their TPP is ≥ 4800 (such ICs are 3A090.a, eligible for License Exception NAC)</li>
 * </ul>
 * Later rules (HBM in 3A090.c, Dec 2024; the 2026 case-by-case policy below TPP 21,000) are not applied here.
 */
public final class ExportClassification {

    public static final double TPP_A1 = 4800;
    public static final double TPP_A2 = 1600;
    public static final double PD_A2 = 5.92;
    public static final double TPP_B1_LOW = 2400;
    public static final double PD_B1_LOW = 1.6;
    public static final double PD_B2_LOW = 3.2;

    public static final String THRESHOLDS = "3A090.a: TPP ≥ 4800, or TPP ≥ 1600 and PD ≥ 5.92; "
            + "3A090.b: 2400 ≤ TPP < 4800 and 1.6 ≤ PD < 5.92, or TPP ≥ 1600 and 3.2 ≤ PD < 5.92; "
            + "Note 2: not-datacenter ICs are covered only if TPP ≥ 4800";

    private ExportClassification() {
    }

    public enum Eccn {
        A_3A090("3A090.a"), B_3A090("3A090.b"), NOT_3A090("not 3A090");

        public final String label;

        Eccn(String label) {
            this.label = label;
        }
    }

    /** The class, and the paragraph of the rule that put the chip there. */
    public record Classification(Eccn eccn, String paragraph, double tpp, double density, boolean datacenter) {

        public Figure figure(String chip) {
            return new Figure("US ECCN 3A090 class of " + chip + ": " + eccn.label + " (" + paragraph + ")",
                    eccn == Eccn.A_3A090 ? 1 : eccn == Eccn.B_3A090 ? 2 : 0, "class code (1 = .a, 2 = .b, 0 = none)",
                    THRESHOLDS,
                    Figure.inputs("TPP", tpp, "performance density", density,
                            "designed or marketed for datacenters", datacenter, "class", eccn.label,
                            "paragraph", paragraph),
                    ChipMetrics.SOURCE);
        }
    }

    public static Classification classify(double tpp, double density, boolean datacenter) {
        if (!(tpp >= 0) || !(density >= 0)) {
            throw new IllegalArgumentException("TPP and performance density must be ≥ 0, got " + tpp + " and " + density);
        }
        if (!datacenter) {
            return tpp >= TPP_A1
                    ? new Classification(Eccn.A_3A090, "a.1, not-datacenter IC with TPP ≥ 4800 (NAC eligible)", tpp, density, false)
                    : new Classification(Eccn.NOT_3A090, "Note 2: not-datacenter IC with TPP < 4800", tpp, density, false);
        }
        if (tpp >= TPP_A1) {
            return new Classification(Eccn.A_3A090, "a.1: TPP ≥ 4800", tpp, density, true);
        }
        if (tpp >= TPP_A2 && density >= PD_A2) {
            return new Classification(Eccn.A_3A090, "a.2: TPP ≥ 1600 and PD ≥ 5.92", tpp, density, true);
        }
        if (tpp >= TPP_B1_LOW && density >= PD_B1_LOW) {
            return new Classification(Eccn.B_3A090, "b.1: 2400 ≤ TPP < 4800 and 1.6 ≤ PD < 5.92", tpp, density, true);
        }
        if (tpp >= TPP_A2 && density >= PD_B2_LOW) {
            return new Classification(Eccn.B_3A090, "b.2: TPP ≥ 1600 and 3.2 ≤ PD < 5.92", tpp, density, true);
        }
        return new Classification(Eccn.NOT_3A090, "below every 3A090 threshold", tpp, density, true);
    }
}
