package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import zhiti.econ.units.Formats;
import zhiti.tools.econ.ToolArgs;

/**
 * Reads the values a question states, as the arithmetic tools take them: signed numbers, positive ones, arrays of
 * numbers and the unit they were stated in. Every refusal names the argument and shows what a good value looks like.
 */
final class Stated {

    /** The source of every figure computed only from values the user gave. */
    static final String SOURCE = "stated in the question";

    private final JsonNode json;
    private final ToolArgs args;

    Stated(JsonNode json) {
        this.json = json;
        this.args = new ToolArgs(json);
    }

    ToolArgs args() {
        return args;
    }

    boolean has(String key) {
        return args.has(key);
    }

    /** A required finite number of either sign. */
    double number(String key, String hint) {
        return args.number(key).orElseThrow(() -> new IllegalArgumentException("missing " + key + ": " + hint));
    }

    OptionalDouble optional(String key) {
        return args.number(key);
    }

    double positive(String key, String hint) {
        return args.requiredPositive(key, hint);
    }

    /** The stated unit ("USD", "万台"), or "" when none was given. */
    String unit(String key) {
        return args.text(key, "");
    }

    /** A required non-empty array of finite numbers (the registry has already checked the item type). */
    List<Double> numbers(String key, String hint) {
        JsonNode a = json.get(key);
        if (a == null || !a.isArray() || a.isEmpty()) {
            throw new IllegalArgumentException((a == null || a.isNull() ? "missing " : "empty ") + key + ": " + hint);
        }
        List<Double> out = new ArrayList<>();
        for (JsonNode v : a) {
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new IllegalArgumentException(key + " must hold only finite numbers, got " + v + ": " + hint);
            }
            out.add(v.asDouble());
        }
        return out;
    }

    /** Refuses arguments that belong to another way of calling the tool, so a mixed call is never half-read. */
    void refuseWith(String mode, String... keys) {
        for (String k : keys) {
            if (has(k)) {
                throw new IllegalArgumentException(k + " does not go with " + mode + "; call the tool once per "
                        + "question, with the arguments of one mode");
            }
        }
    }

    /**
     * The mode whose arguments are exactly the ones given, among those that choose a mode, so a call is read one
     * way or refused, never half-read as another. {@code modes} maps each mode to its arguments, in the order the
     * refusal lists them.
     */
    String mode(Map<String, List<String>> modes) {
        Set<String> given = new LinkedHashSet<>();
        modes.values().forEach(keys -> keys.stream().filter(this::has).forEach(given::add));
        for (Map.Entry<String, List<String>> m : modes.entrySet()) {
            if (Set.copyOf(m.getValue()).equals(given)) {
                return m.getKey();
            }
        }
        String ways = modes.entrySet().stream().map(m -> String.join(" + ", m.getValue()) + " (" + m.getKey() + ")")
                .collect(Collectors.joining("; "));
        throw new IllegalArgumentException("give the arguments of one way to call the tool: " + ways + "; got "
                + (given.isEmpty() ? "none of them" : String.join(" + ", given)));
    }

    static ObjectNode data(String mode) {
        return JsonNodeFactory.instance.objectNode().put("mode", mode);
    }

    /**
     * 0.2491, 668.5, 1,600, 3.15e23: four significant digits below 1,000 (a combined factor of 0.2491 should not
     * print as 0.249), grouped whole numbers up to a billion, scientific beyond.
     */
    static String num(double v) {
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e9 || a < 1e-4) {
            return Formats.sci(v);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** "1,600 USD", or "1,600" when no unit was stated. */
    static String withUnit(double v, String unit) {
        if (unit.equals("fraction")) {
            return (v < 0 ? "−" : "") + percent(v); // shares as people write them: 86%, not 0.86 fraction
        }
        return unit.isEmpty() ? num(v) : num(v) + " " + unit;
    }

    /** A difference between two shares, in percentage points: "−7 pp". */
    static String points(double v) {
        return signedPercent(v).replace("%", " pp");
    }

    /** "24.2%": a decline or share as people print it, without a sign. */
    static String percent(double fraction) {
        return signedPercent(fraction).substring(1);
    }

    /** "; fell 92% (by a factor of 12.5)" from {@link zhiti.econ.arith.Declines#ofChange}, or "" for no fall. */
    static String fell(List<zhiti.core.Figure> fall) {
        if (fall.isEmpty()) {
            return "";
        }
        return "; fell " + percent(fall.get(0).value())
                + (fall.size() > 1 && fall.get(1).unit().equals("×") ? " (by a factor of " + num(fall.get(1).value()) + ")" : "");
    }

    /** "+35%", "−75.1%": a rate or change as people print it, with its sign. */
    static String signedPercent(double fraction) {
        String s = String.format(Locale.ROOT, "%,.1f", Math.abs(fraction) * 100).replaceAll("\\.0$", "");
        return (fraction < 0 ? "−" : "+") + s + "%";
    }
}
