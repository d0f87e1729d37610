package zhiti.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tools an agent may call, by name. {@link #call} checks arguments against the tool's schema and turns every
 * failure into an observation, so a broken tool or a malformed call never ends a run.
 */
public final class ToolRegistry {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Map<String, Tool> tools = new LinkedHashMap<>();

    public ToolRegistry register(Tool tool) {
        if (!NAME.matcher(tool.name()).matches()) {
            throw new IllegalArgumentException("tool name '" + tool.name() + "' must match " + NAME.pattern());
        }
        if (tools.putIfAbsent(tool.name(), tool) != null) {
            throw new IllegalArgumentException("a tool named '" + tool.name() + "' is already registered");
        }
        return this;
    }

    public Optional<Tool> find(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    public Collection<Tool> all() {
        return Collections.unmodifiableCollection(tools.values());
    }

    /** Runs one step; the result is always an observation. */
    public Observation call(Step step) {
        long start = System.nanoTime();
        Tool tool = tools.get(step.tool());
        if (tool == null) {
            return Observation.failure(step, "no tool named '" + step.tool() + "'; available: " + tools.keySet(),
                    elapsedMs(start));
        }
        if (step.argumentError() != null) {
            return Observation.failure(step, "the arguments of " + tool.name() + " are not valid JSON ("
                    + step.argumentError() + "); send a JSON object that matches the tool's schema", elapsedMs(start));
        }
        List<String> problems = argumentProblems(tool.parameters(), step.args());
        if (!problems.isEmpty()) {
            return Observation.failure(step, "invalid arguments for " + tool.name() + ": " + String.join("; ", problems),
                    elapsedMs(start));
        }
        try {
            return Observation.success(step, tool.invoke(step.args()), elapsedMs(start));
        } catch (IllegalArgumentException e) {
            return Observation.failure(step, e.getMessage(), elapsedMs(start));
        } catch (Exception | StackOverflowError e) {
            return Observation.failure(step, tool.name() + " failed: " + e, elapsedMs(start));
        }
    }

    /**
     * The subset of JSON Schema that tool calls need: required properties, no unknown properties, and the basic
     * types (string, number, integer, boolean, object, array, and the item type of an array).
     */
    static List<String> argumentProblems(JsonNode schema, JsonNode args) {
        List<String> problems = new ArrayList<>();
        JsonNode props = schema.path("properties");
        for (JsonNode req : schema.path("required")) {
            if (!args.hasNonNull(req.asText())) {
                problems.add("missing required argument '" + req.asText() + "'");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode p = props.get(e.getKey());
            if (p == null) {
                problems.add("unknown argument '" + e.getKey() + "' (known: " + fieldNames(props) + ")");
            } else if (!e.getValue().isNull() && !hasType(e.getValue(), p.path("type").asText(""))) {
                problems.add("argument '" + e.getKey() + "' should be " + p.path("type").asText());
            } else if (e.getValue().isArray() && p.path("items").has("type")) {
                String itemType = p.path("items").path("type").asText();
                for (JsonNode item : e.getValue()) {
                    if (!hasType(item, itemType)) {
                        problems.add("argument '" + e.getKey() + "' should be an array of " + itemType
                                + ", but holds " + item);
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private static boolean hasType(JsonNode v, String type) {
        return switch (type) {
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
            case "boolean" -> v.isBoolean();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            default -> true;
        };
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
