package zhiti.memory.kb;

import java.util.Set;

/**
 * Restricts a search to some documents, a time range (epoch ms, inclusive) and some kinds. Empty sets and null
 * bounds mean "no restriction".
 */
public record SearchFilter(Set<String> docs, Long fromTime, Long toTime, Set<String> kinds) {
    public static final SearchFilter NONE = new SearchFilter(Set.of(), null, null, Set.of());

    public SearchFilter {
        docs = docs == null ? Set.of() : Set.copyOf(docs);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (fromTime != null && toTime != null && fromTime > toTime)
            throw new IllegalArgumentException("time filter is empty: from " + fromTime + " is after to " + toTime);
    }

    public static SearchFilter docs(String... ids) { return new SearchFilter(Set.of(ids), null, null, Set.of()); }

    public static SearchFilter kinds(String... kinds) { return new SearchFilter(Set.of(), null, null, Set.of(kinds)); }

    public static SearchFilter between(long from, long to) { return new SearchFilter(Set.of(), from, to, Set.of()); }

    public boolean isEmpty() { return docs.isEmpty() && kinds.isEmpty() && fromTime == null && toTime == null; }

    public boolean accepts(Chunk c) {
        return (docs.isEmpty() || docs.contains(c.docId()))
                && (kinds.isEmpty() || kinds.contains(c.kind()))
                && (fromTime == null || c.time() >= fromTime)
                && (toTime == null || c.time() <= toTime);
    }
}
