package zhiti.tools.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jfree.chart.JFreeChart;
import zhiti.agent.Tool;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Artifact;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.tools.econ.ToolArgs;
import zhiti.tools.media.ChartSpec.Format;
import zhiti.tools.media.ChartSpec.Kind;
import zhiti.tools.media.ChartSpec.Mark;
import zhiti.tools.media.ChartSpec.PlotSeries;

/**
 * Draws a line, bar or scatter chart to PNG and/or SVG, from the caller's series or from a built-in catalog series
 * with its exponential fit overlaid; the files come back as artifacts, the fit as figures.
 */
public final class ChartTool implements Tool {

    private final ToolContext context;
    private final SeriesCatalog catalog;

    public ChartTool(ToolContext context, SeriesCatalog catalog) {
        this.context = context;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return ToolName.CHART.id();
    }

    @Override
    public String description() {
        return "Draw a chart to a PNG (and/or SVG) file: line, bar or scatter, Chinese text supported. Data is either "
                + "`series` (your numbers: [{name, x:[…], y:[…]}], or for bars `categories` with one y per category) "
                + "or `catalog_series`, a built-in series such as \"cost per GFLOPS\", drawn as points with, if "
                + "fit=true, the log-linear (exponential) trend line, its annual factor and doubling/halving time in "
                + "the subtitle and as figures. Label axes with units. Returns the file paths as artifacts.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .oneOf("kind", "chart kind; default line, or scatter for a catalog_series", "line", "bar", "scatter")
                .string("title", "chart title, e.g. 每GFLOPS成本 or Cost per GFLOPS; default: the series name")
                .string("x_label", "x axis label with unit, e.g. year")
                .string("y_label", "y axis label with unit, e.g. USD per GFLOPS; default for a catalog series: its unit")
                .bool("log_y", "logarithmic y axis (every y must be > 0); default false, but true for a catalog "
                        + "series with fit or spanning 3+ orders of magnitude")
                .oneOf("format", "files to write; default png", "png", "svg", "both")
                .integer("width", "image width in pixels, " + ChartSpec.MIN_WIDTH + "-" + ChartSpec.MAX_WIDTH
                        + "; default " + ChartSpec.DEFAULT_WIDTH)
                .integer("height", "image height in pixels, " + ChartSpec.MIN_HEIGHT + "-" + ChartSpec.MAX_HEIGHT
                        + "; default " + ChartSpec.DEFAULT_HEIGHT)
                .objects("series", "your data, at most " + ChartSpec.MAX_SERIES + " series of at most "
                        + ChartSpec.MAX_POINTS + " points", ToolSchema.object()
                        .string("name", "legend label")
                        .array("x", "x values (numbers, e.g. years); omit for a bar chart with categories", "number")
                        .array("y", "y values, one per x (or per category)", "number")
                        .required("y"))
                .array("categories", "bar charts: the labels along x, e.g. [\"H100\", \"B200\"]", "string")
                .string("catalog_series", "a built-in series instead of series, e.g. cost per GFLOPS, battery cost")
                .bool("fit", "catalog_series: overlay the log-linear fit ln y = a + b·t; default false")
                .integer("from", "catalog_series: first year to include, e.g. 1945")
                .integer("to", "catalog_series: last year to include")
                .build();
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        Format format = Format.parse(a.text("format", "png"));
        int width = bounded(a, "width", ChartSpec.DEFAULT_WIDTH, ChartSpec.MIN_WIDTH, ChartSpec.MAX_WIDTH);
        int height = bounded(a, "height", ChartSpec.DEFAULT_HEIGHT, ChartSpec.MIN_HEIGHT, ChartSpec.MAX_HEIGHT);
        boolean given = json.hasNonNull("series");
        if (given == a.has("catalog_series")) {
            throw new IllegalArgumentException(given
                    ? "give either series (your numbers) or catalog_series (a built-in series), not both"
                    : "give the data: series [{name, x:[…], y:[…]}] or catalog_series, e.g. \"cost per GFLOPS\"");
        }
        Drawing d = given ? fromSeries(a, json, width, height) : fromCatalog(a, width, height);
        ChartSpec spec = d.spec();
        spec.checkLogAxis();
        ChartFont font = ChartFont.installed();
        JFreeChart chart = ChartRenderer.render(spec, font);
        List<Artifact> files = ChartWriter.write(chart, spec, format, context.artifactDir());
        ObjectNode data = d.data();
        describe(data, spec, format, font, files);
        data.put("points", d.dataPoints());
        String summary = String.format(Locale.ROOT, "%s chart '%s': %d points in %d series%s, %s",
                spec.kind().id(), spec.title(), d.dataPoints(), spec.series().size(), spec.logY() ? ", log y" : "",
                String.join(" and ", files.stream().map(f -> f.path().toString()).toList()))
                + (spec.subtitle().isEmpty() ? "" : "; " + spec.subtitle()) + (font.cjk() ? "" : "; " + font.warning());
        return new ToolResult(data, summary, d.figures(), d.citations(), files);
    }

    /**
     * A chart ready to draw, with what the result says besides the files.
     *
     * @param dataPoints the points given or looked up, not the samples of a fitted line
     */
    private record Drawing(ChartSpec spec, int dataPoints, List<Figure> figures, List<Citation> citations,
                           ObjectNode data) {
    }

    private static Drawing fromSeries(ToolArgs a, JsonNode json, int width, int height) {
        for (String k : List.of("fit", "from", "to")) {
            if (a.has(k)) {
                throw new IllegalArgumentException(k + " applies to catalog_series only; to fit your own points "
                        + "use trend_fit, then chart them");
            }
        }
        Kind kind = Kind.parse(a.text("kind", "line"));
        GivenSeries g = GivenSeries.read(json.get("series"), json.get("categories"), kind);
        String title = a.text("title", String.join(", ", g.series().stream().map(PlotSeries::name).toList()));
        ChartSpec spec = new ChartSpec(kind, title, "", a.text("x_label", ""), a.text("y_label", ""), a.flag("log_y"),
                width, height, g.series(), g.categories(), g.yearAxis());
        return new Drawing(spec, spec.points(), List.of(), List.of(), JsonNodeFactory.instance.objectNode());
    }

    private Drawing fromCatalog(ToolArgs a, int width, int height) {
        Kind kind = Kind.parse(a.text("kind", "scatter"));
        if (kind == Kind.BAR) {
            throw new IllegalArgumentException("a catalog series is dated points: draw it as line or scatter");
        }
        String asked = a.text("catalog_series").orElseThrow();
        ChartWords words = ChartWords.of(a.text("title", ""), asked);
        boolean fit = a.flag("fit");
        CatalogChart c = CatalogChart.build(catalog, asked, fit, year(a, "from"), year(a, "to"),
                kind == Kind.SCATTER ? Mark.POINTS : Mark.LINE_AND_POINTS, words);
        boolean logY = a.has("log_y") ? a.flag("log_y") : fit || spansDecades(c.series().getFirst().y(), 3);
        String unit = c.source().unit() + (logY ? words.aside(words.logScale) : "");
        String title = a.text("title", words == ChartWords.ZH ? asked : c.source().name());
        ChartSpec spec = new ChartSpec(kind, title, c.fitLine(), a.text("x_label", words.year), a.text("y_label", unit),
                logY, width, height, c.series(), List.of(), true);
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("catalog_series", c.source().name())
                .put("unit", c.source().unit());
        if (c.fitData() != null) {
            data.set("fit", c.fitData());
        }
        return new Drawing(spec, c.series().getFirst().size(), c.figures(), List.of(c.citation()), data);
    }

    private static void describe(ObjectNode data, ChartSpec spec, Format format, ChartFont font, List<Artifact> files) {
        data.put("kind", spec.kind().id()).put("title", spec.title()).put("x_label", spec.xLabel())
                .put("y_label", spec.yLabel()).put("log_y", spec.logY()).put("format", format.name().toLowerCase(Locale.ROOT))
                .put("width", spec.width()).put("height", spec.height()).put("series", spec.series().size())
                .put("font", font.font().getFamily(Locale.ROOT));
        var paths = data.putArray("files");
        files.forEach(f -> paths.addObject().put("path", f.path().toString()).put("mime", f.mime()));
        if (!font.cjk()) {
            data.put("warning", font.warning());
        }
    }

    private static int bounded(ToolArgs a, String key, int fallback, int min, int max) {
        OptionalDouble v = a.number(key);
        if (v.isEmpty()) {
            return fallback;
        }
        double d = v.getAsDouble();
        if (d != Math.rint(d) || d < min || d > max) {
            throw new IllegalArgumentException(key + " must be a whole number of pixels from " + min + " to " + max
                    + ", got " + v.getAsDouble());
        }
        return (int) d;
    }

    private static OptionalInt year(ToolArgs a, String key) {
        OptionalDouble v = a.number(key);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        double d = v.getAsDouble();
        if (d != Math.rint(d) || d < 1000 || d > 2999) {
            throw new IllegalArgumentException(key + " must be a year such as 1945, got " + d);
        }
        return OptionalInt.of((int) d);
    }

    /** Positive values whose largest is at least 10^decades times the smallest read better on a log axis. */
    private static boolean spansDecades(double[] y, int decades) {
        double min = Arrays.stream(y).min().orElse(0);
        double max = Arrays.stream(y).max().orElse(0);
        return min > 0 && max / min >= Math.pow(10, decades);
    }
}
