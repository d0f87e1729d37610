package zhiti.agent;

import java.util.Locale;

/**
 * Limits on one run. Steps are checked by the loop before every turn; tokens and money by a brain before every
 * model call (see {@link #checkBeforeModelCall}), so a run never starts a call it cannot afford.
 *
 * @param maxSteps  turns of the loop (a tool call and/or a reflection)
 * @param maxTokens model tokens, input plus output, over the whole run
 * @param maxUsd    money spent on model calls over the whole run, at the configured price table
 */
public record Budget(int maxSteps, long maxTokens, double maxUsd) {

    public static final Budget DEFAULT = new Budget(12);

    public Budget {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("max steps must be at least 1, got " + maxSteps);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be at least 1, got " + maxTokens);
        }
        if (!(maxUsd > 0)) {
            throw new IllegalArgumentException("max money must be more than $0, got " + maxUsd);
        }
    }

    public Budget(int maxSteps) {
        this(maxSteps, Long.MAX_VALUE, Double.POSITIVE_INFINITY);
    }

    public boolean allows(int stepsTaken) {
        return stepsTaken < maxSteps;
    }

    /** Throws if the tokens or money already used leave nothing for another model call. */
    public void checkBeforeModelCall(Usage used) {
        if (used.totalTokens() >= maxTokens) {
            throw new BudgetExhaustedException(String.format(Locale.ROOT,
                    "token budget of %,d used up (%,d tokens so far)", maxTokens, used.totalTokens()));
        }
        if (used.usd() >= maxUsd) {
            throw new BudgetExhaustedException(String.format(Locale.ROOT,
                    "money budget of $%.4f used up ($%.4f so far)", maxUsd, used.usd()));
        }
    }
}
