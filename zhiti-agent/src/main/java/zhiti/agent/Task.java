package zhiti.agent;

import java.util.Objects;
import java.util.UUID;
import zhiti.core.Lang;

/**
 * A question put to the agent, with the language the answer should be in and, in a conversation, the context
 * assembled for it (core memory, running summary, recent messages — the MemGPT in-context tiers) as text for a
 * model, and as structure for a brain without one. A single question has neither.
 */
public record Task(String id, String question, Lang lang, String context, Conversation conversation) {

    public Task(String id, String question, Lang lang, String context) {
        this(id, question, lang, context, Conversation.NONE);
    }

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty: ask something, e.g. "
                    + "\"How many DGX A100 servers are needed to train GPT-3 in 7 days?\"");
        }
        question = question.strip();
        context = context == null ? "" : context;
        conversation = conversation == null ? Conversation.NONE : conversation;
    }

    /** A task whose answer language follows the question's own language. */
    public static Task of(String question) {
        return of(question, Lang.detect(question));
    }

    public static Task of(String question, Lang lang) {
        return new Task(UUID.randomUUID().toString(), question, lang, "");
    }

    public Task withContext(String text) {
        return new Task(id, question, lang, text, conversation);
    }

    public Task withConversation(Conversation c) {
        return new Task(id, question, lang, context, c);
    }
}
