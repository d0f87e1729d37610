package zhiti.app.econ;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import zhiti.app.FigureText;
import zhiti.runtime.Json;
import zhiti.core.Figure;
import zhiti.econ.units.QuantityParser;

/** Shared by the econ calculator commands: figure output (text or one JSON object) and number options. */
final class EconOutput {

    private EconOutput() {
    }

    /** Prints figures; with {@code json}, one object {"figures":[...], ...extra}. Notes go under the figures as text. */
    static void print(CommandSpec spec, boolean json, List<Figure> figures, Map<String, Object> extra) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("figures", Json.figures(figures));
            o.putAll(extra);
            Json.print(out, o);
            return;
        }
        FigureText.print(out, figures);
        extra.forEach((k, v) -> out.printf("  %s: %s%n", k, v));
        out.flush();
    }

    /** An option value such as "175B", "65T", "1e24" or "1750亿"; the message names the option. */
    static double number(String option, String text) {
        try {
            return QuantityParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    static void require(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what);
        }
    }
}
