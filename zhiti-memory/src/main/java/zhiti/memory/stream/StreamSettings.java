package zhiti.memory.stream;

/**
 * Memory-stream tuning. Defaults follow Park et al., "Generative Agents" (UIST 2023): weights 1/1/1, recency decay
 * 0.995 per hour since last access, reflection when summed importance of new records reaches 150.
 */
public record StreamSettings(double recencyWeight, double importanceWeight, double relevanceWeight,
                             double decayPerHour, int reflectionThreshold) {
    public StreamSettings {
        if (recencyWeight < 0 || importanceWeight < 0 || relevanceWeight < 0)
            throw new IllegalArgumentException("scoring weights must be >= 0");
        if (decayPerHour <= 0 || decayPerHour > 1)
            throw new IllegalArgumentException("decay per hour must be in (0, 1], got " + decayPerHour);
        if (reflectionThreshold < 1) throw new IllegalArgumentException("reflection threshold must be >= 1");
    }

    public static StreamSettings defaults() { return new StreamSettings(1, 1, 1, 0.995, 150); }

    public StreamSettings withWeights(double recency, double importance, double relevance) {
        return new StreamSettings(recency, importance, relevance, decayPerHour, reflectionThreshold);
    }

    public StreamSettings withReflectionThreshold(int t) {
        return new StreamSettings(recencyWeight, importanceWeight, relevanceWeight, decayPerHour, t);
    }
}
