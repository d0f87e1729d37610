package zhiti.app.bench.brain;

import java.util.List;

/**
 * One labelled question: its class and language, the user turns in order (conversations are judged on the last
 * one), whether it needs the knowledge base, and what the answer must contain. {@code line} is where it was read.
 */
public record LabelledItem(String id, String questionClass, String lang, List<String> turns, boolean kb,
                           Expectation expect, int line) {

    public LabelledItem {
        turns = List.copyOf(turns);
        if (turns.isEmpty()) {
            throw new IllegalArgumentException("item " + id + " has no turns");
        }
    }

    /** The turn the answer is judged on. */
    public String question() {
        return turns.getLast();
    }
}
