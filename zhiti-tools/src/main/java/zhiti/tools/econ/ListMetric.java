package zhiti.tools.econ;

import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;
import zhiti.core.Figure;

/**
 * A number catalog_list can filter and sort rows of one kind by: how to read it from a row, the figure that shows
 * where it comes from, and what to say when a row lacks it (such rows are listed as excluded, never dropped).
 *
 * @param id         the argument value that names it, e.g. fp8_tflops_per_watt
 * @param unit       the unit of {@link #value}
 * @param value      the row's value, empty when the catalog lacks what it needs
 * @param figure     the value as a figure with its formula and source, given the row and the value
 * @param whyMissing the reason a row lacks the value
 */
record ListMetric<T>(String id, String unit, Function<T, OptionalDouble> value, BiFunction<T, Double, Figure> figure,
                     Function<T, String> whyMissing) {
}
