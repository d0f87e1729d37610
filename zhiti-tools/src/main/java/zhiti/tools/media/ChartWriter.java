package zhiti.tools.media;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import zhiti.core.Artifact;

/** Writes a chart as PNG and/or SVG files under the artifacts directory, each under a fresh name. */
final class ChartWriter {

    static final String PNG = "image/png";
    static final String SVG = "image/svg+xml";

    /**
     * Viewers without the chart's CJK face pick the next one that has Chinese glyphs. Double quotes: JFreeSVG
     * writes its attributes in single quotes and does not escape the family list.
     */
    private static final String CJK_FALLBACKS = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", "
            + "\"Microsoft YaHei\", sans-serif";

    private ChartWriter() {
    }

    static List<Artifact> write(JFreeChart chart, ChartSpec spec, ChartSpec.Format format, Path dir) {
        List<Artifact> out = new ArrayList<>();
        String title = spec.title().isBlank() ? spec.kind().id() + " chart" : spec.title();
        try {
            if (format.png()) {
                Path png = MediaFiles.fresh(dir, "chart", "png");
                ChartUtils.saveChartAsPNG(png.toFile(), chart, spec.width(), spec.height());
                out.add(new Artifact(Artifact.Kind.IMAGE, png, PNG, title));
            }
            if (format.svg()) {
                Path svg = MediaFiles.fresh(dir, "chart", "svg");
                SVGGraphics2D g = new SVGGraphics2D(spec.width(), spec.height());
                g.setFontFunction(family -> "\"" + family.replace("\"", "").replace("'", "") + "\", " + CJK_FALLBACKS);
                chart.draw(g, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
                Files.writeString(svg, g.getSVGDocument(), StandardCharsets.UTF_8);
                out.add(new Artifact(Artifact.Kind.IMAGE, svg, SVG, title));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart under " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
