package zhiti.econ.trend;

import java.util.List;
import zhiti.core.Figure;

/**
 * Wright's law (experience curve): unit cost = c₁ · (cumulative volume)^b. Each doubling of cumulative volume
 * multiplies cost by the progress ratio 2^b; the learning rate is 1 − 2^b (cost cut per doubling).
 */
public final class WrightsLaw {

    private WrightsLaw() {
    }

    public record Result(LinearRegression regression, double learningRate, List<Figure> figures) {
    }

    public static Result fit(double[] cumulativeVolume, double[] unitCost, double confidence, String source) {
        if (cumulativeVolume.length != unitCost.length) {
            throw new IllegalArgumentException("need one unit cost per cumulative volume (" + cumulativeVolume.length
                    + " volumes, " + unitCost.length + " costs)");
        }
        double[] x = new double[cumulativeVolume.length];
        double[] y = new double[unitCost.length];
        for (int i = 0; i < x.length; i++) {
            if (!(cumulativeVolume[i] > 0) || !(unitCost[i] > 0)) {
                throw new IllegalArgumentException("Wright's law needs positive volumes and costs; row " + (i + 1)
                        + " has volume " + cumulativeVolume[i] + ", cost " + unitCost[i]);
            }
            if (i > 0 && cumulativeVolume[i] <= cumulativeVolume[i - 1]) {
                throw new IllegalArgumentException("cumulative volume must increase row by row; row " + (i + 1)
                        + " (" + cumulativeVolume[i] + ") is not above row " + i + " (" + cumulativeVolume[i - 1]
                        + "). Give running totals, not yearly volumes");
            }
            x[i] = Math.log(cumulativeVolume[i]);
            y[i] = Math.log(unitCost[i]);
        }
        LinearRegression r = LinearRegression.fit(x, y, confidence);
        double lr = 1 - Math.pow(2, r.slope());
        String ci = Math.round(confidence * 100) + "% CI";
        var in = Figure.inputs("points", x.length, "b (experience exponent)", r.slope(), "R²", r.rSquared(),
                ci + " low", 1 - Math.pow(2, r.slopeHigh()), ci + " high", 1 - Math.pow(2, r.slopeLow()));
        Figure learning = new Figure("learning rate (cost cut per doubling of cumulative volume)", 100 * lr, "%",
                "ln cost = a + b·ln volume (OLS); learning rate = 1 − 2^b", in, source);
        Figure progress = new Figure("progress ratio", Math.pow(2, r.slope()), "×", "2^b",
                Figure.inputs("b", r.slope()), source);
        return new Result(r, lr, List.of(learning, progress));
    }
}
