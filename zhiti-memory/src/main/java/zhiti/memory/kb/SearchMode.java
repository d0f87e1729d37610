package zhiti.memory.kb;

/** Which rankers a search uses; {@link #HYBRID} fuses BM25 and vector ranks by reciprocal-rank fusion. */
public enum SearchMode {
    HYBRID, BM25, VECTOR;

    public static SearchMode parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown search mode '" + s + "'; use hybrid, bm25 or vector");
        }
    }
}
