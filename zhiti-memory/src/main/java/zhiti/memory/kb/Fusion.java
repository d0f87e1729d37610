package zhiti.memory.kb;

import java.util.Locale;

/**
 * How hybrid search combines the BM25 and vector rankings.
 * <ul>
 * <li>{@link #RRF}: reciprocal-rank fusion (Cormack et al., SIGIR 2009), Σ w / (rrfK + rank); uses ranks only.</li>
 * <li>{@link #MIN_MAX}: each ranker's scores are min-max scaled to [0, 1] over its candidates and summed with
 * the weights ("relative score fusion"); keeps how far ahead a top hit is, which helps when one ranker is
 * much weaker than the other.</li>
 * </ul>
 */
public enum Fusion {
    RRF, MIN_MAX;

    public static Fusion parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fusion '" + s + "'; use rrf or min-max");
        }
    }
}
