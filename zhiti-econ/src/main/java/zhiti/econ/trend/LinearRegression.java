package zhiti.econ.trend;

/**
 * Ordinary least squares y = a + b·x with the slope's standard error and a two-sided confidence interval from
 * Student's t with n − 2 degrees of freedom.
 */
public record LinearRegression(double intercept, double slope, double slopeStdError, double rSquared, int n,
                               double slopeLow, double slopeHigh, double confidence) {

    public static LinearRegression fit(double[] x, double[] y, double confidence) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length (" + x.length + " vs " + y.length + ")");
        }
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("a fit with a confidence interval needs at least 3 points, got " + n);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), e.g. 0.95, got " + confidence);
        }
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all x values are equal; a slope cannot be fitted");
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - a - b * x[i];
            sse += r * r;
        }
        double se = Math.sqrt(sse / (n - 2) / sxx);
        double t = StudentT.quantile(0.5 + confidence / 2, n - 2);
        double r2 = syy == 0 ? 1 : 1 - sse / syy;
        return new LinearRegression(a, b, se, r2, n, b - t * se, b + t * se, confidence);
    }
}
