package zhiti.tools.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import zhiti.tools.media.ChartSpec.Kind;
import zhiti.tools.media.ChartSpec.Mark;
import zhiti.tools.media.ChartSpec.PlotSeries;

/** Builds a JFreeChart from a checked {@link ChartSpec}, every text in the given font (so Chinese renders). */
final class ChartRenderer {

    private static final Color GRID = new Color(0xD0, 0xD0, 0xD0);

    private ChartRenderer() {
    }

    static JFreeChart render(ChartSpec spec, ChartFont font) {
        Plot plot = spec.kind() == Kind.BAR ? barPlot(spec) : xyPlot(spec);
        JFreeChart chart = new JFreeChart(spec.title(), font.sized(20f, true), plot, true);
        if (!spec.subtitle().isBlank()) {
            chart.addSubtitle(new TextTitle(spec.subtitle()));
        }
        theme(font).apply(chart);
        // the theme sets one font for all titles and resets series strokes: the main title stays bold and large,
        // and fitted lines are drawn thicker than the data's
        chart.getTitle().setFont(font.sized(20f, true));
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < spec.series().size(); i++) {
                boolean lineOnly = spec.series().get(i).mark() == Mark.LINE;
                xy.getRenderer().setSeriesStroke(i, new BasicStroke(lineOnly ? 2.5f : 1.5f));
            }
        }
        return chart;
    }

    private static StandardChartTheme theme(ChartFont font) {
        StandardChartTheme t = new StandardChartTheme("zhiti");
        t.setExtraLargeFont(font.sized(20f, true));
        t.setLargeFont(font.sized(14f, false));
        t.setRegularFont(font.sized(12f, false));
        t.setSmallFont(font.sized(10f, false));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        return t;
    }

    private static XYPlot xyPlot(ChartSpec spec) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        int i = 0;
        for (PlotSeries s : spec.series()) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int k = 0; k < s.size(); k++) {
                xy.add(s.x()[k], s.y()[k], false);
            }
            data.addSeries(xy);
            renderer.setSeriesLinesVisible(i, s.mark() != Mark.POINTS);
            renderer.setSeriesShapesVisible(i, s.mark() != Mark.LINE);
            i++;
        }
        NumberAxis x = new NumberAxis(spec.xLabel());
        x.setAutoRangeIncludesZero(false);
        if (spec.yearAxis()) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            x.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
        return new XYPlot(data, x, valueAxis(spec), renderer);
    }

    private static CategoryPlot barPlot(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PlotSeries s : spec.series()) {
            for (int k = 0; k < s.size(); k++) {
                data.addValue(s.y()[k], s.name(), spec.categories().get((int) s.x()[k]));
            }
        }
        CategoryAxis x = new CategoryAxis(spec.xLabel());
        if (spec.categories().size() > 12) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = new BarRenderer();
        ValueAxis y = valueAxis(spec);
        if (spec.logY()) {
            // bars grow from the base; zero has no place on a log axis, so they grow from the axis' floor
            renderer.setBase(((LogAxis) y).getSmallestValue());
            renderer.setIncludeBaseInRange(false);
        }
        return new CategoryPlot(data, x, y, renderer);
    }

    /** Three significant digits, for ticks such as 10^2.25 = 178 that are not round numbers. */
    private static final class SignificantDigits extends NumberFormat {

        @Override
        public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
            return to.append(new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString());
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
            return format((double) v, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null; // ticks are only printed
        }
    }

    private static ValueAxis valueAxis(ChartSpec spec) {
        if (!spec.logY()) {
            NumberAxis y = new NumberAxis(spec.yLabel());
            y.setAutoRangeIncludesZero(spec.kind() == Kind.BAR);
            return y;
        }
        LogAxis y = new LogAxis(spec.yLabel());
        double min = spec.series().stream().flatMapToDouble(s -> Arrays.stream(s.y())).min().orElse(1);
        double max = spec.series().stream().flatMapToDouble(s -> Arrays.stream(s.y())).max().orElse(1);
        // bars grow from here: one decade below the smallest value, so the shortest bar still shows
        y.setSmallestValue(Math.pow(10, Math.floor(Math.log10(min)) - 1));
        if (Math.log10(max / min) >= 2) {
            // ticks at whole powers of ten (a log axis counts its tick units in exponents)
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        } else {
            // within two decades there is at most one power of ten: ticks in between, printed as plain numbers
            y.setNumberFormatOverride(new SignificantDigits());
        }
        return y;
    }
}
