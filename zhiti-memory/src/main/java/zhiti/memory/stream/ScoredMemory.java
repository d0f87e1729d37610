package zhiti.memory.stream;

/** A retrieved memory with its total score and the min-max-normalised components that make it up. */
public record ScoredMemory(MemoryRecord record, double score, double recency, double importance, double relevance) {}
