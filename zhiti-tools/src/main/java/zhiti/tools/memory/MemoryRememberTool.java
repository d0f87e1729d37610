package zhiti.tools.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Citation;
import zhiti.memory.stream.MemoryKind;
import zhiti.memory.stream.MemoryRecord;
import zhiti.memory.stream.MemoryStream;

/** Stores a note in the long-term memory stream (kept across sessions), scored for importance. */
public final class MemoryRememberTool implements Tool {

    private final MemoryStream stream;

    public MemoryRememberTool(MemoryStream stream) {
        this.stream = stream;
    }

    @Override
    public String name() {
        return ToolName.MEMORY_REMEMBER.id();
    }

    @Override
    public String description() {
        return "Save a note to long-term memory (kept across sessions): a fact, a constraint or a preference the user "
                + "wants remembered. Returns the memory id.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("text", "the note, in the user's words")
                .oneOf("kind", "what it is; default fact", "fact", "observation", "plan")
                .integer("importance", "1 (trivial) to 10 (crucial); default scored from the text")
                .required("text").build();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        String text = args.get("text").asText().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text is empty: say what to remember");
        }
        MemoryKind kind = MemoryKind.valueOf(args.path("kind").asText("fact").toUpperCase(Locale.ROOT));
        MemoryRecord r;
        if (args.hasNonNull("importance")) {
            int imp = args.get("importance").asInt();
            if (imp < 1 || imp > 10) {
                throw new IllegalArgumentException("importance must be 1-10, got " + imp);
            }
            r = stream.add(kind, text, imp, List.of());
        } else {
            r = stream.add(kind, text);
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("id", r.id()).put("kind", r.kind().name().toLowerCase())
                .put("importance", r.importance()).put("text", r.text()).put("time", r.time().toString());
        return new ToolResult(data, "remembered as " + r.id() + " (importance " + r.importance() + ")", List.of(),
                List.of(new Citation("memory", r.id() + " @ " + r.time(), r.text())));
    }
}
