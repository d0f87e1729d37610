package zhiti.agent;

import zhiti.econ.units.Lang;
import java.util.Objects;
import java.util.UUID;

/** A question put to the agent, with the language the answer should be in. */
public record Task(String id, String question, Lang lang) {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty: ask something, e.g. "
                    + "\"How many DGX A100 servers are needed to train GPT-3 in 7 days?\"");
        }
        question = question.strip();
    }

    /** A task whose answer language follows the question's own language. */
    public static Task of(String question) {
        return new Task(UUID.randomUUID().toString(), question, Lang.detect(question));
    }

    public static Task of(String question, Lang lang) {
        return new Task(UUID.randomUUID().toString(), question, lang);
    }
}
