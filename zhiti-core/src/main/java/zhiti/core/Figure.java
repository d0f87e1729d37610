package zhiti.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A number that carries its provenance: what it is, its unit, the formula that produced it, the inputs that went
 * into the formula (each an assumption or a looked-up fact) and where the inputs came from. Answers never contain
 * a bare double.
 */
public record Figure(String name, double value, String unit, String formula, Map<String, Object> inputs, String source) {

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is not a finite number: " + value);
        }
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs == null ? Map.of() : inputs));
    }

    /** The same number under another name (a general formula applied to one role: "FLOP per day"). */
    public Figure renamed(String newName) {
        return new Figure(newName, value, unit, formula, inputs, source);
    }

    /** Ordered inputs, so formulas read left to right in answers and JSON. */
    public static Map<String, Object> inputs(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("inputs need key/value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
