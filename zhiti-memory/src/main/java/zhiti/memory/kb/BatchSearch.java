package zhiti.memory.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs many searches in one JVM (what {@code zhiti search --batch FILE --json} does): each input line
 * {@code {"id":…, "query":…}} yields one output line {@code {"id":…, "hits":[{"doc","record_id","score","text"}]}},
 * in input order. Query vectors are computed in batches, which is much faster than one by one.
 */
public final class BatchSearch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 64;

    private BatchSearch() {}

    /**
     * @param how every setting but the query: k, mode, filter, fusion and weights (its text and vector are replaced)
     * @return the number of queries answered
     */
    public static int run(Store store, BufferedReader in, PrintWriter out, SearchRequest how) throws IOException {
        record Query(JsonNode id, String text) {}
        List<Query> queries = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException("query line " + lineNo + " is not JSON: " + e.getMessage());
            }
            if (!n.hasNonNull("query") || !n.get("query").isTextual() || n.get("query").asText().isBlank())
                throw new IllegalArgumentException("query line " + lineNo + " needs a non-empty string field \"query\"");
            queries.add(new Query(n.get("id"), n.get("query").asText()));
        }
        for (int i = 0; i < queries.size(); i += BATCH) {
            List<Query> batch = queries.subList(i, Math.min(queries.size(), i + BATCH));
            List<float[]> vectors = how.mode() == SearchMode.BM25 ? null
                    : store.embedder().embedQueries(batch.stream().map(Query::text).toList());
            for (int j = 0; j < batch.size(); j++) {
                SearchRequest req = how.withText(batch.get(j).text()).withVector(vectors == null ? null : vectors.get(j));
                ObjectNode o = JSON.createObjectNode();
                o.set("id", batch.get(j).id());
                ArrayNode hits = o.putArray("hits");
                for (Hit h : store.search(req))
                    hits.addObject().put("doc", h.chunk().docId()).put("record_id", h.recordId())
                            .put("score", h.score()).put("text", h.chunk().text());
                out.println(JSON.writeValueAsString(o));
            }
        }
        out.flush();
        return queries.size();
    }
}
