package zhiti.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import zhiti.core.Figure;
import zhiti.econ.units.Formats;

/** Figures for people: value and unit, then formula, inputs and source on indented lines. */
public final class FigureText {

    private FigureText() {
    }

    public static void print(PrintWriter out, List<Figure> figures) {
        for (Figure f : figures) {
            out.printf("  %s = %s %s%n", f.name(), Formats.human(f.value()), f.unit());
            out.printf("      formula: %s%n", f.formula());
            if (!f.inputs().isEmpty()) {
                out.printf("      inputs:  %s%n", inputs(f.inputs()));
            }
            out.printf("      source:  %s%n", f.source());
        }
    }

    static String inputs(Map<String, Object> inputs) {
        return inputs.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof Number n ? Formats.human(n.doubleValue())
                        : String.valueOf(e.getValue())))
                .collect(Collectors.joining(", "));
    }
}
