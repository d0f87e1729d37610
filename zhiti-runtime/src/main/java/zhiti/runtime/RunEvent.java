package zhiti.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.TraceEvent;
import zhiti.core.Lang;

/**
 * One trace event as clients see it, over server-sent events and in a stored run: a name and a JSON-ready object.
 * The names and shapes are the HTTP API's (README, "HTTP API").
 */
public record RunEvent(String event, Map<String, Object> data) {

    public static final String STARTED = "started";
    public static final String FINISHED = "finished";

    public RunEvent {
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The client view of a trace event; {@code lang} is the answer language of the run. */
    public static RunEvent of(TraceEvent e, Lang lang) {
        return switch (e) {
            case TraceEvent.Started s -> new RunEvent(STARTED, map("question", s.task().question(),
                    "lang", lang.name().toLowerCase(Locale.ROOT), "brain", s.brain(), "at", s.at().toString()));
            case TraceEvent.Recalled r -> new RunEvent("recalled", map("memories", r.memories()));
            case TraceEvent.Planned p -> new RunEvent("planned", map("goal", p.plan().goal(), "revised", p.revised(),
                    "why", p.why() == null ? "" : p.why(), "steps", p.plan().steps().stream().map(RunEvent::step).toList()));
            case TraceEvent.Thinking t -> new RunEvent("thinking", map("text", t.text()));
            case TraceEvent.Acting a -> new RunEvent("acting", map("step", step(a.step())));
            case TraceEvent.Observed o -> new RunEvent("observed", observed(o.observation()));
            case TraceEvent.Reflected r -> new RunEvent("reflected", map("decision", switch (r.decision()) {
                case Decision.Continue c -> "continue";
                case Decision.Revise v -> "revise";
                case Decision.Finish f -> "finish";
            }));
            case TraceEvent.Finished f -> new RunEvent(FINISHED, map("answer", AnswerJson.of(f.answer(), lang)));
        };
    }

    public boolean isFinished() {
        return FINISHED.equals(event);
    }

    static Map<String, Object> step(Step s) {
        return map("id", s.id(), "tool", s.tool(), "purpose", s.purpose() == null ? "" : s.purpose(),
                "args", s.args() == null ? Map.of() : Json.MAPPER.convertValue(s.args(), Map.class));
    }

    private static Map<String, Object> observed(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", step(o.step()));
        m.put("ok", o.ok());
        m.put("summary", o.ok() ? o.summary() : "");
        m.put("error", o.ok() ? "" : o.error());
        m.put("ms", o.millis());
        m.put("figures", Json.figures(o.figures()));
        return m;
    }

    /** An ordered map from key/value pairs (Map.of would shuffle the keys clients read). */
    public static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static List<Map<String, Object>> asMaps(List<RunEvent> events) {
        return events.stream().map(e -> map("event", e.event(), "data", e.data())).toList();
    }
}
