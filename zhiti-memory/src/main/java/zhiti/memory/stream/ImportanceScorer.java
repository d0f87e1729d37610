package zhiti.memory.stream;

/** Rates how much a memory matters, 1 (mundane) to 10 (poignant); an LLM-backed version comes later. */
public interface ImportanceScorer {
    int score(MemoryKind kind, String text);
}
