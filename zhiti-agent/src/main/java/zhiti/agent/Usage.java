package zhiti.agent;

/** What a run has spent on model calls so far. One per run, written by the brain, read by the budget checks. */
public final class Usage {

    private long inputTokens;
    private long outputTokens;
    private double usd;
    private int modelCalls;

    public synchronized void charge(long input, long output, double dollars) {
        inputTokens += input;
        outputTokens += output;
        usd += dollars;
        modelCalls++;
    }

    public synchronized long inputTokens() {
        return inputTokens;
    }

    public synchronized long outputTokens() {
        return outputTokens;
    }

    public synchronized long totalTokens() {
        return inputTokens + outputTokens;
    }

    public synchronized double usd() {
        return usd;
    }

    public synchronized int modelCalls() {
        return modelCalls;
    }

    /** A frozen copy for the answer. */
    public synchronized Spent snapshot() {
        return new Spent(inputTokens, outputTokens, usd, modelCalls);
    }

    public record Spent(long inputTokens, long outputTokens, double usd, int modelCalls) {
        public static final Spent NONE = new Spent(0, 0, 0, 0);
    }
}
