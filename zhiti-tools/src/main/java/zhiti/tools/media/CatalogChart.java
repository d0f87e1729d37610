package zhiti.tools.media;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.UnknownNameException;
import zhiti.econ.trend.DatedValue;
import zhiti.econ.trend.DatedValue.DateAnchor;
import zhiti.econ.trend.LinearRegression;
import zhiti.econ.trend.LogLinearFit;
import zhiti.tools.econ.CatalogNames;
import zhiti.tools.media.ChartSpec.Mark;
import zhiti.tools.media.ChartSpec.PlotSeries;

/**
 * A built-in catalog series as chart data: its observed points (forecasts and alternative figures left out, as the
 * trend fit leaves them out), optionally within [from, to] years, and with {@code fit} the exponential trend
 * ln y = a + b·t fitted as {@code trend_fit} fits it (dates at the start of their period), drawn as a line and
 * reported as figures.
 *
 * @param series  the data, then the fitted line when there is one
 * @param fitLine the fit in words for the subtitle and summary; empty without a fit
 * @param fitData the fit's numbers for the result's data; null without a fit
 */
record CatalogChart(Series source, List<PlotSeries> series, String fitLine, List<Figure> figures,
                    ObjectNode fitData, Citation citation) {

    static final DateAnchor ANCHOR = DateAnchor.START;
    private static final int FIT_SAMPLES = 100;

    static CatalogChart build(SeriesCatalog catalog, String name, boolean fit, OptionalInt from, OptionalInt to,
                              Mark dataMark, ChartWords words) {
        Series s = lookUp(catalog, name);
        if (from.isPresent() && to.isPresent() && from.getAsInt() > to.getAsInt()) {
            throw new IllegalArgumentException("from (" + from.getAsInt() + ") is after to (" + to.getAsInt() + ")");
        }
        List<DatedValue> points = new ArrayList<>();
        for (Series.Point p : s.observed()) {
            int year = p.date().start().getYear();
            if ((from.isEmpty() || year >= from.getAsInt()) && (to.isEmpty() || year <= to.getAsInt())) {
                points.add(DatedValue.of(p));
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("series '" + s.name() + "' has no observed points in the years asked; "
                    + "it runs from " + s.first().date() + " to " + s.last().date());
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).decimalYear(ANCHOR);
            y[i] = points.get(i).value();
        }
        List<PlotSeries> series = new ArrayList<>();
        series.add(new PlotSeries(words.data, x, y, dataMark));
        Citation cite = CatalogNames.cite(s.name(), s.source());
        if (!fit) {
            return new CatalogChart(s, series, "", List.of(), null, cite);
        }
        if (points.size() < 3) {
            throw new IllegalArgumentException("a fit needs at least 3 points; series '" + s.name() + "' has "
                    + points.size() + " in the years asked; widen from/to or set fit to false");
        }
        LogLinearFit.Result r = LogLinearFit.fit(points, ANCHOR, 0.95, s.source());
        series.add(fittedLine(words.fit, r.regression(), x));
        return withFit(s, series, r, points, words, cite);
    }

    /** The series, or an error that names the nearest ones (or all of them when nothing is near). */
    private static Series lookUp(SeriesCatalog catalog, String name) {
        try {
            return catalog.get(name);
        } catch (UnknownNameException e) {
            List<String> near = e.suggestions().isEmpty()
                    ? catalog.all().stream().map(Series::name).toList() : e.suggestions();
            throw new IllegalArgumentException("unknown catalog series '" + name + "'; nearest: "
                    + String.join(", ", near) + " (catalog_list lists every series)");
        }
    }

    /** ln y is linear in t, so the curve is sampled evenly: a straight line on a log axis, a curve on a linear one. */
    private static PlotSeries fittedLine(String name, LinearRegression fit, double[] x) {
        double lo = x[0], hi = x[0];
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] fx = new double[FIT_SAMPLES];
        double[] fy = new double[FIT_SAMPLES];
        for (int i = 0; i < FIT_SAMPLES; i++) {
            fx[i] = lo + (hi - lo) * i / (FIT_SAMPLES - 1);
            fy[i] = Math.exp(fit.intercept() + fit.slope() * fx[i]);
        }
        return new PlotSeries(name, fx, fy, Mark.LINE);
    }

    private static CatalogChart withFit(Series s, List<PlotSeries> series, LogLinearFit.Result r,
                                        List<DatedValue> points, ChartWords words, Citation cite) {
        LinearRegression reg = r.regression();
        boolean rising = reg.slope() > 0;
        String from = points.getFirst().printed();
        String to = points.getLast().printed();
        var inputs = Figure.inputs("series", s.name(), "points", points.size(), "from", from, "to", to,
                "b (ln units/year)", reg.slope());
        Figure factor = new Figure("annual factor (log-linear fit)", Math.exp(reg.slope()), "×/year",
                "factor = e^b, with ln y = a + b·t fitted by OLS", inputs, s.source());
        Figure percent = r.figures().get(0);
        Figure time = r.figures().get(1);
        Figure r2 = new Figure("R² (log-linear fit)", reg.rSquared(), "",
                "R² = 1 − SSE ÷ SST of ln y on t", Figure.inputs("series", s.name(), "points", points.size()),
                s.source());
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("annual_factor", factor.value()).put("rate_percent_per_year", percent.value())
                .put(rising ? "doubling_time_years" : "halving_time_years", time.value())
                .put("r_squared", reg.rSquared()).put("intercept", reg.intercept()).put("slope_per_year", reg.slope())
                .put("points", points.size()).put("from", from).put("to", to);
        String line = words.fitLine(from, to, factor.value(), percent.value(), rising, time.value(), reg.rSquared(),
                points.size());
        return new CatalogChart(s, series, line, List.of(factor, percent, time, r2), data, cite);
    }
}
