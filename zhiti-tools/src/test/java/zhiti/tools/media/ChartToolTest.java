package zhiti.tools.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;
import zhiti.core.Artifact;
import zhiti.core.Figure;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.tools.media.ChartSpec.Kind;
import zhiti.tools.media.ChartSpec.Mark;
import zhiti.tools.media.ChartSpec.PlotSeries;

class ChartToolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TWO_LINES = """
            "series": [{"name": "H100", "x": [2022, 2023, 2024], "y": [1.0, 2.1, 3.9]},
                       {"name": "B200", "x": [2023, 2024, 2025], "y": [2.0, 4.5, 9.0]}]""";

    @TempDir
    Path home;

    @Test
    void lineChartIsAPngOfTheAskedSizeWithSomethingDrawn() throws IOException {
        Observation o = new MediaCalls(home).ok(ToolName.CHART, "{" + TWO_LINES + ", \"title\": \"Throughput\", "
                + "\"x_label\": \"year\", \"y_label\": \"PFLOPS\", \"width\": 800, \"height\": 500}");
        Artifact png = o.artifacts().getFirst();
        assertThat(o.artifacts()).hasSize(1);
        assertThat(png.kind()).isEqualTo(Artifact.Kind.IMAGE);
        assertThat(png.mime()).isEqualTo("image/png");
        assertThat(png.path()).startsWith(home.resolve("artifacts"));
        BufferedImage img = ImageIO.read(png.path().toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
        // the background is white: lines, markers, texts and grid are what is not
        assertThat(nonWhiteShare(img)).isBetween(0.02, 0.5);
        assertThat(o.data().path("points").asInt()).isEqualTo(6);
        assertThat(o.data().path("series").asInt()).isEqualTo(2);
    }

    @Test
    void svgKeepsTheChineseTitleAsText() throws Exception {
        Observation o = new MediaCalls(home).ok(ToolName.CHART, "{" + TWO_LINES + ", \"title\": \"每GFLOPS成本\", "
                + "\"x_label\": \"年份\", \"y_label\": \"美元/GFLOPS\", \"format\": \"both\"}");
        Map<String, Artifact> byMime = o.artifacts().stream().collect(Collectors.toMap(Artifact::mime, a -> a));
        assertThat(byMime).containsOnlyKeys("image/png", "image/svg+xml");
        String svg = Files.readString(byMime.get("image/svg+xml").path(), StandardCharsets.UTF_8);
        // horizontal texts stay text (the rotated y label is drawn as outlines)
        assertThat(svg).startsWith("<?xml").contains("<svg").contains(">每GFLOPS成本</text>").contains(">年份</text>")
                .contains("sans-serif");
        assertThat(parseXml(svg).getTagName()).isEqualTo("svg");
        // markup in a title is text, not markup: the document still parses
        Observation odd = new MediaCalls(home).ok(ToolName.CHART, "{" + TWO_LINES + ", \"title\": \"a<b & 'c' \\\"d\\\"\", "
                + "\"format\": \"svg\"}");
        String oddSvg = Files.readString(odd.artifacts().getFirst().path(), StandardCharsets.UTF_8);
        assertThat(parseXml(oddSvg).getTextContent()).contains("a<b & 'c' \"d\"");
        assertThat(ChartFont.installed().cjk()).as("fonts-wqy-zenhei is installed by scripts/system-deps.sh").isTrue();
        assertThat(svg).contains(ChartFont.installed().font().getFamily());
    }

    @Test
    void logAxisIsUsedAndRefusesNonPositiveValues() {
        MediaCalls calls = new MediaCalls(home);
        Observation o = calls.ok(ToolName.CHART, "{\"series\": [{\"name\": \"cost\", \"x\": [1960, 1990, 2020], "
                + "\"y\": [1e10, 1e4, 0.03]}], \"log_y\": true, \"kind\": \"scatter\"}");
        assertThat(o.data().path("log_y").asBoolean()).isTrue();
        JFreeChart chart = ChartRenderer.render(spec(Kind.SCATTER, true,
                new PlotSeries("cost", new double[] {1960, 1990, 2020}, new double[] {1e10, 1e4, 0.03}, Mark.POINTS)),
                ChartFont.installed());
        LogAxis y = (LogAxis) ((XYPlot) chart.getPlot()).getRangeAxis();
        assertThat(y.getLowerBound()).isLessThanOrEqualTo(0.03);
        assertThat(y.getUpperBound()).isGreaterThanOrEqualTo(1e10);
        assertThat(calls.failure(ToolName.CHART, "{\"series\": [{\"name\": \"loss\", \"x\": [1, 2, 3], "
                + "\"y\": [5, 0, -1]}], \"log_y\": true}"))
                .contains("log_y needs every y value > 0").contains("'loss'").contains("y[1] = 0")
                .contains("set log_y to false");
    }

    @Test
    void barChartOverCategories() throws IOException {
        Observation o = new MediaCalls(home).ok(ToolName.CHART, """
                {"kind": "bar", "title": "峰值算力", "y_label": "TFLOPS (BF16)",
                 "categories": ["H100", "B200", "MI300X"],
                 "series": [{"name": "dense", "y": [989, 2250, 1307]}, {"name": "sparse", "y": [1979, 4500, 2615]}]}""");
        assertThat(ImageIO.read(o.artifacts().getFirst().path().toFile()).getWidth()).isEqualTo(ChartSpec.DEFAULT_WIDTH);
        GivenSeries g = GivenSeries.read(JSON.readTree(
                "[{\"name\": \"dense\", \"y\": [989, 2250, 1307]}]"),
                JSON.readTree("[\"H100\", \"B200\", \"MI300X\"]"), Kind.BAR);
        JFreeChart chart = ChartRenderer.render(new ChartSpec(Kind.BAR, "t", "", "", "", false, 400, 300, g.series(),
                g.categories(), false), ChartFont.installed());
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(3);
        assertThat(plot.getDataset().getColumnKey(0).toString()).isEqualTo("H100");
        assertThat(plot.getDataset().getColumnKey(2).toString()).isEqualTo("MI300X");
        assertThat(plot.getDataset().getValue("dense", "B200").doubleValue()).isEqualTo(2250);
    }

    @Test
    void barChartOnALogAxisGrowsFromTheAxisFloor() throws IOException {
        Observation o = new MediaCalls(home).ok(ToolName.CHART, "{\"kind\": \"bar\", \"log_y\": true, \"series\": "
                + "[{\"name\": \"FLOP\", \"x\": [2012, 2017, 2023], \"y\": [1e17, 1e20, 2e25]}]}");
        assertThat(nonWhiteShare(ImageIO.read(o.artifacts().getFirst().path().toFile()))).isGreaterThan(0.02);
    }

    /** The goal "plot the cost per GFLOPS since 1945 with its fit". */
    @Test
    void catalogSeriesWithItsFit() throws IOException {
        Observation o = new MediaCalls(home).ok(ToolName.CHART,
                "{\"catalog_series\": \"cost per GFLOPS\", \"fit\": true, \"from\": 1945}");
        Path png = o.artifacts().getFirst().path();
        assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(ChartSpec.DEFAULT_HEIGHT);
        assertThat(o.data().path("log_y").asBoolean()).isTrue();
        assertThat(o.data().path("y_label").asText()).contains("USD per GFLOPS").contains("log scale");
        assertThat(o.data().path("x_label").asText()).isEqualTo("year");
        assertThat(o.data().at("/fit/points").asInt()).isEqualTo(21);
        Map<String, Figure> fig = o.figures().stream().collect(Collectors.toMap(Figure::name, f -> f));
        Figure factor = fig.get("annual factor (log-linear fit)");
        Figure halving = fig.get("halving time");
        Figure r2 = fig.get("R² (log-linear fit)");
        assertThat(factor.value()).isBetween(0.55, 0.7);  // ×0.62/year: 1.3e14 → 0.01 USD in 78 years
        assertThat(halving.value()).isBetween(1.2, 1.8);
        assertThat(halving.value()).isCloseTo(Math.log(2) / -Math.log(factor.value()), within(1e-9));
        assertThat(r2.value()).isBetween(0.9, 1.0);
        for (Figure f : List.of(factor, halving, r2)) {
            assertThat(f.formula()).isNotBlank();
            assertThat(f.source()).contains("Table 6");
        }
        assertThat(o.citations()).singleElement().satisfies(c -> assertThat(c.text()).contains("Table 6"));
        assertThat(o.summary()).contains("halves every").contains("R²");

        // the same fit trend_fit reports for the same points
        ToolRegistry all = ToolProvider.discover(new ToolRegistry());
        assertThat(all.find(ToolName.CHART.id())).isPresent();
        Observation trend = all.call(new Step("t", ToolName.TREND_FIT.id(),
                (ObjectNode) JSON.readTree("{\"series\": \"cost per GFLOPS\"}"), "test"));
        assertThat(trend.data().path("halving_time_years").asDouble()).isCloseTo(halving.value(), within(1e-9));
    }

    @Test
    void fitLineIsTheSubtitleAndTheLegendHasBothSeries() {
        CatalogChart c = CatalogChart.build(SeriesCatalog.builtIn(), "每GFLOPS成本", true,
                OptionalInt.of(1945), OptionalInt.empty(), Mark.POINTS, ChartWords.ZH);
        assertThat(c.fitLine()).contains("减半").contains("R²");
        JFreeChart chart = ChartRenderer.render(new ChartSpec(Kind.SCATTER, "每GFLOPS成本", c.fitLine(), "年份",
                "USD per GFLOPS", true, 600, 400, c.series(), List.of(), true), ChartFont.installed());
        assertThat(((TextTitle) chart.getSubtitle(1)).getText()).isEqualTo(c.fitLine());
        assertThat(chart.getLegend()).isNotNull();
        assertThat(((XYPlot) chart.getPlot()).getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(((XYPlot) chart.getPlot()).getDataset().getSeriesKey(1).toString()).isEqualTo("指数拟合");
    }

    @Test
    void badDataIsRefusedWithWhatToFix() {
        MediaCalls calls = new MediaCalls(home);
        assertThat(calls.failure(ToolName.CHART, "{\"series\": []}")).contains("at least one series");
        assertThat(calls.failure(ToolName.CHART, "{}")).contains("catalog_series");
        assertThat(calls.failure(ToolName.CHART, "{\"series\": [{\"name\": \"a\", \"x\": [], \"y\": []}]}"))
                .contains("'a' has no points");
        assertThat(calls.failure(ToolName.CHART, "{\"series\": [{\"name\": \"a\", \"x\": [1, 2, 3], \"y\": [1, 2]}]}"))
                .contains("x has 3 values but y has 2");
        assertThat(calls.failure(ToolName.CHART, "{\"series\": [{\"name\": \"a\", \"x\": [1, 2], \"y\": [1, \"x\"]}]}"))
                .contains("y[1] must be a finite number");
        assertThat(calls.failure(ToolName.CHART, "{\"series\": [{\"name\": \"a\", \"x\": [1], \"y\": [1]}], "
                + "\"width\": 99999}")).contains("width must be a whole number of pixels from 200 to 4000");
        assertThat(calls.failure(ToolName.CHART, "{\"kind\": \"bar\", \"categories\": [\"a\", \"b\"], "
                + "\"series\": [{\"name\": \"s\", \"y\": [1, 2, 3]}]}")).contains("one y per category");
        String many = "{\"series\": [" + String.join(",", Collections.nCopies(21,
                "{\"x\": [1], \"y\": [1]}")) + "]}";
        assertThat(calls.failure(ToolName.CHART, many)).contains("at most 20 series");
        assertThat(calls.failure(ToolName.CHART, "{\"catalog_series\": \"cost per gigaflop\", \"fit\": true}"))
                .contains("unknown catalog series").contains("cost per GFLOPS");
    }

    @Test
    void withoutACjkFontTheLogicalFontIsUsedAndSaidSo() {
        ChartFont f = ChartFont.find(List.of(home.resolve("missing.ttc")));
        assertThat(f.origin()).contains("no CJK font file found");
        assertThat(f.font().getFamily()).isNotBlank();
        // the logical font may still reach a CJK face through fontconfig; only then is there nothing to warn about
        if (f.cjk()) {
            assertThat(f.warning()).isEmpty();
        } else {
            assertThat(f.warning()).contains("Chinese glyphs may not render").contains("apt-get install fonts-wqy-zenhei");
        }
    }

    /** Parses an SVG without fetching its DTD (no network in tests). */
    private static org.w3c.dom.Element parseXml(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg.replaceFirst("<!DOCTYPE[^>]*>", "")))).getDocumentElement();
    }

    private static ChartSpec spec(Kind kind, boolean logY, PlotSeries s) {
        return new ChartSpec(kind, "t", "", "x", "y", logY, 400, 300, List.of(s), List.of(), true);
    }

    private static double nonWhiteShare(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return (double) n / ((long) img.getWidth() * img.getHeight());
    }
}
