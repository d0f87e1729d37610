package zhiti.econ.trend;

import java.util.function.BiFunction;

/**
 * Least-squares curve fitting by Levenberg–Marquardt with a forward-difference Jacobian. Small problems only (a
 * handful of parameters, tens of points), which is what S-curve fits need; written here rather than adding
 * commons-math3 to the library.
 */
public final class LevenbergMarquardt {

    private LevenbergMarquardt() {
    }

    /** The fitted parameters and the sum of squared residuals they leave. */
    public record Solution(double[] params, double sse, int iterations) {
    }

    /**
     * @param model f(t, params); may return NaN for parameters outside the model's domain (treated as a bad step)
     */
    public static Solution minimise(BiFunction<Double, double[], Double> model, double[] t, double[] y,
                                    double[] start) {
        int n = t.length, k = start.length;
        double[] p = start.clone();
        double sse = sse(model, t, y, p);
        if (!Double.isFinite(sse)) {
            throw new IllegalArgumentException("the starting guess gives no finite curve; try other data");
        }
        double lambda = 1e-3;
        int it = 0;
        for (; it < 500; it++) {
            double[] r = new double[n];
            double[][] jac = new double[n][k];
            for (int i = 0; i < n; i++) {
                r[i] = model.apply(t[i], p) - y[i];
            }
            for (int j = 0; j < k; j++) {
                double h = 1e-7 * Math.max(Math.abs(p[j]), 1e-4);
                double[] q = p.clone();
                q[j] += h;
                for (int i = 0; i < n; i++) {
                    jac[i][j] = (model.apply(t[i], q) - y[i] - r[i]) / h;
                }
            }
            double[][] jtj = new double[k][k];
            double[] jtr = new double[k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += jac[i][a] * jac[i][b];
                    }
                    jtj[a][b] = s;
                }
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += jac[i][a] * r[i];
                }
                jtr[a] = -s;
            }
            boolean improved = false;
            while (lambda < 1e12) {
                double[][] m = new double[k][k];
                for (int a = 0; a < k; a++) {
                    m[a] = jtj[a].clone();
                    m[a][a] += lambda * Math.max(jtj[a][a], 1e-12);
                }
                double[] step = solve(m, jtr.clone());
                if (step != null) {
                    double[] q = p.clone();
                    for (int j = 0; j < k; j++) {
                        q[j] += step[j];
                    }
                    double s = sse(model, t, y, q);
                    if (Double.isFinite(s) && s < sse) {
                        double gain = (sse - s) / Math.max(sse, 1e-300);
                        p = q;
                        sse = s;
                        lambda = Math.max(lambda / 10, 1e-12);
                        improved = true;
                        if (gain < 1e-13) {
                            return new Solution(p, sse, it + 1);
                        }
                        break;
                    }
                }
                lambda *= 10;
            }
            if (!improved) {
                break;
            }
        }
        return new Solution(p, sse, it);
    }

    static double sse(BiFunction<Double, double[], Double> model, double[] t, double[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < t.length; i++) {
            double r = model.apply(t[i], p) - y[i];
            s += r * r;
        }
        return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
    }

    /** Gaussian elimination with partial pivoting; null if singular. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][c]) < 1e-300) {
                return null;
            }
            double[] tr = a[c];
            a[c] = a[piv];
            a[piv] = tr;
            double tb = b[c];
            b[c] = b[piv];
            b[piv] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int j = c; j < n; j++) {
                    a[r][j] -= f * a[c][j];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int j = r + 1; j < n; j++) {
                s -= a[r][j] * x[j];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
