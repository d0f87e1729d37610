package zhiti.memory.context;

import java.util.List;

/** What the context window tells the agent about its memory. */
public sealed interface ContextEvent {
    /** In-context tokens crossed the pressure ratio (75% by default): time to save what matters. */
    record MemoryPressure(int usedTokens, int budgetTokens) implements ContextEvent {}

    /** Oldest messages left the window for recall storage; {@code summary} is the new running summary. */
    record Evicted(List<Message> messages, String summary) implements ContextEvent {}
}
