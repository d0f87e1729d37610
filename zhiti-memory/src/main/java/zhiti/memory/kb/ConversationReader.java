package zhiti.memory.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads conversations as one section per turn, keeping each turn's id. Accepted shapes: a JSON array of turns,
 * an object whose {@code turns}, {@code messages} or {@code conversation} field is that array, or JSON Lines with
 * one turn per line. A turn has {@code text} or {@code content}; optional {@code id} / {@code dia_id} /
 * {@code turn_id}, {@code speaker} / {@code role}, {@code time} / {@code timestamp} (ISO-8601 or epoch ms), and
 * {@code session} / {@code session_id}, kept as the turn's heading so that context never crosses a session.
 */
public final class ConversationReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConversationReader() {}

    public static List<Section> fromJson(String text) throws UnreadableDocumentException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (Exception e) {
            throw new UnreadableDocumentException("invalid JSON: " + e.getMessage(), e);
        }
        JsonNode turns = root;
        if (root != null && root.isObject()) {
            for (String f : List.of("turns", "messages", "conversation"))
                if (root.path(f).isArray()) { turns = root.get(f); break; }
        }
        if (turns == null || !turns.isArray())
            throw new UnreadableDocumentException("JSON is not a conversation: expected an array of turns or an "
                    + "object with a 'turns'/'messages' array");
        List<JsonNode> list = new ArrayList<>();
        turns.forEach(list::add);
        return toSections(list);
    }

    public static List<Section> fromJsonLines(String text) throws UnreadableDocumentException {
        List<JsonNode> list = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            try {
                list.add(JSON.readTree(lines[i]));
            } catch (Exception e) {
                throw new UnreadableDocumentException("invalid JSON on line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return toSections(list);
    }

    private static List<Section> toSections(List<JsonNode> turns) throws UnreadableDocumentException {
        List<Section> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int offset = 0;
        for (int i = 0; i < turns.size(); i++) {
            JsonNode t = turns.get(i);
            String body = first(t, "text", "content");
            if (body == null)
                throw new UnreadableDocumentException("turn " + (i + 1) + " has no 'text' or 'content' field");
            String id = first(t, "id", "dia_id", "turn_id");
            if (id == null) id = "t" + (i + 1);
            if (!seen.add(id)) throw new UnreadableDocumentException("turn id '" + id + "' occurs twice");
            String speaker = first(t, "speaker", "role", "name");
            String text = speaker == null ? body : speaker + ": " + body;
            out.add(new Section(text, offset, null, first(t, "session", "session_id"), id,
                    time(first(t, "time", "timestamp", "date_time"))));
            offset += text.length() + 1;
        }
        return out;
    }

    private static String first(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull()) return v.asText();
        }
        return null;
    }

    static Long time(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException ignored) {
            // not epoch millis
        }
        try {
            return Instant.parse(s.trim()).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // not an instant
        }
        try {
            return OffsetDateTime.parse(s.trim()).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            return null; // free-form dates stay unparsed; the document time applies
        }
    }
}
