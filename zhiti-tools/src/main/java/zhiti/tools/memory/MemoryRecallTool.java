package zhiti.tools.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Citation;
import zhiti.memory.stream.MemoryStream;
import zhiti.memory.stream.ScoredMemory;

/**
 * Retrieves memories ranked as the generative agents do: recency + importance + relevance, each min-max
 * normalised; every score component is returned so the ranking can be checked.
 */
public final class MemoryRecallTool implements Tool {

    private static final int MAX_K = 20;

    private final MemoryStream stream;

    public MemoryRecallTool(MemoryStream stream) {
        this.stream = stream;
    }

    @Override
    public String name() {
        return ToolName.MEMORY_RECALL.id();
    }

    @Override
    public String description() {
        return "Recall from long-term memory: saved notes, earlier questions and answers, reflections. Ranked by "
                + "recency + importance + relevance (generative-agents scoring).";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("query", "what to recall")
                .integer("k", "how many memories, 1-" + MAX_K + "; default 5")
                .required("query").build();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        int k = args.path("k").asInt(5);
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        List<ScoredMemory> found = stream.retrieve(args.get("query").asText(), k);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = data.putArray("memories");
        for (ScoredMemory m : found) {
            arr.addObject().put("id", m.record().id()).put("kind", m.record().kind().name().toLowerCase())
                    .put("time", m.record().time().toString()).put("text", m.record().text())
                    .put("score", m.score()).put("recency", m.recency()).put("importance", m.importance())
                    .put("relevance", m.relevance());
        }
        String summary = found.isEmpty() ? "memory is empty" : found.size() + " memories, best " + found.get(0).record().id();
        return new ToolResult(data, summary, List.of(), found.stream()
                .map(m -> new Citation("memory", m.record().id() + " @ " + m.record().time(), m.record().text())).toList());
    }
}
