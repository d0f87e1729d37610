package zhiti.memory.stream;

import zhiti.memory.kb.Embedder;
import zhiti.memory.kb.Vectors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generative agents' memory stream: an append-only list of memories retrieved by
 * score = w_rec·recency + w_imp·importance + w_rel·relevance, each component min-max normalised over the
 * candidates (recency = decay^hours since last access; relevance = cosine to the query). Retrieval refreshes the
 * returned memories' last access. When the importance of records added since the last reflection reaches the
 * threshold, the {@link Reflector} is asked for insights, which are stored as REFLECTION records citing evidence.
 */
public final class MemoryStream {
    private final Embedder embedder;
    private final ImportanceScorer scorer;
    private final Reflector reflector;
    private final Clock clock;
    private final StreamSettings settings;
    private final Map<String, MemoryRecord> records = new LinkedHashMap<>();
    private final List<String> sinceReflection = new ArrayList<>();
    private int importanceSinceReflection;
    private long nextId = 1;
    private final MemoryJournal journal;

    /** An in-memory stream. */
    public MemoryStream(Embedder embedder, ImportanceScorer scorer, Reflector reflector, Clock clock, StreamSettings settings) {
        this(embedder, scorer, reflector, clock, settings, null);
    }

    /** A stream that replays {@code journal} (if not null) and logs every change to it. */
    public MemoryStream(Embedder embedder, ImportanceScorer scorer, Reflector reflector, Clock clock,
                        StreamSettings settings, MemoryJournal journal) {
        this.embedder = embedder;
        this.scorer = scorer;
        this.reflector = reflector;
        this.clock = clock;
        this.settings = settings;
        this.journal = journal;
        if (journal != null) replay(journal);
    }

    private void replay(MemoryJournal j) {
        for (MemoryJournal.Event e : j.replay()) {
            switch (e) {
                case MemoryJournal.Added a -> {
                    MemoryRecord r = a.record();
                    records.put(r.id(), r);
                    if (r.id().matches("m\\d+")) nextId = Math.max(nextId, Long.parseLong(r.id().substring(1)) + 1);
                    if (r.kind() != MemoryKind.REFLECTION) {
                        sinceReflection.add(r.id());
                        importanceSinceReflection += r.importance();
                    }
                }
                case MemoryJournal.Touched t -> {
                    MemoryRecord r = records.get(t.id());
                    if (r != null) records.put(r.id(), r.withLastAccess(t.at()));
                }
                case MemoryJournal.Reflected ignored -> {
                    sinceReflection.clear();
                    importanceSinceReflection = 0;
                }
            }
        }
    }

    /** Adds a memory scored by the {@link ImportanceScorer}; may trigger a reflection. */
    public synchronized MemoryRecord add(MemoryKind kind, String text) {
        return add(kind, text, scorer.score(kind, text), List.of());
    }

    /**
     * Adds a memory found by {@code key} (its vector is the key's) rather than by its whole text: a logged
     * question and its answer are retrieved by the question. The vector is computed before the stream is locked,
     * so runs logging at once do not queue behind each other's embeddings.
     */
    public MemoryRecord add(MemoryKind kind, String text, String key) {
        float[] vector = embedder.embed(key);
        synchronized (this) {
            return add(kind, text, scorer.score(kind, text), List.of(), vector);
        }
    }

    /** Adds a memory with a given importance (1..10) and evidence; may trigger a reflection. */
    public synchronized MemoryRecord add(MemoryKind kind, String text, int importance, List<String> evidenceIds) {
        return add(kind, text, importance, evidenceIds, embedder.embed(text));
    }

    private MemoryRecord add(MemoryKind kind, String text, int importance, List<String> evidenceIds, float[] vector) {
        MemoryRecord r = store(kind, text, importance, evidenceIds, vector);
        if (kind != MemoryKind.REFLECTION) {
            // reflections do not count toward the next reflection, or insights would breed insights
            sinceReflection.add(r.id());
            importanceSinceReflection += importance;
            if (importanceSinceReflection >= settings.reflectionThreshold()) reflect();
        }
        return r;
    }

    private MemoryRecord store(MemoryKind kind, String text, int importance, List<String> evidenceIds, float[] vector) {
        for (String e : evidenceIds)
            if (!records.containsKey(e)) throw new IllegalArgumentException("evidence id '" + e + "' is not in the stream");
        Instant now = clock.instant();
        MemoryRecord r = new MemoryRecord("m" + nextId++, now, kind, text, importance, vector, now, evidenceIds);
        records.put(r.id(), r);
        if (journal != null) journal.added(r);
        return r;
    }

    private void reflect() {
        List<MemoryRecord> recent = sinceReflection.stream().map(records::get).toList();
        sinceReflection.clear();
        importanceSinceReflection = 0;
        if (journal != null) journal.reflected();
        for (Reflector.Insight i : reflector.reflect(recent))
            store(MemoryKind.REFLECTION, i.text(), i.importance(), i.evidenceIds(), embedder.embed(i.text()));
    }

    /** Importance summed over records added since the last reflection. */
    public synchronized int importanceSinceReflection() { return importanceSinceReflection; }

    public synchronized List<MemoryRecord> all() { return List.copyOf(records.values()); }

    public synchronized MemoryRecord get(String id) {
        MemoryRecord r = records.get(id);
        if (r == null) throw new IllegalArgumentException("no memory with id '" + id + "'");
        return r;
    }

    public synchronized int size() { return records.size(); }

    public List<ScoredMemory> retrieve(String query, int k) {
        return retrieve(embedder.embed(query), k, Set.of());
    }

    /** Top-k memories of the given kinds (all kinds if empty); their last access becomes now. */
    public synchronized List<ScoredMemory> retrieve(float[] query, int k, Set<MemoryKind> kinds) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        List<MemoryRecord> cands = records.values().stream().filter(r -> kinds.isEmpty() || kinds.contains(r.kind())).toList();
        if (cands.isEmpty()) return List.of();
        Instant now = clock.instant();
        int n = cands.size();
        double[] rec = new double[n], imp = new double[n], rel = new double[n];
        for (int i = 0; i < n; i++) {
            MemoryRecord r = cands.get(i);
            double hours = Math.max(0, Duration.between(r.lastAccess(), now).toMillis() / 3_600_000.0);
            rec[i] = Math.pow(settings.decayPerHour(), hours);
            imp[i] = r.importance();
            rel[i] = Vectors.dot(query, r.embedding());
        }
        minMax(rec);
        minMax(imp);
        minMax(rel);
        List<ScoredMemory> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double s = settings.recencyWeight() * rec[i] + settings.importanceWeight() * imp[i] + settings.relevanceWeight() * rel[i];
            scored.add(new ScoredMemory(cands.get(i), s, rec[i], imp[i], rel[i]));
        }
        scored.sort(Comparator.comparingDouble(ScoredMemory::score).reversed());
        List<ScoredMemory> top = scored.subList(0, Math.min(k, n));
        for (ScoredMemory m : top) {
            records.put(m.record().id(), m.record().withLastAccess(now));
            if (journal != null) journal.touched(m.record().id(), now);
        }
        return List.copyOf(top);
    }

    /**
     * Scales to [0, 1]; when all values are equal they become 0.5, as in the paper's reference implementation,
     * so a constant component neither helps nor hurts any candidate.
     */
    static void minMax(double[] v) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double x : v) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
        double range = hi - lo;
        for (int i = 0; i < v.length; i++) v[i] = range == 0 ? 0.5 : (v[i] - lo) / range;
    }
}
