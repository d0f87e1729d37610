package zhiti.memory.stream;

import java.time.Instant;
import java.util.List;

/**
 * One memory: when it was made, its kind and text, importance 1–10, embedding (unit vector), when it was last
 * retrieved, and the ids of the records it rests on (for reflections).
 */
public record MemoryRecord(String id, Instant time, MemoryKind kind, String text, int importance, float[] embedding,
                           Instant lastAccess, List<String> evidenceIds) {
    public MemoryRecord {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("memory needs an id");
        if (kind == null) throw new IllegalArgumentException("memory needs a kind");
        if (text == null) throw new IllegalArgumentException("memory text must not be null");
        if (importance < 1 || importance > 10)
            throw new IllegalArgumentException("importance must be 1..10, got " + importance);
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    public MemoryRecord withLastAccess(Instant t) {
        return new MemoryRecord(id, time, kind, text, importance, embedding, t, evidenceIds);
    }
}
