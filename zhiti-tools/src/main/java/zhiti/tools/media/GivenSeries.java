package zhiti.tools.media;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import zhiti.tools.media.ChartSpec.Kind;
import zhiti.tools.media.ChartSpec.Mark;
import zhiti.tools.media.ChartSpec.PlotSeries;

/**
 * The caller's own data, read from the {@code series} (and, for bars, {@code categories}) arguments. The registry
 * checks only that {@code series} is an array of objects, so every item is checked here, with messages that say
 * which series and which value is wrong.
 *
 * @param categories bar charts only: the x labels, in order
 * @param yearAxis   every x is a whole number between 1000 and 2999: the axis prints years
 */
record GivenSeries(List<PlotSeries> series, List<String> categories, boolean yearAxis) {

    static GivenSeries read(JsonNode seriesArg, JsonNode categoriesArg, Kind kind) {
        if (seriesArg == null || !seriesArg.isArray() || seriesArg.isEmpty()) {
            throw new IllegalArgumentException("give at least one series, e.g. series: [{\"name\": \"H100\", "
                    + "\"x\": [2022, 2023], \"y\": [1.0, 2.1]}], or a catalog_series");
        }
        if (seriesArg.size() > ChartSpec.MAX_SERIES) {
            throw new IllegalArgumentException("at most " + ChartSpec.MAX_SERIES + " series per chart, got "
                    + seriesArg.size() + "; split them into several charts");
        }
        boolean hasCategories = categoriesArg != null && !categoriesArg.isNull();
        if (hasCategories && kind != Kind.BAR) {
            throw new IllegalArgumentException("categories are for bar charts; a " + kind.id()
                    + " chart needs numeric x values in each series");
        }
        List<String> categories = hasCategories ? categories(categoriesArg) : List.of();
        List<Raw> raw = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < seriesArg.size(); i++) {
            Raw r = Raw.read(seriesArg.get(i), i, hasCategories);
            if (!names.add(r.name)) {
                throw new IllegalArgumentException("two series are named '" + r.name + "'; give each a distinct name");
            }
            if (hasCategories && r.y.length != categories.size()) {
                throw new IllegalArgumentException("series '" + r.name + "' has " + r.y.length + " y values but there "
                        + "are " + categories.size() + " categories; give one y per category");
            }
            raw.add(r);
        }
        if (kind == Kind.BAR) {
            return hasCategories ? onCategories(raw, categories) : onNumericLabels(raw);
        }
        Mark mark = kind == Kind.SCATTER ? Mark.POINTS : Mark.LINE_AND_POINTS;
        List<PlotSeries> out = raw.stream().map(r -> new PlotSeries(r.name, r.x, r.y, mark)).toList();
        boolean years = raw.stream().allMatch(r -> isYears(r.x));
        return new GivenSeries(out, List.of(), years);
    }

    private static List<String> categories(JsonNode arg) {
        if (!arg.isArray() || arg.isEmpty()) {
            throw new IllegalArgumentException("categories must be a non-empty array of labels, e.g. [\"H100\", \"B200\"]");
        }
        if (arg.size() > ChartSpec.MAX_CATEGORIES) {
            throw new IllegalArgumentException("at most " + ChartSpec.MAX_CATEGORIES + " categories, got " + arg.size());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode c : arg) {
            String label = c.isValueNode() ? c.asText().strip() : "";
            if (label.isEmpty()) {
                throw new IllegalArgumentException("every category must be a non-empty label; got " + c);
            }
            if (out.contains(label)) {
                throw new IllegalArgumentException("category '" + label + "' appears twice; labels must be distinct");
            }
            out.add(label);
        }
        return out;
    }

    private static GivenSeries onCategories(List<Raw> raw, List<String> categories) {
        double[] index = new double[categories.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return new GivenSeries(raw.stream().map(r -> new PlotSeries(r.name, index.clone(), r.y, Mark.POINTS))
                .toList(), categories, false);
    }

    /** A bar chart over numeric x (years, sizes): every distinct x becomes a category, in ascending order. */
    private static GivenSeries onNumericLabels(List<Raw> raw) {
        TreeSet<Double> xs = new TreeSet<>();
        raw.forEach(r -> {
            for (double x : r.x) {
                xs.add(x);
            }
        });
        if (xs.size() > ChartSpec.MAX_CATEGORIES) {
            throw new IllegalArgumentException("a bar chart can show at most " + ChartSpec.MAX_CATEGORIES
                    + " distinct x values, got " + xs.size() + "; use a line or scatter chart");
        }
        List<Double> order = List.copyOf(xs);
        boolean years = raw.stream().allMatch(r -> isYears(r.x));
        List<String> labels = order.stream().map(GivenSeries::label).toList();
        List<PlotSeries> out = new ArrayList<>();
        for (Raw r : raw) {
            double[] index = new double[r.x.length];
            Set<Double> seen = new HashSet<>();
            for (int i = 0; i < index.length; i++) {
                if (!seen.add(r.x[i])) {
                    throw new IllegalArgumentException("series '" + r.name + "' has x = " + label(r.x[i]) + " twice; "
                            + "a bar chart needs one y per x");
                }
                index[i] = order.indexOf(r.x[i]);
            }
            out.add(new PlotSeries(r.name, index, r.y, Mark.POINTS));
        }
        return new GivenSeries(out, labels, years);
    }

    private static boolean isYears(double[] x) {
        for (double v : x) {
            if (v != Math.rint(v) || v < 1000 || v > 2999) {
                return false;
            }
        }
        return true;
    }

    private static String label(double x) {
        DecimalFormat f = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(x);
    }

    /** One item of {@code series} as given. */
    private record Raw(String name, double[] x, double[] y) {

        static Raw read(JsonNode item, int i, boolean onCategories) {
            if (item == null || !item.isObject()) {
                throw new IllegalArgumentException("series[" + i + "] must be an object {name, x, y}, got " + item);
            }
            String name = item.path("name").isValueNode() && !item.path("name").asText().isBlank()
                    ? item.path("name").asText().strip() : "series " + (i + 1);
            double[] y = numbers(item.get("y"), name, "y");
            double[] x;
            if (onCategories) {
                if (item.hasNonNull("x")) {
                    throw new IllegalArgumentException("series '" + name + "' gives x as well as categories; with "
                            + "categories give only y (one per category)");
                }
                x = new double[y.length];
            } else {
                if (!item.hasNonNull("x")) {
                    throw new IllegalArgumentException("series '" + name + "' has no x; give x numbers (one per y)"
                            + " or, for a bar chart, categories");
                }
                x = numbers(item.get("x"), name, "x");
            }
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + name + "': x has " + x.length + " values but y has "
                        + y.length + "; give one y per x");
            }
            return new Raw(name, x, y);
        }

        private static double[] numbers(JsonNode arr, String series, String axis) {
            if (arr == null || !arr.isArray()) {
                throw new IllegalArgumentException("series '" + series + "': " + axis + " must be an array of numbers, "
                        + "got " + arr);
            }
            if (arr.isEmpty()) {
                throw new IllegalArgumentException("series '" + series + "' has no points; give at least one");
            }
            if (arr.size() > ChartSpec.MAX_POINTS) {
                throw new IllegalArgumentException("series '" + series + "' has " + arr.size() + " points; at most "
                        + ChartSpec.MAX_POINTS + " per series (thin the data first)");
            }
            double[] out = new double[arr.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode v = arr.get(i);
                if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                    throw new IllegalArgumentException("series '" + series + "': " + axis + "[" + i + "] must be a "
                            + "finite number, got " + v);
                }
                out[i] = v.asDouble();
            }
            return out;
        }
    }
}
