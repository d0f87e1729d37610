package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zhiti.core.Citation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.catalog.Series;
import zhiti.econ.trend.DatedValue;
import zhiti.econ.trend.DatedValue.DateAnchor;
import zhiti.econ.trend.LogLinearFit;
import zhiti.econ.trend.SCurveFit;
import zhiti.econ.trend.WrightsLaw;

/**
 * Fits a trend to a catalog series or to given points: log-linear (doubling or halving time with its confidence
 * interval), Wright's law, or a logistic / Gompertz / Bass S-curve with the date it crosses a level.
 */
public final class TrendFitTool implements Tool {

    private final CatalogNames names;

    public TrendFitTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.TREND_FIT.id();
    }

    @Override
    public String description() {
        return "Fit a trend. loglinear: ln y = a + b·t by least squares, giving the % change per year and the doubling "
                + "(or halving) time in years with a confidence interval. logistic, gompertz, bass: S-curves of "
                + "adoption fitted by Levenberg–Marquardt, giving the ceiling and the date the curve crosses level "
                + "(default half the ceiling, the 50% crossing). wright: unit cost vs cumulative volume, giving the "
                + "cost cut per doubling of volume. Give a catalog series (its observed points) or points.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("series", "catalog time series, e.g. NEV share (China), cost per GFLOPS, bitcoin hash rate")
                .string("points", "data as X=VALUE pairs separated by commas or semicolons, X a date (YYYY, YYYY-MM, "
                        + "YYYY-MM-DD) or, for wright, the cumulative volume; e.g. \"2019=4.7, 2020=5.4, 2021=13.4\"")
                .oneOf("model", "trend model; default loglinear", "loglinear", "logistic", "gompertz", "bass", "wright")
                .number("ceiling", "S-curves: fixed saturation level in the data's unit (e.g. 100 for a share in %); fitted if absent")
                .number("level", "S-curves: the level whose crossing date is reported; default half the ceiling")
                .number("launch", "bass: decimal year adoption starts; default half a year before the first point")
                .oneOf("anchor", "where a year- or month-only date sits in its period; default start", "start", "mid", "end")
                .number("confidence", "confidence level of the intervals, 0-1; default 0.95")
                .string("from_date", "series: first date to include, YYYY or YYYY-MM")
                .string("to_date", "series: last date to include, YYYY or YYYY-MM")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(Signature.of("series").fixed("model", "loglinear").needs(Quantity.SERIES, "series")
                .gives(Quantity.DOUBLING_TIME, "/doubling_or_halving_years").gives(Quantity.RATE, "/rate_per_year")
                .build());
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        String model = a.lower("model", "loglinear");
        data.put("mode", model);
        double confidence = a.fraction("confidence", 0.95);
        DateAnchor anchor = switch (a.lower("anchor", "start")) {
            case "start" -> DateAnchor.START;
            case "mid", "middle" -> DateAnchor.MIDDLE;
            case "end" -> DateAnchor.END;
            default -> throw new IllegalArgumentException("anchor must be start, mid or end");
        };
        String source = "user input";
        List<String[]> pairs = new ArrayList<>();
        List<DatedValue> dated = new ArrayList<>();
        if (a.has("series")) {
            if (model.equals("wright")) {
                throw new IllegalArgumentException("wright needs cumulative volume and unit cost pairs; give points, "
                        + "not a dated series");
            }
            Series s = names.series(a.text("series").orElseThrow());
            source = s.source();
            citations.add(CatalogNames.cite(s.name(), s.source()));
            data.put("series", s.name()).put("unit", s.unit());
            for (Series.Point p : s.observed()) {
                DatedValue d = DatedValue.of(p);
                if (inRange(a, d)) {
                    dated.add(d);
                }
            }
        } else if (a.has("points")) {
            for (String item : a.text("points").orElseThrow().split("[,;\\n]")) {
                if (item.isBlank()) {
                    continue;
                }
                int eq = item.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("each point must look like X=VALUE, e.g. 2023=31.4; got '"
                            + item.trim() + "'");
                }
                pairs.add(new String[] {item.substring(0, eq).trim(), item.substring(eq + 1).trim()});
            }
            if (!model.equals("wright")) {
                for (String[] p : pairs) {
                    dated.add(DatedValue.of(p[0], value(p[1], p[0])));
                }
            }
        } else {
            throw new IllegalArgumentException("give a catalog series or points (\"2019=4.7, 2020=5.4, ...\")");
        }
        data.put("points", model.equals("wright") ? pairs.size() : dated.size());
        List<Figure> figures;
        String summary;
        switch (model) {
            case "loglinear" -> {
                var r = LogLinearFit.fit(dated, anchor, confidence, source);
                figures = new ArrayList<>(r.figures());
                Figure t2 = figures.get(1);
                boolean rising = r.slopePerYear() > 0;
                // one key whichever way the fit goes, so a planner reads the time without knowing the direction
                Figure rate = new Figure("fitted annual rate of change", figures.get(0).value() / 100, "fraction/year",
                        "rate = e^b − 1 (+ growth, − decline)", Figure.inputs("% per year", figures.get(0).value()),
                        source);
                figures.add(rate);
                data.put("rate_percent_per_year", figures.get(0).value()).put("r_squared", r.regression().rSquared())
                        .put(rising ? "doubling_time_years" : "halving_time_years", t2.value())
                        .put("doubling_or_halving_years", t2.value()).put("rate_per_year", rate.value());
                putInterval(data, t2.inputs(), rising ? "doubling_time_years" : "halving_time_years");
                data.set("chart", chart(dated, anchor, r.regression()));
                summary = String.format(java.util.Locale.ROOT, "%s every %.3g years (%+.1f%%/year, R² %.3f, %d points)",
                        rising ? "doubles" : "halves", t2.value(), figures.get(0).value(), r.regression().rSquared(),
                        dated.size());
            }
            case "logistic", "gompertz", "bass" -> {
                Double ceiling = a.has("ceiling") ? a.requiredPositive("ceiling", "") : null;
                Double launch = a.has("launch") ? a.number("launch").getAsDouble() : null;
                Double level = a.has("level") ? a.requiredPositive("level", "") : null;
                var r = SCurveFit.fit(SCurveFit.Model.parse(model), dated, ceiling, launch, level, anchor, source);
                figures = r.figures();
                String crossing = SCurveFit.toDate(r.crossingYear()).toString();
                data.put("ceiling", r.ceiling()).put("crossing_level", r.crossingLevel()).put("crossing_date", crossing)
                        .put("crossing_year", r.crossingYear()).put("rmse", r.rmse());
                summary = model + " fit: ceiling " + Formatting.num(r.ceiling()) + ", crosses "
                        + Formatting.num(r.crossingLevel()) + " on " + crossing + " (RMSE " + Formatting.num(r.rmse()) + ")";
            }
            case "wright" -> {
                double[] v = new double[pairs.size()];
                double[] c = new double[pairs.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = value(pairs.get(i)[0], "cumulative volume");
                    c[i] = value(pairs.get(i)[1], pairs.get(i)[0]);
                }
                var r = WrightsLaw.fit(v, c, confidence, source);
                figures = r.figures();
                data.put("learning_rate", r.learningRate()).put("learning_rate_percent", 100 * r.learningRate())
                        .put("progress_ratio", figures.get(1).value());
                putInterval(data, figures.get(0).inputs(), "learning_rate"); // interval as a fraction, like learning_rate
                summary = String.format(java.util.Locale.ROOT, "unit cost falls %.1f%% per doubling of cumulative volume",
                        100 * r.learningRate());
            }
            default -> throw new IllegalArgumentException("model must be loglinear, logistic, gompertz, bass or wright, got '"
                    + model + "'");
        }
        return new ToolResult(data, summary, figures, citations);
    }

    private static boolean inRange(ToolArgs a, DatedValue d) {
        if (a.has("from_date") && d.date().isBefore(DatedValue.of(a.text("from_date").orElseThrow(), 0).date())) {
            return false;
        }
        return !(a.has("to_date") && d.date().isAfter(DatedValue.of(a.text("to_date").orElseThrow(), 0).date()));
    }

    private static double value(String text, String at) {
        try {
            return Double.parseDouble(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value at " + at + " is not a number: '" + text + "'");
        }
    }

    /** The data and the fitted line at the same dates, for a client to draw (log scale). */
    private static ObjectNode chart(List<DatedValue> dated, DateAnchor anchor, zhiti.econ.trend.LinearRegression fit) {
        ObjectNode c = JsonNodeFactory.instance.objectNode().put("log", true);
        var x = c.putArray("x");
        var observed = c.putArray("observed");
        var fitted = c.putArray("fitted");
        for (DatedValue d : dated) {
            double t = d.decimalYear(anchor);
            x.add(t);
            observed.add(d.value());
            fitted.add(Math.exp(fit.intercept() + fit.slope() * t));
        }
        return c;
    }

    /** Copies the "NN% CI low/high" inputs of a fitted figure into data as key_low / key_high (numbers only). */
    private static void putInterval(ObjectNode data, Map<String, Object> inputs, String key) {
        inputs.forEach((k, v) -> {
            if (k.endsWith("CI low") && v instanceof Number n) {
                data.put(key + "_low", n.doubleValue());
            } else if (k.endsWith("CI high") && v instanceof Number n) {
                data.put(key + "_high", n.doubleValue());
            }
        });
        inputs.keySet().stream().filter(k -> k.endsWith("CI low")).findFirst()
                .ifPresent(k -> data.put("confidence_interval", k.substring(0, k.length() - " low".length())));
    }
}
