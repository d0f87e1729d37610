package zhiti.agent;

import zhiti.core.Citation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The working context of one task: the question as perceived, what was recalled from long-term memory, and every
 * observation so far. The agent clears it when the task ends, so nothing leaks into the next task.
 */
public final class ShortTermMemory {

    private final List<String> perceptions = new ArrayList<>();
    private final List<Citation> recalled = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final Map<String, Object> scratch = new HashMap<>();

    public void perceive(String text) {
        perceptions.add(text);
    }

    public void recall(List<Citation> memories) {
        recalled.addAll(memories);
    }

    public void observe(Observation o) {
        observations.add(o);
    }

    public List<String> perceptions() {
        return Collections.unmodifiableList(perceptions);
    }

    public List<Citation> recalled() {
        return Collections.unmodifiableList(recalled);
    }

    public List<Observation> observations() {
        return Collections.unmodifiableList(observations);
    }

    /**
     * A brain's own working state for this task (an LLM conversation, say), created on first use and dropped with
     * the rest of the task's memory.
     */
    @SuppressWarnings("unchecked")
    public <T> T scratch(String key, Supplier<T> create) {
        return (T) scratch.computeIfAbsent(key, k -> create.get());
    }

    public boolean isEmpty() {
        return perceptions.isEmpty() && recalled.isEmpty() && observations.isEmpty() && scratch.isEmpty();
    }

    public void clear() {
        perceptions.clear();
        recalled.clear();
        observations.clear();
        scratch.clear();
    }
}
