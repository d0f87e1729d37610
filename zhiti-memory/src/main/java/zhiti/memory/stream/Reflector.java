package zhiti.memory.stream;

import java.util.List;

/**
 * Turns recent memories into higher-level insights (the brain implements this with an LLM or rules). Each insight
 * must cite the ids of the records it rests on.
 */
public interface Reflector {
    record Insight(String text, int importance, List<String> evidenceIds) {
        public Insight {
            if (evidenceIds == null || evidenceIds.isEmpty())
                throw new IllegalArgumentException("an insight must cite at least one evidence id");
        }
    }

    List<Insight> reflect(List<MemoryRecord> recent);

    Reflector NONE = recent -> List.of();
}
