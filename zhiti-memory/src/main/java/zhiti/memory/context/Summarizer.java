package zhiti.memory.context;

import java.util.List;

/** Folds evicted messages into the running summary (an LLM in production). */
public interface Summarizer {
    /** @param maxTokens the summary must fit this many tokens by the given counter */
    String summarize(String previousSummary, List<Message> evicted, int maxTokens, TokenCounter counter);
}
