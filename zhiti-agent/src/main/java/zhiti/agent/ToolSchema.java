package zhiti.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Builds the JSON schema of a tool's parameters without hand-writing JSON: {@code ToolSchema.object().number(…)}. */
public final class ToolSchema {

    private final ObjectNode schema = JsonNodeFactory.instance.objectNode();
    private final ObjectNode properties;

    private ToolSchema() {
        schema.put("type", "object");
        properties = schema.putObject("properties");
        schema.putArray("required");
    }

    public static ToolSchema object() {
        return new ToolSchema();
    }

    public ToolSchema string(String name, String description) {
        return property(name, "string", description);
    }

    public ToolSchema number(String name, String description) {
        return property(name, "number", description);
    }

    public ToolSchema integer(String name, String description) {
        return property(name, "integer", description);
    }

    public ToolSchema bool(String name, String description) {
        return property(name, "boolean", description);
    }

    /**
     * A JSON array whose items all have one basic type ("number", "integer", "string", "boolean"): several values
     * of one role, such as successive rates.
     */
    public ToolSchema array(String name, String description, String itemType) {
        if (!Set.of("number", "integer", "string", "boolean").contains(itemType)) {
            throw new IllegalArgumentException("array items must be number, integer, string or boolean, got " + itemType);
        }
        properties.putObject(name).put("type", "array").put("description", description)
                .putObject("items").put("type", itemType);
        return this;
    }

    /**
     * A JSON array of objects, each one shaped by {@code item} (its properties, types and required keys): rows such
     * as a chart's series, where one value per argument cannot say which numbers belong together.
     */
    public ToolSchema objects(String name, String description, ToolSchema item) {
        properties.putObject(name).put("type", "array").put("description", description)
                .set("items", item.build());
        return this;
    }

    public ToolSchema oneOf(String name, String description, String... values) {
        ObjectNode p = properties.putObject(name).put("type", "string").put("description", description);
        var e = p.putArray("enum");
        for (String v : values) {
            e.add(v);
        }
        return this;
    }

    public ToolSchema required(String... names) {
        for (String n : names) {
            schema.withArray("required").add(n);
        }
        return this;
    }

    public ObjectNode build() {
        return schema.deepCopy();
    }

    private ToolSchema property(String name, String type, String description) {
        properties.putObject(name).put("type", type).put("description", description);
        return this;
    }
}
