package zhiti.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run as stored and listed: what was asked, how it ended, the answer in the API's shape and every event.
 * {@code status} is the answer's status in lower case, {@code running} while it goes, or {@code interrupted} when
 * the process died before it ended.
 */
public record RunRecord(String id, String question, String lang, String session, String status, String brain,
                        String created, String finished, Map<String, Object> answer, List<RunEvent> events) {

    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";

    public RunRecord {
        events = List.copyOf(events);
    }

    /** The API view; the list of runs leaves out the answer and the events. */
    public Map<String, Object> toMap(boolean full) {
        Map<String, Object> m = RunEvent.map("id", id, "question", question, "lang", lang, "session", session,
                "status", status, "brain", brain, "created", created, "finished", finished);
        if (full) {
            m.put("answer", answer);
            m.put("events", RunEvent.asMaps(events));
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static RunRecord fromMap(Map<String, Object> m) {
        List<RunEvent> events = new ArrayList<>();
        for (Object e : (List<Object>) m.getOrDefault("events", List.of())) events.add(event((Map<String, Object>) e));
        return new RunRecord(str(m, "id"), str(m, "question"), str(m, "lang"), str(m, "session"), str(m, "status"),
                str(m, "brain"), str(m, "created"), str(m, "finished"), (Map<String, Object>) m.get("answer"), events);
    }

    @SuppressWarnings("unchecked")
    static RunEvent event(Map<String, Object> m) {
        return new RunEvent(String.valueOf(m.get("event")), (Map<String, Object>) m.getOrDefault("data", Map.of()));
    }

    /** What a crash left: the events written before it, no answer. */
    static RunRecord interrupted(String id, List<RunEvent> events) {
        Map<String, Object> started = events.isEmpty() ? Map.of() : events.get(0).data();
        return new RunRecord(id, String.valueOf(started.getOrDefault("question", "")),
                String.valueOf(started.getOrDefault("lang", "")), null, INTERRUPTED,
                String.valueOf(started.getOrDefault("brain", "")), String.valueOf(started.getOrDefault("at", "")),
                null, null, events);
    }

    private static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }
}
