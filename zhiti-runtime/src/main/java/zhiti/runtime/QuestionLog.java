package zhiti.runtime;

import java.util.HashMap;
import java.util.Map;
import zhiti.agent.Answer;
import zhiti.agent.TraceEvent;
import zhiti.agent.TraceListener;
import zhiti.memory.stream.MemoryKind;
import zhiti.memory.stream.MemoryStream;

/**
 * Writes every answered question into the long-term memory stream as an observation, as the generative agents
 * record what happens to them; "what did I ask earlier?" is then a recall like any other.
 */
final class QuestionLog implements TraceListener {

    private static final int MAX_ANSWER_CHARS = 200;

    private final MemoryStream stream;
    private final Map<String, String> questions = new HashMap<>();

    QuestionLog(MemoryStream stream) {
        this.stream = stream;
    }

    @Override
    public void on(TraceEvent e) {
        switch (e) {
            case TraceEvent.Started s -> questions.put(s.taskId(), s.task().question());
            case TraceEvent.Finished f -> {
                String q = questions.remove(f.taskId());
                if (q != null && f.answer().status() == Answer.Status.FINISHED) {
                    String a = f.answer().text().lines().findFirst().orElse("");
                    // found by the question, whose vector the router has just computed (the embedder caches it)
                    stream.add(MemoryKind.OBSERVATION, "Asked: " + q + " — answered: "
                            + (a.length() > MAX_ANSWER_CHARS ? a.substring(0, MAX_ANSWER_CHARS) + "…" : a), q);
                }
            }
            default -> {
            }
        }
    }
}
