package zhiti.memory.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import zhiti.memory.kb.Chunk;
import zhiti.memory.kb.DocumentInfo;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.Embedder;
import zhiti.memory.kb.Hit;
import zhiti.memory.kb.Locator;
import zhiti.memory.kb.SearchMode;
import zhiti.memory.kb.SearchRequest;
import zhiti.memory.kb.Vectors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Retrieval benchmark: loads N synthetic records (see {@link SyntheticCorpus}) into an {@link EmbeddedStore} and
 * into LangChain4j's {@code InMemoryEmbeddingStore}, then times top-10 queries: hybrid, vector-only and BM25-only
 * on the store, an exact brute-force scan, and LangChain4j's search; recall@10 is the HNSW top-10's overlap with the
 * exact top-10. One query at a time (hybrid runs its BM25 half on a second core), after warm-up, each method in its
 * own pass; the index is merged to one segment after loading (included in load_seconds). LangChain4j's store is
 * filled only after the store's passes.
 */
public final class MemoryBenchmark {
    /** Everything {@code zhiti bench memory} prints. */
    public record Result(int records, double p50_ms, double p99_ms, double vector_p50_ms, double vector_p99_ms,
                         double bm25_p50_ms, double bm25_p99_ms, double recall_at_10, double exact_p50_ms,
                         double langchain4j_p50_ms, double load_seconds, int queries, String vectors) {}

    private static final int DIM = 512, K = 10, DOC_SIZE = 1000, LC4J_QUERIES = 200;

    public static Result run(int records, int queries, Path workDir) throws IOException {
        return run(records, queries, workDir, message -> {});
    }

    /** As {@link #run(int, int, Path)}, reporting each phase (a 1M-record run takes about half an hour). */
    public static Result run(int records, int queries, Path workDir, Consumer<String> progress) throws IOException {
        if (records < DOC_SIZE) throw new IllegalArgumentException("records must be >= " + DOC_SIZE + ", got " + records);
        if (queries < 10) throw new IllegalArgumentException("queries must be >= 10, got " + queries);
        SyntheticCorpus corpus = new SyntheticCorpus(DIM, Math.max(50, records / 100), 42);
        Embedder fixed = new Embedder() { // the store only needs the name and dimension: queries carry vectors
            @Override public int dimension() { return DIM; }

            @Override public String name() { return "synthetic"; }

            @Override public List<float[]> embedAll(List<String> texts) {
                throw new UnsupportedOperationException("benchmark queries carry their vectors");
            }
        };
        Path dir = Files.createTempDirectory(Files.createDirectories(workDir), "bench-memory");
        float[][] all = new float[records][];
        long t0 = System.nanoTime();
        try (EmbeddedStore store = new EmbeddedStore(dir, fixed)) {
            for (int d = 0; d * DOC_SIZE < records; d++) {
                int from = d * DOC_SIZE, n = Math.min(DOC_SIZE, records - from);
                String docId = "doc" + d;
                List<Chunk> chunks = new ArrayList<>(n);
                List<float[]> vecs = corpus.vectors(from, n);
                for (int i = 0; i < n; i++) {
                    String text = corpus.text(from + i);
                    chunks.add(new Chunk("r" + (from + i), docId, "passage", 0, text, new Locator(docId, 0, text.length(), null, null, null)));
                    all[from + i] = vecs.get(i);
                }
                store.replaceDocument(new DocumentInfo(docId, docId, "h" + d, "synthetic", 0, n), chunks, vecs);
                if ((from + n) % Math.max(DOC_SIZE, records / 10 / DOC_SIZE * DOC_SIZE) == 0 || from + n == records)
                    progress.accept(String.format(java.util.Locale.ROOT, "loaded %,d of %,d records (%.0f s)", from + n, records, (System.nanoTime() - t0) / 1e9));
            }
            progress.accept("merging the index into one segment (one HNSW graph)");
            store.optimize();
            double loadSeconds = (System.nanoTime() - t0) / 1e9;

            // Each method is timed in its own pass, after its own warm-up: interleaved with the exact and LangChain4j
            // scans (which sweep gigabytes of heap per query at 1M records), the store's queries mostly measured
            // cold caches, and interleaved with each other the later modes inherit the earlier ones' cache lines.
            long[] hybrid = new long[queries], vector = new long[queries], bm25 = new long[queries], exact = new long[queries];
            List<List<Hit>> vectorHits = new ArrayList<>();
            for (SearchMode mode : List.of(SearchMode.HYBRID, SearchMode.VECTOR, SearchMode.BM25)) {
                long[] times = mode == SearchMode.HYBRID ? hybrid : mode == SearchMode.VECTOR ? vector : bm25;
                progress.accept("timing " + mode.name().toLowerCase() + " search (" + queries + " queries)");
                for (int pass = 0; pass < 2; pass++) { // pass 0 warms up the JIT and page cache
                    int n = pass == 0 ? Math.min(200, queries) : queries;
                    for (int q = 0; q < n; q++) {
                        long qid = pass == 0 ? -1_000_001 - q : -1 - q;
                        SearchRequest req = new SearchRequest(corpus.queryText(qid), corpus.vector(qid), K, mode,
                                null, 1, 1, SearchRequest.DEFAULT_RRF_K);
                        long a = System.nanoTime();
                        List<Hit> hits = store.search(req);
                        if (pass == 1) {
                            times[q] = System.nanoTime() - a;
                            if (mode == SearchMode.VECTOR) vectorHits.add(hits);
                        }
                    }
                }
            }
            progress.accept("timing the exact scan and measuring recall@10");
            double recallSum = 0;
            for (int q = 0; q < queries; q++) {
                float[] qv = corpus.vector(-1 - q);
                long a = System.nanoTime();
                Set<Integer> truth = exactTopK(all, qv, K);
                exact[q] = System.nanoTime() - a;
                int found = 0;
                for (Hit h : vectorHits.get(q)) if (truth.contains(Integer.parseInt(h.recordId().substring(1)))) found++;
                recallSum += (double) found / K;
            }
            progress.accept("filling and timing LangChain4j's InMemoryEmbeddingStore");
            // LangChain4j scans linearly (~0.1 s per query at 100k), so a prefix of the queries suffices
            InMemoryEmbeddingStore<TextSegment> lc4j = new InMemoryEmbeddingStore<>();
            for (int from = 0; from < records; from += DOC_SIZE) {
                int to = Math.min(records, from + DOC_SIZE);
                List<String> ids = new ArrayList<>(to - from);
                List<Embedding> es = new ArrayList<>(to - from);
                List<TextSegment> segs = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    ids.add("r" + i);
                    es.add(Embedding.from(all[i]));
                    segs.add(TextSegment.from(corpus.text(i)));
                }
                lc4j.addAll(ids, es, segs);
            }
            long[] lc = new long[Math.min(queries, LC4J_QUERIES)];
            for (int q = 0; q < lc.length + 10; q++) { // the first 10 warm up
                float[] qv = corpus.vector(q < 10 ? -2_000_001 - q : -1 - (q - 10));
                long a = System.nanoTime();
                lc4j.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(qv)).maxResults(K).build());
                if (q >= 10) lc[q - 10] = System.nanoTime() - a;
            }
            return new Result(records, Percentiles.ms(hybrid, 50), Percentiles.ms(hybrid, 99), Percentiles.ms(vector, 50),
                    Percentiles.ms(vector, 99), Percentiles.ms(bm25, 50), Percentiles.ms(bm25, 99),
                    Math.round(recallSum / queries * 1e4) / 1e4, Percentiles.ms(exact, 50),
                    Percentiles.ms(lc, 50), Math.round(loadSeconds * 10) / 10.0, queries, corpus.description());
        } finally {
            deleteTree(dir);
        }
    }

    /** Exact top-k by dot product over all vectors (the ground truth and the brute-force baseline). */
    static Set<Integer> exactTopK(float[][] all, float[] q, int k) {
        PriorityQueue<float[]> heap = new PriorityQueue<>((x, y) -> Float.compare(x[0], y[0])); // {score, index}
        for (int i = 0; i < all.length; i++) {
            float s = Vectors.dot(all[i], q);
            if (heap.size() < k) heap.add(new float[]{s, i});
            else if (s > heap.peek()[0]) {
                heap.poll();
                heap.add(new float[]{s, i});
            }
        }
        Set<Integer> out = new HashSet<>();
        for (float[] e : heap) out.add((int) e[1]);
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Usage: {@code MemoryBenchmark [records] [queries] [workDir]}; prints one JSON object. */
    public static void main(String[] args) throws IOException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path work = Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir"));
        Result r = run(records, queries, work);
        Map<String, Object> out = new LinkedHashMap<>(new ObjectMapper().convertValue(r, Map.class));
        System.out.println(new ObjectMapper().writeValueAsString(out));
    }
}
