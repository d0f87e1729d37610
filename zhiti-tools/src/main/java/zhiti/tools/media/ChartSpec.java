package zhiti.tools.media;

import java.util.List;
import java.util.Locale;

/**
 * What one chart draws, checked and ready for the renderer: its kind, texts, axes, size and series.
 *
 * @param categories bar charts: the labels along x; a bar series' x holds indices into this list. Empty otherwise.
 * @param yearAxis   x values are calendar years: printed without a thousands separator (1945, not 1,945)
 */
record ChartSpec(Kind kind, String title, String subtitle, String xLabel, String yLabel, boolean logY, int width,
                 int height, List<PlotSeries> series, List<String> categories, boolean yearAxis) {

    static final int MAX_SERIES = 20;
    static final int MAX_POINTS = 10_000;
    static final int MAX_CATEGORIES = 1_000;
    static final int MIN_WIDTH = 200, MAX_WIDTH = 4_000, DEFAULT_WIDTH = 960;
    static final int MIN_HEIGHT = 150, MAX_HEIGHT = 3_000, DEFAULT_HEIGHT = 600;

    ChartSpec {
        series = List.copyOf(series);
        categories = List.copyOf(categories);
    }

    enum Kind {
        LINE, BAR, SCATTER;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("kind must be line, bar or scatter, got '" + text + "'");
        }
    }

    /** Which files to write. */
    enum Format {
        PNG, SVG, BOTH;

        boolean png() {
            return this != SVG;
        }

        boolean svg() {
            return this != PNG;
        }

        static Format parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text.trim())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format must be png, svg or both, got '" + text + "'");
        }
    }

    /** How a series is drawn on an x–y plot (bar series ignore it). */
    enum Mark { POINTS, LINE, LINE_AND_POINTS }

    /** One legend entry and its points; x and y have the same length. */
    record PlotSeries(String name, double[] x, double[] y, Mark mark) {

        PlotSeries {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + name + "': x has " + x.length + " values but y has "
                        + y.length + "; give one y per x");
            }
        }

        int size() {
            return y.length;
        }
    }

    int points() {
        return series.stream().mapToInt(PlotSeries::size).sum();
    }

    /**
     * A log axis cannot show zero or negative values: name the first one, so the caller can drop it or use a
     * linear axis.
     */
    void checkLogAxis() {
        if (!logY) {
            return;
        }
        for (PlotSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                if (!(s.y()[i] > 0)) {
                    throw new IllegalArgumentException("log_y needs every y value > 0, but series '" + s.name()
                            + "' has y[" + i + "] = " + s.y()[i] + "; drop that point or set log_y to false");
                }
            }
        }
    }
}
