package zhiti.econ.perf;

import java.util.Arrays;
import java.util.List;

/**
 * Refits the fitted constants of {@link Calibration} (GEMM peak fraction and half width, HBM traffic factor, p2p
 * latency, fused-attention share, FP8 GEMM share, overlap share, collective step latency) to a set of measured rows
 * by Nelder–Mead, minimising max|error| + 0.1 · rms(error). Link efficiencies and usable memory stay as given: they
 * are set from NCCL and datasheet experience, not fitted. The GPU table's clock shares are outside this vector:
 * the Hopper share was chosen by refitting at several values and keeping the best. This is how
 * {@link Calibration#FITTED} was obtained from the calibration rows, and lets anyone redo it.
 */
public final class CalibrationFit {

    /**
     * Bounds keep the constants physical: GEMMs below 95% of peak, traffic at least half the stored bytes, fused
     * attention between 20% and 80% of peak, FP8 GEMMs at 40–100% of the 16-bit efficiency, at most 95% of
     * overlappable communication hidden, a collective step (launch, synchronisation, bucket copies) under 200 µs.
     */
    private static final double[] LOW = {0.3, 0, 0.5, 0, 0.2, 0.4, 0, 0};
    private static final double[] HIGH = {0.95, 4000, 20, 2e-3, 0.8, 1.0, 0.95, 200e-6};

    public record Fit(Calibration calibration, double maxAbsError, double rmsError, int evaluations) {
    }

    private CalibrationFit() {
    }

    public static Fit fit(List<ValidationRow> rows, Calibration start, int maxEvaluations) {
        if (rows.stream().noneMatch(r -> r.measuredSecondsPerIteration().isPresent()
                || r.measuredTflopsPerGpu().isPresent())) {
            throw new IllegalArgumentException("calibration needs rows with a measured column");
        }
        Checks.positive("evaluations", maxEvaluations);
        int n = LOW.length;
        double[][] simplex = new double[n + 1][];
        simplex[0] = vector(start);
        for (int i = 0; i < n; i++) {
            double[] x = simplex[0].clone();
            x[i] = x[i] == 0 ? (HIGH[i] - LOW[i]) * 0.05 : x[i] * 1.15;
            simplex[i + 1] = clamp(x);
        }
        double[] f = new double[n + 1];
        int evals = 0;
        for (int i = 0; i <= n; i++) {
            f[i] = objective(rows, start, simplex[i]);
            evals++;
        }
        while (evals < maxEvaluations) {
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            final double[] fv = f;
            Arrays.sort(order, (a, b) -> Double.compare(fv[a], fv[b]));
            double[][] s = new double[n + 1][];
            double[] fs = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                s[i] = simplex[order[i]];
                fs[i] = f[order[i]];
            }
            simplex = s;
            f = fs;
            if (Math.abs(f[n] - f[0]) < 1e-7) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] reflected = clamp(along(centroid, simplex[n], -1));
            double fr = objective(rows, start, reflected);
            evals++;
            if (fr < f[0]) {
                double[] expanded = clamp(along(centroid, simplex[n], -2));
                double fe = objective(rows, start, expanded);
                evals++;
                if (fe < fr) {
                    simplex[n] = expanded;
                    f[n] = fe;
                } else {
                    simplex[n] = reflected;
                    f[n] = fr;
                }
            } else if (fr < f[n - 1]) {
                simplex[n] = reflected;
                f[n] = fr;
            } else {
                double[] contracted = clamp(along(centroid, simplex[n], 0.5));
                double fc = objective(rows, start, contracted);
                evals++;
                if (fc < f[n]) {
                    simplex[n] = contracted;
                    f[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = clamp(along(simplex[0], simplex[i], 0.5));
                        f[i] = objective(rows, start, simplex[i]);
                        evals++;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (f[i] < f[best]) {
                best = i;
            }
        }
        Calibration c = calibration(start, simplex[best]);
        Validation.Report report = Validation.run(rows, c);
        double[] errors = report.outcomes().stream().filter(o -> o.error().isPresent())
                .mapToDouble(o -> o.error().getAsDouble()).toArray();
        return new Fit(c, report.maxAbsError(), rms(errors), evals);
    }

    /**
     * max|error| + 0.1·rms(error) of a calibration on the rows (what the fit minimises); a row the model cannot
     * plan counts as an error of 100%.
     */
    public static double objective(List<ValidationRow> rows, Calibration c) {
        Validation.Report report = Validation.run(rows, c);
        if (report.unplanned() > 0) {
            return 1 + report.unplanned();
        }
        double[] errors = report.outcomes().stream().filter(o -> o.error().isPresent())
                .mapToDouble(o -> o.error().getAsDouble()).toArray();
        double max = 0;
        for (double e : errors) {
            max = Math.max(max, Math.abs(e));
        }
        return max + 0.1 * rms(errors);
    }

    private static double objective(List<ValidationRow> rows, Calibration base, double[] x) {
        return objective(rows, calibration(base, x));
    }

    private static double rms(double[] e) {
        double s = 0;
        for (double v : e) {
            s += v * v;
        }
        return e.length == 0 ? 0 : Math.sqrt(s / e.length);
    }

    /** centroid + t·(point − centroid): t = −1 reflects, −2 expands, 0.5 contracts. */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] out = new double[centroid.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = centroid[i] + t * (point[i] - centroid[i]);
        }
        return out;
    }

    private static double[] clamp(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(LOW[i], Math.min(HIGH[i], x[i]));
        }
        return x;
    }

    private static double[] vector(Calibration c) {
        return new double[] {c.matmulPeakFraction(), c.matmulHalfWidth(), c.trafficPerActivationByte(), c.p2pLatencyS(),
                c.fusedAttentionFraction(), c.fp8GemmFraction(), c.overlapHidden(), c.collectiveLatencyS()};
    }

    private static Calibration calibration(Calibration base, double[] x) {
        return new Calibration(x[0], Math.max(x[1], 1e-9), x[2], base.nvlinkEfficiency(), base.interNodeEfficiency(),
                x[3], base.usableMemoryFraction(), x[4], x[5], x[6], x[7]);
    }
}
