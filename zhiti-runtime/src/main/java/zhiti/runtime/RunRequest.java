package zhiti.runtime;

import java.util.List;
import zhiti.core.Lang;

/**
 * A question to run: its text, the answer language (null: the question's own), the conversation it belongs to
 * (null: a single question, or {@code history}, the earlier messages a client kept), who asked (the API key's
 * name, for per-caller limits; null from the CLI) and the step budget (0: the default).
 */
public record RunRequest(String question, Lang lang, String session, String caller, List<Turn> history, int maxSteps) {

    /** An earlier message of a conversation the client keeps itself (the OpenAI API sends the whole of it). */
    public record Turn(String role, String text) {
        public boolean user() {
            return "user".equals(role);
        }
    }

    public static final int MAX_QUESTION_CHARS = 4000;
    public static final int MAX_SESSION_CHARS = 64;

    public RunRequest {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty: ask something, e.g. "
                    + "\"How many H100-days does a 70B model on 2T tokens take?\"");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException("the question has " + question.length() + " characters; the limit is "
                    + MAX_QUESTION_CHARS + " (put long material into a document and ingest it)");
        }
        if (session != null && (session.isBlank() || session.length() > MAX_SESSION_CHARS
                || !session.matches("[A-Za-z0-9._:-]+"))) {
            throw new IllegalArgumentException("session must be 1-" + MAX_SESSION_CHARS
                    + " letters, digits or . _ : - ; got '" + session + "'");
        }
        question = question.strip();
        history = history == null ? List.of() : List.copyOf(history);
        if (maxSteps < 0) throw new IllegalArgumentException("the step budget must be at least 1, got " + maxSteps);
        if (session != null && !history.isEmpty()) {
            throw new IllegalArgumentException("give a session id or the earlier messages, not both");
        }
    }

    public RunRequest(String question, Lang lang, String session, String caller) {
        this(question, lang, session, caller, List.of(), 0);
    }

    public RunRequest(String question, Lang lang, String session, String caller, List<Turn> history) {
        this(question, lang, session, caller, history, 0);
    }

    /** The same request with a step budget of its own (0: the default). */
    public RunRequest withMaxSteps(int steps) {
        return new RunRequest(question, lang, session, caller, history, steps);
    }

    public static RunRequest of(String question) {
        return new RunRequest(question, null, null, null);
    }

    public Lang answerLang() {
        return lang != null ? lang : Lang.detect(question);
    }
}
