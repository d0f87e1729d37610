package zhiti.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import zhiti.runtime.Json;

/** Reading request bodies and parameters, with 400s that say what was wrong. */
final class Requests {

    private Requests() {
    }

    static JsonNode jsonObject(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) throw ApiError.badRequest("the request body is empty; send a JSON object");
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (n == null || !n.isObject()) throw ApiError.badRequest("the body must be a JSON object, got " + (n == null ? "nothing" : n.getNodeType().name().toLowerCase()));
        return n;
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v.strip());
            if (i < min || i > max) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("?" + name + " must be a whole number from " + min + " to " + max + ", got \"" + v + "\"");
        }
    }
}
