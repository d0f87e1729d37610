package zhiti.memory.kb;

/**
 * A query: text for BM25, an optional precomputed vector (else the store's embedder makes one), how many hits,
 * which rankers, filters, and how hybrid mode fuses the two rankings: {@link Fusion} method, per-ranker weights
 * and the RRF constant (score = Σ w / (rrfK + rank)).
 */
public record SearchRequest(String text, float[] vector, int k, SearchMode mode, SearchFilter filter,
                            double bm25Weight, double vectorWeight, int rrfK, Fusion fusion) {
    /**
     * Smaller than the 60 of Cormack et al., who fused dozens of deep TREC runs: with two rankers of about 40
     * candidates, k = 5 lets a passage that one ranker puts first beat one that both put in the middle. Chosen on
     * LoCoMo conversations 26, 30 and 41 (hybrid evidence recall@5 0.57 at k = 5, 0.54 at 10, 0.48 at 60) and
     * confirmed on the other seven (0.54 against BM25's 0.50); equal weights keep it neutral between the rankers.
     */
    public static final int DEFAULT_RRF_K = 5;

    public SearchRequest {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, got " + k);
        if (mode == null) mode = SearchMode.HYBRID;
        if (filter == null) filter = SearchFilter.NONE;
        if ((text == null || text.isBlank()) && vector == null)
            throw new IllegalArgumentException("a search needs query text or a query vector");
        if (bm25Weight < 0 || vectorWeight < 0) throw new IllegalArgumentException("fusion weights must be >= 0");
        if (rrfK < 1) throw new IllegalArgumentException("rrfK must be >= 1, got " + rrfK);
        if (fusion == null) fusion = Fusion.RRF;
    }

    /** Reciprocal-rank fusion, the default. */
    public SearchRequest(String text, float[] vector, int k, SearchMode mode, SearchFilter filter,
                         double bm25Weight, double vectorWeight, int rrfK) {
        this(text, vector, k, mode, filter, bm25Weight, vectorWeight, rrfK, Fusion.RRF);
    }

    public static SearchRequest of(String text, int k) {
        return new SearchRequest(text, null, k, SearchMode.HYBRID, SearchFilter.NONE, 1, 1, DEFAULT_RRF_K);
    }

    public SearchRequest withText(String t) {
        return new SearchRequest(t, vector, k, mode, filter, bm25Weight, vectorWeight, rrfK, fusion);
    }

    public SearchRequest withMode(SearchMode m) {
        return new SearchRequest(text, vector, k, m, filter, bm25Weight, vectorWeight, rrfK, fusion);
    }

    public SearchRequest withFilter(SearchFilter f) {
        return new SearchRequest(text, vector, k, mode, f, bm25Weight, vectorWeight, rrfK, fusion);
    }

    public SearchRequest withWeights(double bm25, double vec) {
        return new SearchRequest(text, vector, k, mode, filter, bm25, vec, rrfK, fusion);
    }

    public SearchRequest withFusion(Fusion f) {
        return new SearchRequest(text, vector, k, mode, filter, bm25Weight, vectorWeight, rrfK, f);
    }

    public SearchRequest withVector(float[] v) {
        return new SearchRequest(text, v, k, mode, filter, bm25Weight, vectorWeight, rrfK, fusion);
    }
}
