package zhiti.brain.llm;

import dev.langchain4j.data.message.AiMessage;

/** One model reply and the tokens it cost. */
public record ModelReply(AiMessage message, long inputTokens, long outputTokens) {
}
