package zhiti.brain.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import zhiti.agent.Tool;

/** Describes Zhiti's tools to a model: our JSON schema (the subset ToolSchema writes, arrays included) as LangChain4j's. */
final class ToolSpecs {

    private ToolSpecs() {
    }

    static List<ToolSpecification> of(List<Tool> tools) {
        return tools.stream().map(ToolSpecs::of).toList();
    }

    static ToolSpecification of(Tool t) {
        JsonNode schema = t.parameters();
        JsonObjectSchema.Builder b = JsonObjectSchema.builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            var e = it.next();
            String name = e.getKey();
            JsonNode p = e.getValue();
            String desc = p.path("description").asText(null);
            if (p.has("enum")) {
                List<String> values = new ArrayList<>();
                p.get("enum").forEach(v -> values.add(v.asText()));
                b.addEnumProperty(name, values, desc);
                continue;
            }
            switch (p.path("type").asText("string")) {
                case "number" -> b.addNumberProperty(name, desc);
                case "integer" -> b.addIntegerProperty(name, desc);
                case "boolean" -> b.addBooleanProperty(name, desc);
                case "array" -> b.addProperty(name, JsonArraySchema.builder().description(desc)
                        .items(item(p.path("items").path("type").asText("string"))).build());
                default -> b.addStringProperty(name, desc);
            }
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        b.required(required);
        return ToolSpecification.builder().name(t.name()).description(t.description()).parameters(b.build()).build();
    }

    /** The item schema of an array property: ToolSchema allows only the basic types there. */
    private static JsonSchemaElement item(String type) {
        return switch (type) {
            case "number" -> new JsonNumberSchema();
            case "integer" -> new JsonIntegerSchema();
            case "boolean" -> new JsonBooleanSchema();
            default -> new JsonStringSchema();
        };
    }
}
