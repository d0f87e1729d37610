package zhiti.memory.context;

import java.util.List;

/** The assembled prompt: parts in order (system, core memory, summary, retrieved memories, messages) and its size. */
public record Prompt(List<Part> parts, int tokens, int budgetTokens) {
    /** {@code role} is system, user, assistant, tool...; {@code section} says which tier the part came from. */
    public record Part(String section, String role, String text, int tokens) {}

    public Prompt {
        parts = List.copyOf(parts);
    }
}
