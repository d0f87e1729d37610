package zhiti.econ.scaling;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Frontier compute growing k orders of magnitude per year: C(t) = C₀ · 10^(k·(t − t₀)); e.g. Epoch AI's ~4-5×/year
 * is k ≈ 0.6-0.7. Optionally turned into Chinchilla-optimal N and D for that year.
 */
public final class ComputeExtrapolation {

    private ComputeExtrapolation() {
    }

    public static Figure computeAt(double c0, double year0, double ordersPerYear, double year, String source) {
        InputChecks.positive("starting compute (FLOP)", c0);
        if (!(ordersPerYear > -5 && ordersPerYear < 5)) {
            throw new IllegalArgumentException("growth must be given in orders of magnitude per year (0.6 for ~4×/year), got " + ordersPerYear);
        }
        double c = c0 * Math.pow(10, ordersPerYear * (year - year0));
        return new Figure("extrapolated compute in " + fmtYear(year), c, "FLOP", "C(t) = C₀ · 10^(k · (t − t₀))",
                Figure.inputs("C₀ (FLOP)", c0, "t₀", year0, "k (orders of magnitude/year)", ordersPerYear,
                        "growth factor per year", Math.pow(10, ordersPerYear), "t", year), source);
    }

    /** Year when compute reaches {@code target}: t = t₀ + log10(target/C₀) ÷ k. */
    public static Figure yearReaching(double c0, double year0, double ordersPerYear, double target, String source) {
        InputChecks.positive("starting compute (FLOP)", c0);
        InputChecks.positive("target compute (FLOP)", target);
        if (ordersPerYear == 0) {
            throw new IllegalArgumentException("with zero growth the target is never reached; give k ≠ 0");
        }
        double t = year0 + Math.log10(target / c0) / ordersPerYear;
        return new Figure("year compute reaches target", t, "decimal year", "t = t₀ + log10(C_target / C₀) ÷ k",
                Figure.inputs("C₀ (FLOP)", c0, "t₀", year0, "k", ordersPerYear, "target (FLOP)", target), source);
    }

    /** Compute in {@code year} and the Chinchilla-optimal model for it. */
    public static List<Figure> frontierModel(double c0, double year0, double ordersPerYear, double year,
                                             Chinchilla.LossFit fit, String source) {
        List<Figure> out = new ArrayList<>();
        Figure c = computeAt(c0, year0, ordersPerYear, year, source);
        out.add(c);
        out.addAll(Chinchilla.optimal(fit, c.value()));
        return out;
    }

    private static String fmtYear(double y) {
        return y == Math.rint(y) ? String.valueOf((long) y) : String.valueOf(y);
    }
}
