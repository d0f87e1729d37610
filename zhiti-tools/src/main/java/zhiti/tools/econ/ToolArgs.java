package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a tool call's JSON arguments. Numbers arrive as JSON numbers (the registry checks the schema types); this
 * adds the checks the schema cannot express, such as "must be positive", with messages a model can act on. Public
 * for the other tool packages (arithmetic), so every tool words its argument errors the same way.
 */
public final class ToolArgs {

    private final JsonNode args;

    public ToolArgs(JsonNode args) {
        this.args = args;
    }

    /** The texts of a list argument: an array, or one text separated by commas ("A100, H20, B200"). */
    public List<String> texts(String key) {
        JsonNode v = args.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else {
            for (String part : v.asText().split("\\s*[,，、;；]\\s*")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    public boolean has(String key) {
        return args.hasNonNull(key) && !(args.get(key).isTextual() && args.get(key).asText().isBlank());
    }

    public Optional<String> text(String key) {
        return has(key) ? Optional.of(args.get(key).asText().trim()) : Optional.empty();
    }

    public String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    public String lower(String key, String fallback) {
        return text(key, fallback).toLowerCase(Locale.ROOT);
    }

    public OptionalDouble number(String key) {
        if (!has(key)) {
            return OptionalDouble.empty();
        }
        double v = args.get(key).asDouble(Double.NaN);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(key + " must be a finite number, got " + args.get(key));
        }
        return OptionalDouble.of(v);
    }

    /** An optional argument that, when given, must be &gt; 0. */
    public OptionalDouble positive(String key) {
        OptionalDouble v = number(key);
        if (v.isPresent() && !(v.getAsDouble() > 0)) {
            throw new IllegalArgumentException(key + " must be greater than 0, got " + Formatting.plain(v.getAsDouble()));
        }
        return v;
    }

    public double positive(String key, double fallback) {
        OptionalDouble v = positive(key);
        return v.isPresent() ? v.getAsDouble() : fallback;
    }

    public double requiredPositive(String key, String hint) {
        OptionalDouble v = positive(key);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("missing " + key + ": " + hint);
        }
        return v.getAsDouble();
    }

    /** An optional fraction in (0, 1]. */
    public double fraction(String key, double fallback) {
        OptionalDouble v = number(key);
        if (v.isEmpty()) {
            return fallback;
        }
        double f = v.getAsDouble();
        if (!(f > 0 && f <= 1)) {
            throw new IllegalArgumentException(key + " must be a fraction in (0, 1], e.g. 0.4 for 40%, got "
                    + Formatting.plain(f));
        }
        return f;
    }

    public int positiveInt(String key, int fallback) {
        OptionalDouble v = positive(key);
        if (v.isEmpty()) {
            return fallback;
        }
        double d = v.getAsDouble();
        if (d != Math.rint(d) || d > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be a whole number, got " + Formatting.plain(d));
        }
        return (int) d;
    }

    public boolean flag(String key) {
        return has(key) && args.get(key).asBoolean(false);
    }
}
