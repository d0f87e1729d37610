package zhiti.tools.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.memory.context.ContextWindow;
import zhiti.memory.context.Message;
import zhiti.core.Citation;
import zhiti.memory.kb.Hit;

/**
 * MemGPT's memory functions over one conversation's {@link ContextWindow}: edit the core memory blocks that stay
 * in context, search the conversation's older turns (recall storage), search and extend the knowledge base
 * (archival storage). The model manages its own context with them, as an operating system manages memory.
 */
public final class ContextTools {

    private ContextTools() {
    }

    /** Registers memory_insert, memory_replace, conversation_search and, with a store, archival_search/insert. */
    public static ToolRegistry register(ToolRegistry registry, ContextWindow window, boolean archival) {
        registry.register(tool(ToolName.MEMORY_INSERT.id(), "Insert a line into a core memory block (always in context), e.g. a "
                        + "fact about the user's project. Blocks: " + labels(window) + ".",
                ToolSchema.object().string("label", "the block to edit").string("text", "the line to insert")
                        .integer("after_line", "insert after this line (0 = top); default -1 = at the end")
                        .required("label", "text").build(),
                a -> {
                    String v = window.coreMemory().memoryInsert(a.get("label").asText(), a.get("text").asText(),
                            a.path("after_line").asInt(-1));
                    return block(a.get("label").asText(), v);
                }));
        registry.register(tool(ToolName.MEMORY_REPLACE.id(), "Replace text in a core memory block; an empty new_text deletes it. "
                        + "old_text must occur exactly once.",
                ToolSchema.object().string("label", "the block to edit").string("old_text", "text to replace, copied exactly")
                        .string("new_text", "replacement (empty to delete)").required("label", "old_text").build(),
                a -> block(a.get("label").asText(), window.coreMemory().memoryReplace(a.get("label").asText(),
                        a.get("old_text").asText(), a.path("new_text").asText("")))));
        registry.register(tool(ToolName.CONVERSATION_SEARCH.id(), "Search every earlier turn of this conversation, including turns "
                        + "that were moved out of context.",
                ToolSchema.object().string("query", "what to look for").integer("k", "how many turns; default 5")
                        .required("query").build(),
                a -> messages(window.conversationSearch(a.get("query").asText(), a.path("k").asInt(5)))));
        if (archival) {
            registry.register(tool(ToolName.ARCHIVAL_SEARCH.id(), "Search archival memory: the knowledge base of documents and "
                            + "passages saved with archival_insert.",
                    ToolSchema.object().string("query", "what to look for").integer("k", "how many passages; default 5")
                            .required("query").build(),
                    a -> hits(window.archivalSearch(a.get("query").asText(), a.path("k").asInt(5)))));
            registry.register(tool(ToolName.ARCHIVAL_INSERT.id(), "Save a passage to archival memory for later sessions.",
                    ToolSchema.object().string("text", "the passage to keep").required("text").build(),
                    a -> {
                        String id = window.archivalInsert(a.get("text").asText());
                        return new ToolResult(JsonNodeFactory.instance.objectNode().put("doc", id), "saved as " + id,
                                List.of(), List.of(new Citation(id, "archival", a.get("text").asText())));
                    }));
        }
        return registry;
    }

    private static String labels(ContextWindow w) {
        return String.join(", ", w.coreMemory().blocks().stream().map(b -> b.label()).toList());
    }

    private static ToolResult block(String label, String value) {
        return new ToolResult(JsonNodeFactory.instance.objectNode().put("label", label).put("value", value),
                "block " + label + " now has " + value.length() + " characters", List.of(), List.of());
    }

    private static ToolResult messages(List<Message> found) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = data.putArray("messages");
        found.forEach(m -> arr.addObject().put("seq", m.seq()).put("role", m.role()).put("time", m.time().toString())
                .put("text", m.text()));
        return new ToolResult(data, found.size() + " earlier turns", List.of(), found.stream()
                .map(m -> new Citation("conversation", "turn " + m.seq() + " (" + m.role() + ")", m.text())).toList());
    }

    private static ToolResult hits(List<Hit> found) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = data.putArray("hits");
        found.forEach(h -> arr.addObject().put("doc", h.chunk().docId()).put("score", h.score()).put("text", h.chunk().text()));
        return new ToolResult(data, found.size() + " passages", List.of(), found.stream().map(Hit::citation).toList());
    }

    /** A tool from its name, description, schema and body. */
    private static Tool tool(String name, String description, ObjectNode schema, Function<JsonNode, ToolResult> body) {
        return new Tool() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public ObjectNode parameters() {
                return schema.deepCopy();
            }

            @Override
            public ToolResult invoke(JsonNode args) {
                return body.apply(args);
            }
        };
    }
}
