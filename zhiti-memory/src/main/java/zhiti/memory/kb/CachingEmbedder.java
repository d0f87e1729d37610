package zhiti.memory.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the last texts it embedded. One question is embedded by the router, and again when the
 * question is logged to memory; with this the model runs once. Queries (embedded with the retrieval instruction)
 * are kept apart from plain texts.
 */
public final class CachingEmbedder implements Embedder {
    private final Embedder model;
    private final Map<String, float[]> cache;

    public CachingEmbedder(Embedder model, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1");
        this.model = model;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
                return size() > capacity;
            }
        };
    }

    @Override public int dimension() { return model.dimension(); }

    @Override public String name() { return model.name(); }

    @Override public List<float[]> embedAll(List<String> texts) { return cached(texts, "t:", model::embedAll); }

    @Override public List<float[]> embedQueries(List<String> queries) { return cached(queries, "q:", model::embedQueries); }

    private List<float[]> cached(List<String> texts, String kind, java.util.function.Function<List<String>, List<float[]>> embed) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String t : texts) {
                float[] v = cache.get(kind + t);
                out.add(v);
                if (v == null) missing.add(t);
            }
        }
        if (missing.isEmpty()) return copies(out);
        List<float[]> computed = embed.apply(missing); // outside the lock: the model is thread-safe and slow
        synchronized (cache) {
            for (int i = 0, j = 0; i < out.size(); i++) {
                if (out.get(i) == null) {
                    float[] v = computed.get(j++);
                    out.set(i, v);
                    cache.put(kind + texts.get(i), v);
                }
            }
        }
        return copies(out);
    }

    /** Callers may normalise or scale what they get; the cached vectors stay as the model made them. */
    private static List<float[]> copies(List<float[]> vs) {
        List<float[]> out = new ArrayList<>(vs.size());
        for (float[] v : vs) out.add(v.clone());
        return out;
    }
}
