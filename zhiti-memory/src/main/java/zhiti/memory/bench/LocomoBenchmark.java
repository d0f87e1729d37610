package zhiti.memory.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import zhiti.memory.kb.BgeSmallZhEmbedder;
import zhiti.memory.kb.Chunk;
import zhiti.memory.kb.DocumentInfo;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.Embedder;
import zhiti.memory.kb.Fusion;
import zhiti.memory.kb.Hit;
import zhiti.memory.kb.Ingestor;
import zhiti.memory.kb.Locator;
import zhiti.memory.kb.SearchFilter;
import zhiti.memory.kb.SearchMode;
import zhiti.memory.kb.SearchRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * LoCoMo evidence recall (Maharana et al. 2024): every dialogue turn of the 10 conversations becomes one record
 * (its dialogue id kept); for each question with evidence, the top-k of its own conversation is retrieved and
 * recall@k = |evidence ∩ top-k| / |evidence|, averaged over questions, for hybrid (RRF, and min-max score fusion),
 * BM25-only and vector-only. Queries get the model's query instruction (see {@link Embedder#embedQueries}).
 * The data file is read where it lies and never copied.
 */
public final class LocomoBenchmark {
    /** Recall for one retrieval mode. */
    public record Recall(double recall_at_5, double recall_at_10) {}

    /** Per-mode recall plus what was measured. */
    public record Result(Recall hybrid, Recall hybrid_min_max, Recall bm25, Recall vector, int questions, int turns,
                         String embedder, String hybrid_config, String hybrid_min_max_config, double embed_seconds) {}

    /** The configurations measured: the default hybrid search, and min-max fusion with the vector ranker at 0.5. */
    private record Config(SearchMode mode, Fusion fusion, double bm25Weight, double vectorWeight) {
        String describe() { return fusion + " weights bm25=" + bm25Weight + " vector=" + vectorWeight; }
    }

    private static final Config HYBRID = new Config(SearchMode.HYBRID, Fusion.RRF, 1, 1);
    /** Vector weight 0.5 was chosen on conversations 1–5 and checked on 6–10, where it also beat BM25 alone. */
    private static final Config HYBRID_MIN_MAX = new Config(SearchMode.HYBRID, Fusion.MIN_MAX, 1, 0.5);
    private static final List<Config> CONFIGS = List.of(HYBRID, HYBRID_MIN_MAX,
            new Config(SearchMode.BM25, Fusion.RRF, 1, 1), new Config(SearchMode.VECTOR, Fusion.RRF, 1, 1));

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Result run(Path data, Embedder embedder, Path workDir) throws IOException {
        if (!Files.isRegularFile(data))
            throw new IllegalArgumentException("LoCoMo data not found at " + data + "; pass --data PATH/locomo10.json");
        JsonNode root = JSON.readTree(data.toFile());
        Path dir = Files.createTempDirectory(Files.createDirectories(workDir), "bench-locomo");
        try (EmbeddedStore store = new EmbeddedStore(dir, embedder)) {
            int turns = 0;
            long t0 = System.nanoTime();
            List<String> questions = new ArrayList<>();
            List<String> questionDoc = new ArrayList<>();
            List<Set<String>> evidence = new ArrayList<>();
            for (JsonNode sample : root) {
                String docId = "locomo:" + sample.path("sample_id").asText();
                List<Chunk> chunks = new ArrayList<>();
                JsonNode conv = sample.path("conversation");
                for (int session = 1; conv.has("session_" + session); session++) {
                    for (JsonNode turn : conv.get("session_" + session)) {
                        String id = turn.path("dia_id").asText();
                        String text = turn.path("speaker").asText() + ": " + turn.path("text").asText();
                        if (turn.hasNonNull("blip_caption")) text += " [shares a photo: " + turn.get("blip_caption").asText() + "]";
                        chunks.add(new Chunk(docId + "#" + id, docId, Ingestor.TURN, 0, text,
                                new Locator(docId, 0, text.length(), null, "session " + session, id)));
                    }
                }
                turns += chunks.size();
                List<float[]> vecs = embedAll(embedder, Ingestor.embeddingTexts(chunks)); // as ingestion embeds turns
                store.replaceDocument(new DocumentInfo(docId, data.toString(), docId, "locomo", 0, chunks.size()), chunks, vecs);
                for (JsonNode qa : sample.path("qa")) {
                    Set<String> ev = new TreeSet<>();
                    for (JsonNode e : qa.path("evidence"))
                        for (String part : e.asText().split("[;,\\s]+")) if (part.matches("D\\d+:\\d+")) ev.add(part);
                    if (ev.isEmpty()) continue; // questions without evidence cannot be scored
                    questions.add(qa.path("question").asText());
                    questionDoc.add(docId);
                    evidence.add(ev);
                }
            }
            List<float[]> qv = new ArrayList<>();
            for (int i = 0; i < questions.size(); i += 64)
                qv.addAll(embedder.embedQueries(questions.subList(i, Math.min(questions.size(), i + 64))));
            double embedSeconds = (System.nanoTime() - t0) / 1e9;
            Map<Config, double[]> sums = new LinkedHashMap<>();
            for (Config c : CONFIGS) sums.put(c, new double[2]);
            for (int i = 0; i < questions.size(); i++) {
                for (Config m : CONFIGS) {
                    SearchRequest req = new SearchRequest(questions.get(i), qv.get(i), 10, m.mode(),
                            SearchFilter.docs(questionDoc.get(i)), m.bm25Weight(), m.vectorWeight(),
                            SearchRequest.DEFAULT_RRF_K, m.fusion());
                    List<Hit> hits = store.search(req);
                    double[] s = sums.get(m);
                    s[0] += recall(hits, evidence.get(i), 5);
                    s[1] += recall(hits, evidence.get(i), 10);
                }
            }
            int n = questions.size();
            Iterator<double[]> it = sums.values().iterator();
            return new Result(recallOf(it.next(), n), recallOf(it.next(), n), recallOf(it.next(), n), recallOf(it.next(), n),
                    n, turns, embedder.name(), HYBRID.describe(), HYBRID_MIN_MAX.describe(), Math.round(embedSeconds * 10) / 10.0);
        } finally {
            MemoryBenchmark.deleteTree(dir);
        }
    }

    private static List<float[]> embedAll(Embedder e, List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i += 64) out.addAll(e.embedAll(texts.subList(i, Math.min(texts.size(), i + 64))));
        return out;
    }

    static double recall(List<Hit> hits, Set<String> evidence, int k) {
        int found = 0;
        for (int i = 0; i < Math.min(k, hits.size()); i++)
            if (evidence.contains(hits.get(i).chunk().locator().turn())) found++;
        return (double) found / evidence.size();
    }

    private static Recall recallOf(double[] s, int n) {
        return new Recall(Math.round(s[0] / n * 1e4) / 1e4, Math.round(s[1] / n * 1e4) / 1e4);
    }

    /** Usage: {@code LocomoBenchmark DATA_FILE [workDir]}; prints one JSON object (bge-small-zh embeddings). */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) throw new IllegalArgumentException("usage: LocomoBenchmark PATH/locomo10.json [workDir]");
        Path work = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"));
        try (BgeSmallZhEmbedder bge = new BgeSmallZhEmbedder()) {
            System.out.println(JSON.writeValueAsString(run(Path.of(args[0]), bge, work)));
        }
    }
}
