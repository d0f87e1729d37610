package zhiti.econ.trend;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.trend.DatedValue.DateAnchor;

/**
 * Exponential trend by OLS on log values: ln y = a + b·t (t in decimal years). Growth per year = e^b − 1,
 * doubling time = ln 2 ÷ b (halving time = ln 2 ÷ −b when falling), each with a confidence interval carried over
 * from the slope's t-interval.
 */
public final class LogLinearFit {

    private LogLinearFit() {
    }

    public record Result(LinearRegression regression, DateAnchor anchor, List<Figure> figures) {

        /** Continuous growth rate b, per year (negative for a decline). */
        public double slopePerYear() {
            return regression.slope();
        }

        /** ln 2 ÷ |b|: doubling time if rising, halving time if falling. */
        public double timeToFactorTwo() {
            return Math.log(2) / Math.abs(regression.slope());
        }
    }

    public static Result fit(List<DatedValue> points, DateAnchor anchor, double confidence, String source) {
        if (points.size() < 3) {
            throw new IllegalArgumentException("a log-linear fit needs at least 3 dated points, got " + points.size());
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            DatedValue p = points.get(i);
            if (!(p.value() > 0)) {
                throw new IllegalArgumentException("log-linear fit needs positive values; " + p.printed() + " has " + p.value());
            }
            x[i] = p.decimalYear(anchor);
            y[i] = Math.log(p.value());
        }
        LinearRegression r = LinearRegression.fit(x, y, confidence);
        String ci = Math.round(confidence * 100) + "% CI";
        var in = Figure.inputs("points", points.size(), "from", points.get(0).printed(),
                "to", points.get(points.size() - 1).printed(), "date anchor", anchor.name().toLowerCase(),
                "b (ln units/year)", r.slope(), "R²", r.rSquared(),
                ci + " of b", String.format(java.util.Locale.ROOT, "[%.4g, %.4g]", r.slopeLow(), r.slopeHigh()));
        List<Figure> figs = new ArrayList<>();
        figs.add(new Figure("annual rate of change (log-linear fit)", 100 * Math.expm1(r.slope()), "%/year",
                "ln y = a + b·t (OLS); rate = e^b − 1", withCi(in, ci, 100 * Math.expm1(r.slopeLow()),
                100 * Math.expm1(r.slopeHigh())), source));
        boolean rising = r.slope() > 0;
        double t2 = Math.log(2) / Math.abs(r.slope());
        // the interval of ln2/|b| exists only if the slope's interval stays on one side of zero
        boolean signed = r.slopeLow() * r.slopeHigh() > 0;
        Object lo = signed ? Math.log(2) / Math.max(Math.abs(r.slopeLow()), Math.abs(r.slopeHigh())) : "n/a (b's interval spans 0)";
        Object hi = signed ? Math.log(2) / Math.min(Math.abs(r.slopeLow()), Math.abs(r.slopeHigh())) : "n/a (b's interval spans 0)";
        figs.add(new Figure(rising ? "doubling time" : "halving time", t2, "year",
                rising ? "t₂ = ln 2 ÷ b" : "t½ = ln 2 ÷ −b", withCi(in, ci, lo, hi), source));
        return new Result(r, anchor, figs);
    }

    private static java.util.Map<String, Object> withCi(java.util.Map<String, Object> base, String ci, Object lo, Object hi) {
        var m = new java.util.LinkedHashMap<>(base);
        m.put(ci + " low", lo);
        m.put(ci + " high", hi);
        return m;
    }
}
