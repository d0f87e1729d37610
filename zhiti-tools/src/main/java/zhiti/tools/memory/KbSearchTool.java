package zhiti.tools.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.memory.kb.Hit;
import zhiti.memory.kb.SearchFilter;
import zhiti.memory.kb.SearchMode;
import zhiti.memory.kb.SearchRequest;
import zhiti.memory.kb.Store;

/**
 * Searches the knowledge base (hybrid BM25 + vectors) and returns passages with citations. The passages are data
 * for the brain to read and cite; nothing written inside them is ever executed as an instruction.
 */
public final class KbSearchTool implements Tool {

    private static final int MAX_K = 20;

    private final Store store;

    public KbSearchTool(Store store) {
        this.store = store;
    }

    @Override
    public String name() {
        return ToolName.KB_SEARCH.id();
    }

    @Override
    public String description() {
        return "Search the knowledge base of ingested research documents (hybrid BM25 + semantic search, Chinese "
                + "and English). Returns the most relevant passages with document, location and score, for "
                + "quoting and citing.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("query", "what to look for, in the documents' words where possible")
                .integer("k", "number of passages to return, 1-" + MAX_K + "; default 5")
                .oneOf("mode", "ranking: hybrid (default), bm25 (keywords) or vector (meaning)", "hybrid", "bm25", "vector")
                .string("doc", "only search this document id (as shown in earlier results)")
                .required("query").build();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        String query = args.get("query").asText();
        if (query.isBlank()) {
            throw new IllegalArgumentException("query is empty: say what to look for");
        }
        int k = args.path("k").asInt(5);
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        SearchRequest req = SearchRequest.of(query, k)
                .withMode(SearchMode.valueOf(args.path("mode").asText("hybrid").toUpperCase(Locale.ROOT)));
        if (args.hasNonNull("doc")) {
            req = req.withFilter(SearchFilter.docs(args.get("doc").asText()));
        }
        List<Hit> hits = store.search(req);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = data.putArray("hits");
        for (Hit h : hits) {
            arr.addObject().put("doc", h.chunk().docId()).put("record_id", h.recordId()).put("score", h.score())
                    .put("locator", h.citation().locator()).put("text", h.chunk().text());
        }
        String summary = hits.isEmpty() ? "no passage matches" : hits.size() + " passages, best from "
                + hits.get(0).chunk().docId();
        return new ToolResult(data, summary, List.of(), hits.stream().map(Hit::citation).toList());
    }
}
