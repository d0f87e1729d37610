package zhiti.brain.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import zhiti.agent.Tool;

/**
 * Describes tools to a model: a tool's JSON schema as LangChain4j's, in full — nested objects, arrays of any item
 * type (objects included), enums and unions — so a model fills in structured arguments instead of a flattened
 * string. Schemas of tools mounted from MCP servers arrive here too, so anything this does not model (a $ref, a
 * oneOf, a pattern-only string) is passed on raw rather than dropped.
 */
final class ToolSpecs {

    private ToolSpecs() {
    }

    static List<ToolSpecification> of(List<Tool> tools) {
        return tools.stream().map(ToolSpecs::of).toList();
    }

    static ToolSpecification of(Tool t) {
        return ToolSpecification.builder().name(t.name()).description(t.description())
                .parameters(object(t.parameters())).build();
    }

    private static JsonObjectSchema object(JsonNode schema) {
        JsonObjectSchema.Builder b = JsonObjectSchema.builder().description(text(schema, "description"));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            var e = it.next();
            b.addProperty(e.getKey(), element(e.getValue()));
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        b.required(required);
        if (schema.path("additionalProperties").isBoolean()) {
            b.additionalProperties(schema.get("additionalProperties").asBoolean());
        }
        return b.build();
    }

    private static JsonSchemaElement element(JsonNode p) {
        String desc = text(p, "description");
        if (p.has("enum") && p.get("enum").isArray() && allText(p.get("enum"))) {
            List<String> values = new ArrayList<>();
            p.get("enum").forEach(v -> values.add(v.asText()));
            return JsonEnumSchema.builder().description(desc).enumValues(values).build();
        }
        if (p.has("anyOf") && p.get("anyOf").isArray()) {
            List<JsonSchemaElement> options = new ArrayList<>();
            p.get("anyOf").forEach(o -> options.add(element(o)));
            return JsonAnyOfSchema.builder().description(desc).anyOf(options).build();
        }
        if (!p.path("type").isTextual() || p.has("$ref") || p.has("oneOf") || p.has("allOf")) {
            return JsonRawSchema.from(p.toString());
        }
        return switch (p.get("type").asText()) {
            case "object" -> object(p);
            case "array" -> JsonArraySchema.builder().description(desc)
                    .items(p.has("items") ? element(p.get("items")) : new JsonStringSchema()).build();
            case "number" -> JsonNumberSchema.builder().description(desc).build();
            case "integer" -> JsonIntegerSchema.builder().description(desc).build();
            case "boolean" -> JsonBooleanSchema.builder().description(desc).build();
            case "null" -> new JsonNullSchema();
            case "string" -> JsonStringSchema.builder().description(desc).build();
            default -> JsonRawSchema.from(p.toString());
        };
    }

    private static boolean allText(JsonNode values) {
        for (JsonNode v : values) {
            if (!v.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isTextual() ? n.get(field).asText() : null;
    }
}
