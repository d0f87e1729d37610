package zhiti.agent;

import java.util.List;
import java.util.Map;

/**
 * What a conversation has established before the current question, in a form a brain without a language model
 * can use: the user's earlier questions (oldest first) and the core memory blocks (MemGPT's "human" and "persona"),
 * by label. A single question has none.
 */
public record Conversation(List<String> earlierQuestions, Map<String, String> coreMemory) {

    public static final Conversation NONE = new Conversation(List.of(), Map.of());

    public Conversation {
        earlierQuestions = List.copyOf(earlierQuestions);
        coreMemory = Map.copyOf(coreMemory);
    }

    public String block(String label) {
        return coreMemory.getOrDefault(label, "");
    }
}
