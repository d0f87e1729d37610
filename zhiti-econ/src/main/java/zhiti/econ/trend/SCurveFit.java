package zhiti.econ.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import zhiti.core.Figure;
import zhiti.econ.trend.DatedValue.DateAnchor;

/**
 * Diffusion S-curves fitted to dated points by least squares (Levenberg–Marquardt from several linearised starts),
 * with the date the curve crosses a level, by default half its ceiling (the reports end an era at 50% penetration).
 * <ul>
 *   <li>logistic: y = K ÷ (1 + e^(−r(t − t₀))), symmetric, 50% at t₀</li>
 *   <li>Gompertz: y = K · e^(−e^(−c(t − tₘ))), slow tail, 50% at tₘ − ln(ln 2)/c</li>
 *   <li>Bass: y = m · (1 − e^(−(p+q)s)) ÷ (1 + (q/p) e^(−(p+q)s)), s = t − launch; p innovation, q imitation</li>
 * </ul>
 */
public final class SCurveFit {

    private SCurveFit() {
    }

    public enum Model {
        LOGISTIC("y = K ÷ (1 + e^(−r·(t − t₀)))", "r (per year)", "t₀ (decimal year)"),
        GOMPERTZ("y = K · e^(−e^(−c·(t − tₘ)))", "c (per year)", "tₘ (decimal year)"),
        BASS("y = m · (1 − e^(−(p+q)·s)) ÷ (1 + (q/p)·e^(−(p+q)·s)), s = t − launch", "p (innovation)", "q (imitation)");

        final String formula;
        final String second;
        final String third;

        Model(String formula, String second, String third) {
            this.formula = formula;
            this.second = second;
            this.third = third;
        }

        public static Model parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown S-curve model '" + s + "': use logistic, gompertz or bass");
            }
        }

        /** Full parameters {ceiling, a, b}; times are relative to the reference year. */
        double value(double t, double[] p, double launch) {
            double k = p[0], a = p[1], b = p[2];
            if (!(k > 0)) {
                return Double.NaN;
            }
            return switch (this) {
                case LOGISTIC -> a > 0 ? k / (1 + Math.exp(-a * (t - b))) : Double.NaN;
                case GOMPERTZ -> a > 0 ? k * Math.exp(-Math.exp(-a * (t - b))) : Double.NaN;
                case BASS -> {
                    if (!(a > 0 && b >= 0)) {
                        yield Double.NaN;
                    }
                    double s = t - launch;
                    if (s <= 0) {
                        yield 0.0;
                    }
                    double e = Math.exp(-(a + b) * s);
                    yield k * (1 - e) / (1 + (b / a) * e);
                }
            };
        }
    }

    /** A fitted curve: ceiling, the two shape parameters (times as decimal years), fit quality and figures. */
    public record Result(Model model, double ceiling, double a, double b, double launch, double rmse,
                         double crossingYear, double crossingLevel, List<Figure> figures) {

        public double value(double decimalYear) {
            return model.value(decimalYear, new double[] {ceiling, a, b}, launch);
        }
    }

    /**
     * @param fixedCeiling the saturation level if known (e.g. 100 for a share in percent), or null to fit it
     * @param launchYear   Bass only: decimal year adoption starts; null → the first point's date
     * @param crossingLevel the level whose crossing date is reported, or null for half the ceiling
     */
    public static Result fit(Model model, List<DatedValue> points, Double fixedCeiling, Double launchYear,
                             Double crossingLevel, DateAnchor anchor, String source) {
        int free = fixedCeiling == null ? 3 : 2;
        if (points.size() <= free) {
            throw new IllegalArgumentException("a " + model.name().toLowerCase(Locale.ROOT) + " fit with " + free
                    + " free parameters needs at least " + (free + 1) + " points, got " + points.size()
                    + (fixedCeiling == null ? " (or fix the ceiling, e.g. 100 for a share in %)" : ""));
        }
        if (fixedCeiling != null && !(fixedCeiling > 0)) {
            throw new IllegalArgumentException("the ceiling must be positive, got " + fixedCeiling);
        }
        double[] t = new double[points.size()];
        double[] y = new double[points.size()];
        double max = 0;
        for (int i = 0; i < t.length; i++) {
            t[i] = points.get(i).decimalYear(anchor);
            y[i] = points.get(i).value();
            if (!(y[i] >= 0)) {
                throw new IllegalArgumentException("S-curves describe cumulative adoption, so values must be ≥ 0; "
                        + points.get(i).printed() + " has " + y[i]);
            }
            if (fixedCeiling != null && y[i] >= fixedCeiling) {
                throw new IllegalArgumentException("point " + points.get(i).printed() + " (" + y[i]
                        + ") is at or above the fixed ceiling " + fixedCeiling + "; raise the ceiling or leave it free");
            }
            max = Math.max(max, y[i]);
        }
        if (!(max > 0)) {
            throw new IllegalArgumentException("all values are zero; nothing to fit");
        }
        double ref = t[0];
        double[] tr = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            tr[i] = t[i] - ref;
        }
        double launch = (launchYear == null ? t[0] : launchYear) - ref;
        if (model == Model.BASS && launch > tr[0] + 1e-9 && y[0] > 0) {
            throw new IllegalArgumentException("the Bass launch year must not come after the first non-zero point ("
                    + points.get(0).printed() + ")");
        }
        // Bass with the launch at the first point would force the first value to 0; start a hair earlier
        double launchRel = model == Model.BASS && launchYear == null && y[0] > 0 ? launch - 0.5 : launch;

        List<double[]> starts = startingGuesses(model, tr, y, max, fixedCeiling, launchRel);
        LevenbergMarquardt.Solution best = null;
        for (double[] s : starts) {
            double[] freeStart = fixedCeiling == null ? s : new double[] {s[1], s[2]};
            LevenbergMarquardt.Solution sol;
            try {
                sol = LevenbergMarquardt.minimise((tt, p) -> model.value(tt, full(p, fixedCeiling), launchRel),
                        tr, y, freeStart);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (best == null || sol.sse() < best.sse()) {
                best = sol;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no " + model.name().toLowerCase(Locale.ROOT)
                    + " curve fits these points; check that they rise over time");
        }
        double[] p = full(best.params(), fixedCeiling);
        double k = p[0];
        double a = p[1];
        double b = model == Model.BASS ? p[2] : p[2] + ref;
        double bassLaunch = launchRel + ref;
        double level = crossingLevel == null ? k / 2 : crossingLevel;
        if (!(level > 0 && level < k)) {
            throw new IllegalArgumentException("the crossing level must lie between 0 and the fitted ceiling "
                    + k + ", got " + level);
        }
        Result partial = new Result(model, k, a, b, bassLaunch, Math.sqrt(best.sse() / t.length), 0, level, List.of());
        double crossing = crossingYear(partial, level, t[0]);
        List<Figure> figs = new ArrayList<>();
        var in = Figure.inputs("model", model.name().toLowerCase(Locale.ROOT), "points", t.length,
                "from", points.get(0).printed(), "to", points.get(t.length - 1).printed(),
                "ceiling", k, "ceiling fixed", fixedCeiling != null, model.second, a, model.third, b,
                "RMSE", partial.rmse(), "date anchor", anchor.name().toLowerCase(Locale.ROOT));
        if (model == Model.BASS) {
            in.put("launch (decimal year)", bassLaunch);
        }
        figs.add(new Figure("S-curve ceiling", k, "value units", model.formula, in, source));
        var cin = new java.util.LinkedHashMap<String, Object>(in);
        cin.put("level", level);
        cin.put("date", toDate(crossing).toString());
        figs.add(new Figure("date the fitted curve reaches " + (crossingLevel == null ? "50% of its ceiling" : "level " + level),
                crossing, "decimal year", "solve f(t) = level on the fitted " + model.name().toLowerCase(Locale.ROOT) + " curve",
                cin, source));
        return new Result(model, k, a, b, bassLaunch, partial.rmse(), crossing, level, figs);
    }

    private static double[] full(double[] p, Double fixedCeiling) {
        return fixedCeiling == null ? p : new double[] {fixedCeiling, p[0], p[1]};
    }

    private static List<double[]> startingGuesses(Model model, double[] t, double[] y, double max, Double fixed,
                                                  double launch) {
        double[] ks = fixed != null ? new double[] {fixed}
                : new double[] {1.02 * max, 1.1 * max, 1.3 * max, 1.6 * max, 2 * max, 3 * max, 5 * max, 10 * max};
        List<double[]> c = new ArrayList<>();
        for (double k : ks) {
            if (model == Model.BASS) {
                for (double p : new double[] {0.001, 0.003, 0.01, 0.03, 0.1}) {
                    for (double q : new double[] {0.05, 0.1, 0.2, 0.4, 0.8}) {
                        c.add(new double[] {k, p, q});
                    }
                }
                continue;
            }
            List<double[]> xy = new ArrayList<>();
            for (int i = 0; i < t.length; i++) {
                if (y[i] > 0 && y[i] < k) {
                    double z = model == Model.LOGISTIC ? Math.log(y[i] / (k - y[i])) : Math.log(-Math.log(y[i] / k));
                    xy.add(new double[] {t[i], z});
                }
            }
            if (xy.size() < 2) {
                continue;
            }
            double[] line = line(xy);
            double slope = model == Model.LOGISTIC ? line[1] : -line[1];
            if (!(slope > 0)) {
                continue;
            }
            double centre = model == Model.LOGISTIC ? -line[0] / line[1] : line[0] / slope;
            c.add(new double[] {k, slope, centre});
        }
        if (c.isEmpty()) {
            c.add(new double[] {2 * max, 0.5, t[t.length - 1]});
        }
        c.sort(Comparator.comparingDouble(s -> LevenbergMarquardt.sse((tt, p) -> model.value(tt, p, launch), t, y, s)));
        return c.subList(0, Math.min(4, c.size()));
    }

    private static double[] line(List<double[]> xy) {
        double mx = 0, my = 0;
        for (double[] p : xy) {
            mx += p[0];
            my += p[1];
        }
        mx /= xy.size();
        my /= xy.size();
        double sxx = 0, sxy = 0;
        for (double[] p : xy) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
        }
        double b = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {my - b * mx, b};
    }

    /** Bisection on the increasing fitted curve. */
    static double crossingYear(Result r, double level, double firstYear) {
        double lo = firstYear - 300, hi = firstYear + 500;
        if (r.value(hi) < level) {
            throw new IllegalArgumentException("the fitted curve does not reach " + level + " within 500 years");
        }
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double v = r.value(mid);
            if (Double.isNaN(v) || v < level) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Decimal year → calendar date (nearest day). */
    public static LocalDate toDate(double decimalYear) {
        int year = (int) Math.floor(decimalYear);
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        return jan1.plusDays(Math.round((decimalYear - year) * jan1.lengthOfYear()));
    }
}
