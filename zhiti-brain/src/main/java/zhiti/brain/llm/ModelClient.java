package zhiti.brain.llm;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.function.Consumer;

/**
 * One call to a chat model. The seam where retries, recording and replay wrap the provider, whether it answers
 * at once or streams ({@code partial} receives streamed text as it arrives).
 */
@FunctionalInterface
public interface ModelClient {

    ModelReply call(ChatRequest request, Consumer<String> partial);
}
