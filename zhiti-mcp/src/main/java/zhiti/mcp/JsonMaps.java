package zhiti.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Between Zhiti's JSON (Jackson 2 trees) and the plain maps and lists the MCP SDK (Jackson 3 inside) reads and
 * writes: a plain {@code Map<String, Object>} is the one form both serialise the same way, so schemas and results
 * cross over exactly, arrays and nested objects included.
 */
final class JsonMaps {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private JsonMaps() {
    }

    /** A JSON object as nested maps, lists, strings, numbers, booleans and nulls. */
    static Map<String, Object> toMap(JsonNode object) {
        return MAPPER.convertValue(object, MAP);
    }

    /** Any JSON value (or null) as plain Java values. */
    static Object toPlain(JsonNode node) {
        return node == null || node.isNull() ? null : MAPPER.convertValue(node, Object.class);
    }

    /** Tool arguments as sent (null when a client sends none) as the object the tool registry checks. */
    static ObjectNode toObjectNode(Map<String, Object> map) {
        return map == null ? MAPPER.createObjectNode() : MAPPER.valueToTree(map);
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
    }

    static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
