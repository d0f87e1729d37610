package zhiti.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An argument may name a value another step of the same plan returns — {@code {"$ref": "compute", "path":
 * "/compute_flop"}} — so a whole chain of calls is planned, and shown, before any of it runs. The loop replaces
 * each reference with the value just before the step is called.
 */
public final class StepReferences {

    static final String REF = "$ref";

    private StepReferences() {
    }

    /** The value at {@code path} (a JSON pointer) in step {@code stepId}'s result, times {@code scale}. */
    public static ObjectNode to(String stepId, String path, double scale) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode().put(REF, stepId).put("path", path);
        if (scale != 1) {
            ref.put("scale", scale);
        }
        return ref;
    }

    /** A text at {@code path} in step {@code stepId}'s result (a currency it computed in), {@code fallback} if it gives none. */
    public static ObjectNode orElse(String stepId, String path, String fallback) {
        return JsonNodeFactory.instance.objectNode().put(REF, stepId).put("path", path).put("default", fallback);
    }

    public static boolean isReference(JsonNode v) {
        return v != null && v.isObject() && v.hasNonNull(REF);
    }

    /** The ids of the steps whose results this step's arguments name. */
    public static List<String> dependsOn(Step step) {
        List<String> ids = new ArrayList<>();
        step.args().properties().forEach(e -> {
            if (isReference(e.getValue())) {
                ids.add(e.getValue().get(REF).asText());
            }
        });
        return ids;
    }

    /**
     * The step with every reference replaced by the value it names; the step itself when it has none.
     *
     * @throws IllegalArgumentException when a named step has not run, failed, or returned no such value — the
     *                                  message says which, and becomes the step's failed observation
     */
    static Step resolve(Step step, List<Observation> done) {
        if (dependsOn(step).isEmpty()) {
            return step;
        }
        ObjectNode args = step.args().deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = step.args().fields(); it.hasNext(); ) {
            var e = it.next();
            if (isReference(e.getValue())) {
                args.set(e.getKey(), value(step, e.getKey(), e.getValue(), done));
            }
        }
        return new Step(step.id(), step.tool(), args, step.purpose(), step.argumentError());
    }

    private static JsonNode value(Step step, String arg, JsonNode ref, List<Observation> done) {
        String from = ref.get(REF).asText();
        String path = ref.path("path").asText("");
        Observation o = done.stream().filter(x -> x.step().id().equals(from)).reduce((a, b) -> b).orElseThrow(() ->
                new IllegalArgumentException(arg + " of step " + step.id() + " needs step " + from + ", which has not run"));
        if (!o.ok()) {
            throw new IllegalArgumentException(arg + " of step " + step.id() + " needs step " + from
                    + ", which failed: " + o.error());
        }
        JsonNode v = o.data() == null ? null : o.data().at(path);
        if ((v == null || v.isMissingNode() || v.isNull()) && ref.has("default")) {
            return ref.get("default");
        }
        if (v == null || v.isMissingNode() || v.isNull()) {
            throw new IllegalArgumentException(arg + " of step " + step.id() + " needs " + path + " from step " + from
                    + ", which did not return it");
        }
        double scale = ref.path("scale").asDouble(1);
        if (v.isNumber()) {
            return JsonNodeFactory.instance.numberNode(v.asDouble() * scale);
        }
        if (scale != 1) {
            throw new IllegalArgumentException(arg + " of step " + step.id() + ": " + path + " from step " + from
                    + " is not a number, so it cannot be scaled");
        }
        return v;
    }
}
