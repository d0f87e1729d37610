package zhiti.memory.context;

import zhiti.memory.kb.Chunk;
import zhiti.memory.kb.DocumentInfo;
import zhiti.memory.kb.Embedder;
import zhiti.memory.kb.Hit;
import zhiti.memory.kb.Locator;
import zhiti.memory.kb.SearchFilter;
import zhiti.memory.kb.SearchRequest;
import zhiti.memory.kb.Store;
import zhiti.memory.kb.Vectors;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * MemGPT-style memory tiers around one conversation. In context: system/persona, core memory blocks, the running
 * summary, retrieved memories and recent messages, assembled within a token budget. Out of context: recall storage
 * (every message, searchable with {@link #conversationSearch}) and archival storage (the knowledge-base
 * {@link Store}, searchable with {@link #archivalSearch}). Not thread-safe by design: one window per conversation.
 */
public final class ContextWindow {
    private final TokenCounter counter;
    private final Summarizer summarizer;
    private final Embedder embedder;
    private final Store archival;
    private final ContextSettings settings;
    private final Consumer<ContextEvent> events;
    private final Clock clock;
    private final CoreMemory core = new CoreMemory();
    private final Deque<Message> inContext = new ArrayDeque<>();
    private final List<Message> recall = new ArrayList<>();
    private final List<float[]> recallVectors = new ArrayList<>();
    private String system = "";
    private String summary = "";
    private List<String> retrieved = List.of();
    private boolean pressureSignalled;
    private long seq;

    /** @param archival may be null when there is no knowledge base */
    public ContextWindow(TokenCounter counter, Summarizer summarizer, Embedder embedder, Store archival,
                         ContextSettings settings, Consumer<ContextEvent> events, Clock clock) {
        this.counter = counter;
        this.summarizer = summarizer;
        this.embedder = embedder;
        this.archival = archival;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public CoreMemory coreMemory() { return core; }

    public void setSystem(String text) { system = text == null ? "" : text; }

    /** Memories retrieved for the current turn, best first; the tail is dropped if they exceed their share. */
    public void setRetrieved(List<String> memories) { retrieved = List.copyOf(memories); }

    public String summary() { return summary; }

    public List<Message> messagesInContext() { return List.copyOf(inContext); }

    public List<Message> recallStorage() { return List.copyOf(recall); }

    /** Adds a message, signals pressure at the threshold and evicts old messages when over budget. */
    public Message append(String role, String text) {
        Message m = new Message(++seq, role, text, clock.instant());
        inContext.addLast(m);
        recall.add(m);
        recallVectors.add(embedder.embed(text));
        int used = usedTokens();
        if (used >= settings.pressureRatio() * settings.budgetTokens()) {
            if (!pressureSignalled) events.accept(new ContextEvent.MemoryPressure(used, settings.budgetTokens()));
            pressureSignalled = true;
        }
        if (used > settings.budgetTokens()) evict((int) (settings.evictToRatio() * settings.budgetTokens()));
        return m;
    }

    private int cost(String text) { return counter.count(text) + settings.overheadPerPart(); }

    private int fixedTokens() {
        int t = cost(system);
        if (!core.blocks().isEmpty()) t += cost(core.render());
        if (!summary.isEmpty()) t += cost(summary);
        return t;
    }

    private int retrievedTokens() {
        int t = 0;
        for (String r : fittingRetrieved()) t += cost(r);
        return t;
    }

    private List<String> fittingRetrieved() {
        int cap = (int) (settings.retrievedShare() * settings.budgetTokens());
        List<String> out = new ArrayList<>();
        int t = 0;
        for (String r : retrieved) {
            int c = cost(r);
            if (t + c > cap) break;
            out.add(r);
            t += c;
        }
        return out;
    }

    private int messageTokens() {
        int t = 0;
        for (Message m : inContext) t += cost(m.text());
        return t;
    }

    /** Tokens the assembled prompt would use now. */
    public int usedTokens() { return fixedTokens() + retrievedTokens() + messageTokens(); }

    /**
     * Moves the oldest messages out of context until usage, with the summary at its maximum size, is at most
     * target; then folds them into the running summary with one summarizer call.
     */
    private void evict(int target) {
        int summaryMax = (int) (settings.summaryShare() * settings.budgetTokens());
        int reserved = settings.overheadPerPart() + summaryMax;
        String keep = summary;
        summary = "";
        List<Message> out = new ArrayList<>();
        while (!inContext.isEmpty() && usedTokens() + reserved > target) out.add(inContext.removeFirst());
        String next = out.isEmpty() ? keep : summarizer.summarize(keep, List.copyOf(out), summaryMax, counter);
        // a summarizer that ignores the limit must not break the budget
        summary = counter.count(next) > summaryMax ? ExtractiveSummarizer.truncate(next, summaryMax, counter) : next;
        if (!out.isEmpty()) events.accept(new ContextEvent.Evicted(List.copyOf(out), summary));
        if (usedTokens() < settings.pressureRatio() * settings.budgetTokens()) pressureSignalled = false;
    }

    /**
     * The prompt within budget: evicts messages if needed. Fails only if system prompt, core memory and summary
     * alone exceed the budget, which is a configuration error.
     */
    public Prompt assemble() {
        if (usedTokens() > settings.budgetTokens()) evict(settings.budgetTokens());
        if (fixedTokens() > settings.budgetTokens())
            throw new IllegalStateException("system prompt, core memory and summary need " + fixedTokens()
                    + " tokens but the budget is " + settings.budgetTokens() + "; raise the budget or shrink core memory limits");
        List<Prompt.Part> parts = new ArrayList<>();
        parts.add(new Prompt.Part("system", "system", system, cost(system)));
        if (!core.blocks().isEmpty()) parts.add(new Prompt.Part("core_memory", "system", core.render(), cost(core.render())));
        if (!summary.isEmpty()) parts.add(new Prompt.Part("summary", "system", summary, cost(summary)));
        for (String r : fittingRetrieved()) parts.add(new Prompt.Part("retrieved", "system", r, cost(r)));
        for (Message m : inContext) parts.add(new Prompt.Part("message", m.role(), m.text(), cost(m.text())));
        int total = parts.stream().mapToInt(Prompt.Part::tokens).sum();
        return new Prompt(parts, total, settings.budgetTokens());
    }

    /** MemGPT's conversation_search: past messages (in or out of context) most similar to the query, best first. */
    public List<Message> conversationSearch(String query, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        float[] q = embedder.embed(query);
        String needle = query.toLowerCase(Locale.ROOT);
        record Scored(Message m, double s) {}
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < recall.size(); i++) {
            Message m = recall.get(i);
            // an exact phrase match outranks any embedding similarity (which is at most 1)
            double s = Vectors.dot(q, recallVectors.get(i)) + (m.text().toLowerCase(Locale.ROOT).contains(needle) ? 1 : 0);
            scored.add(new Scored(m, s));
        }
        scored.sort(Comparator.comparingDouble(Scored::s).reversed());
        return scored.stream().limit(k).map(Scored::m).toList();
    }

    /** MemGPT's archival_search: hybrid search in the knowledge base. */
    public List<Hit> archivalSearch(String query, int k) {
        return requireArchival().search(SearchRequest.of(query, k));
    }

    /** MemGPT's archival_memory_insert: stores a passage the agent wants to keep, as its own document. */
    public String archivalInsert(String text) {
        Store s = requireArchival();
        long now = clock.millis();
        String docId = "archival:" + HexFormat.of().toHexDigits(now) + ":" + Integer.toHexString(text.hashCode());
        Chunk c = new Chunk(docId + "#0", docId, "archival", now, text, new Locator("archival", 0, text.length(), null, null, null));
        s.replaceDocument(new DocumentInfo(docId, "archival", Integer.toHexString(text.hashCode()), "archival", now, 1),
                List.of(c), List.of(s.embedder().embed(text)));
        return docId;
    }

    /** Archival passages the agent inserted itself. */
    public List<Hit> archivalSearchInserted(String query, int k) {
        return requireArchival().search(SearchRequest.of(query, k).withFilter(SearchFilter.kinds("archival")));
    }

    private Store requireArchival() {
        if (archival == null) throw new IllegalStateException("this context window has no archival store");
        return archival;
    }
}
