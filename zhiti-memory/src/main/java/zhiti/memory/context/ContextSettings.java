package zhiti.memory.context;

/**
 * Budget for the assembled prompt in tokens. Pressure fires at {@code pressureRatio} of the budget; when the
 * budget is exceeded, old messages are evicted until usage is at most {@code evictToRatio} (MemGPT warns at ~70%
 * and flushes to ~50%); retrieved memories get at most {@code retrievedShare}, the running summary at most
 * {@code summaryShare}; every part costs {@code overheadPerPart} extra tokens (role and separators).
 */
public record ContextSettings(int budgetTokens, double pressureRatio, double evictToRatio, double retrievedShare,
                              double summaryShare, int overheadPerPart) {
    public ContextSettings {
        if (budgetTokens < 64) throw new IllegalArgumentException("token budget must be >= 64, got " + budgetTokens);
        if (!(pressureRatio > 0 && pressureRatio <= 1)) throw new IllegalArgumentException("pressure ratio must be in (0, 1]");
        if (!(evictToRatio > 0 && evictToRatio < 1)) throw new IllegalArgumentException("evict-to ratio must be in (0, 1)");
        if (!(retrievedShare >= 0 && retrievedShare < 1)) throw new IllegalArgumentException("retrieved share must be in [0, 1)");
        if (!(summaryShare > 0 && summaryShare < 1)) throw new IllegalArgumentException("summary share must be in (0, 1)");
        if (overheadPerPart < 0) throw new IllegalArgumentException("overhead per part must be >= 0");
    }

    public static ContextSettings of(int budgetTokens) {
        return new ContextSettings(budgetTokens, 0.75, 0.5, 0.25, 0.1, 4);
    }
}
