package zhiti.agent;

import java.util.List;
import java.util.Map;

/**
 * What a conversation has established before the current question, in a form a brain without a language model
 * can use: the user's earlier questions (oldest first), the core memory blocks (MemGPT's "human" and "persona"),
 * by label, and the steps of the latest turn that computed something, whose results a follow-up may build on
 * ("如果一台服务器 8 张卡，需要多少台？" after a turn that sized the fleet). A single question has none.
 */
public record Conversation(List<String> earlierQuestions, Map<String, String> coreMemory, List<Observation> lastResults) {

    public static final Conversation NONE = new Conversation(List.of(), Map.of(), List.of());

    public Conversation {
        earlierQuestions = List.copyOf(earlierQuestions);
        coreMemory = Map.copyOf(coreMemory);
        lastResults = List.copyOf(lastResults);
    }

    public Conversation(List<String> earlierQuestions, Map<String, String> coreMemory) {
        this(earlierQuestions, coreMemory, List.of());
    }

    public String block(String label) {
        return coreMemory.getOrDefault(label, "");
    }
}
