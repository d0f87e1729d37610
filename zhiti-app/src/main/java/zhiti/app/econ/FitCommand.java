package zhiti.app.econ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.core.Figure;
import zhiti.econ.catalog.Series;
import zhiti.econ.trend.DatedValue;
import zhiti.econ.trend.DatedValue.DateAnchor;
import zhiti.econ.trend.LogLinearFit;
import zhiti.econ.trend.SCurveFit;
import zhiti.econ.trend.WrightsLaw;

/** {@code zhiti econ fit}: log-linear trend, Wright's law, or a logistic / Gompertz / Bass S-curve fitted to points. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a trend to points: loglinear (growth, doubling time, CI), wright (learning rate), "
                + "logistic | gompertz | bass (ceiling and the date of 50%% of it).",
                "Example: zhiti econ fit --model logistic --ceiling 100 --point 2019=5 --point 2020=6 --point 2021=15 --point 2022=26 --point 2023=31"})
public final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, description = "loglinear | wright | logistic | gompertz | bass")
    String model;

    @Option(names = "--series", paramLabel = "NAME",
            description = "catalog time series whose observed points to fit (NEV share (China), cost per GFLOPS …)")
    String series;

    @Option(names = "--point", description = "DATE=VALUE (for wright: CUMULATIVE_VOLUME=UNIT_COST); repeat")
    List<String> points = new ArrayList<>();

    @Option(names = "--file", description = "CSV with the x (date or volume) in the first column and the value in the second; a header line is skipped")
    Path file;

    @Option(names = "--ceiling", description = "S-curves: fixed saturation level (e.g. 100 for a share in %%); fitted if absent")
    Double ceiling;

    @Option(names = "--launch", description = "Bass: decimal year adoption starts (default: half a year before the first point)")
    Double launch;

    @Option(names = "--level", description = "S-curves: report the date this level is crossed (default: half the ceiling)")
    Double level;

    @Option(names = "--anchor", defaultValue = "start", description = "where a year-only date sits: start | mid | end; default ${DEFAULT-VALUE}")
    String anchor;

    @Option(names = "--confidence", defaultValue = "0.95", description = "confidence level of the intervals; default ${DEFAULT-VALUE}")
    double confidence;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (String p : points) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--point must look like X=VALUE, e.g. 2023=31.4; got '" + p + "'");
            }
            pairs.add(new String[] {p.substring(0, eq).trim(), p.substring(eq + 1).trim()});
        }
        if (file != null) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("--file " + file + " cannot be read; give a CSV path");
            }
            for (String line : Files.readAllLines(file)) {
                String[] cells = line.split(",");
                if (cells.length < 2 || cells[1].isBlank() || !Character.isDigit(cells[0].trim().isEmpty() ? 'x' : cells[0].trim().charAt(0))) {
                    continue; // header or empty line
                }
                pairs.add(new String[] {cells[0].trim(), cells[1].trim()});
            }
        }
        String source = "user data";
        if (series != null) {
            Series s = CatalogInputs.series(series);
            source = s.source();
            for (Series.Point p : s.observed()) {
                DatedValue d = DatedValue.of(p);
                pairs.add(new String[] {d.printed(), java.math.BigDecimal.valueOf(p.value()).toPlainString()});
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("give points with --point X=VALUE (repeat), --file data.csv or --series NAME");
        }
        DateAnchor a = switch (anchor.toLowerCase(Locale.ROOT)) {
            case "start" -> DateAnchor.START;
            case "mid", "middle" -> DateAnchor.MIDDLE;
            case "end" -> DateAnchor.END;
            default -> throw new IllegalArgumentException("--anchor must be start, mid or end, got '" + anchor + "'");
        };
        String m = model.toLowerCase(Locale.ROOT);
        List<Figure> figures;
        Map<String, Object> extra = new LinkedHashMap<>();
        if (m.equals("wright")) {
            double[] v = new double[pairs.size()];
            double[] c = new double[pairs.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = EconOutput.number("cumulative volume", pairs.get(i)[0]);
                c[i] = EconOutput.number("unit cost", pairs.get(i)[1]);
            }
            figures = WrightsLaw.fit(v, c, confidence, source).figures();
        } else {
            List<DatedValue> pts = new ArrayList<>();
            for (String[] p : pairs) {
                pts.add(DatedValue.of(p[0], EconOutput.number("value at " + p[0], p[1])));
            }
            if (m.equals("loglinear")) {
                figures = LogLinearFit.fit(pts, a, confidence, source).figures();
            } else {
                var r = SCurveFit.fit(SCurveFit.Model.parse(m), pts, ceiling, launch, level, a, source);
                figures = r.figures();
                extra.put("crossing_date", SCurveFit.toDate(r.crossingYear()).toString());
            }
        }
        EconOutput.print(spec, json, figures, extra);
        return 0;
    }
}
