package zhiti.tools.code;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A program's outcome.
 *
 * @param value        the last expression as JSON (number, string, boolean, array, plain object), or JSON null
 * @param valueType    its JavaScript type ("number", "object", "function", "undefined", "map" …)
 * @param valueText    the value as text when it has no JSON form (a function, a Map, NaN) or is too large
 * @param stdout       console.log output, at most the configured cap
 * @param stderr       console.error output, likewise capped
 * @param droppedBytes output beyond the caps, counted and dropped
 * @param ms           wall-clock time of the call, including the round trip to the worker
 * @param isolation    the layers that applied, confirmed by what the worker reported about itself
 */
public record CodeRun(JsonNode value, String valueType, String valueText, String stdout, String stderr,
                      long droppedBytes, long ms, List<String> isolation) {

    public CodeRun {
        isolation = List.copyOf(isolation);
    }

    /** The value as a finite double, or NaN when it is not a finite number. */
    public double number() {
        return value != null && value.isNumber() && Double.isFinite(value.asDouble()) ? value.asDouble() : Double.NaN;
    }
}
