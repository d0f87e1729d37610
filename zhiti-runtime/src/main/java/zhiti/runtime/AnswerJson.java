package zhiti.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zhiti.agent.Answer;
import zhiti.core.Artifact;
import zhiti.core.Citation;
import zhiti.core.Lang;
import zhiti.agent.Observation;

/**
 * The answer as the CLI contract spells it: {"answer","figures","citations","steps","brain"} plus "charts",
 * "artifacts", "status" and "lang".
 */
public final class AnswerJson {

    private AnswerJson() {
    }

    public static Map<String, Object> of(Answer a, Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("answer", a.text());
        m.put("figures", Json.figures(a.figures()));
        m.put("citations", a.citations().stream().map(AnswerJson::citation).toList());
        m.put("steps", a.steps().stream().map(AnswerJson::step).toList());
        m.put("charts", Charts.of(a));
        m.put("artifacts", a.artifacts().stream().map(AnswerJson::artifact).toList());
        m.put("brain", a.brain());
        m.put("status", a.status().name().toLowerCase(Locale.ROOT));
        m.put("lang", lang.name().toLowerCase(Locale.ROOT));
        m.put("usage", Map.of("model_calls", a.usage().modelCalls(), "input_tokens", a.usage().inputTokens(),
                "output_tokens", a.usage().outputTokens(), "usd", a.usage().usd()));
        return m;
    }

    /** An artifact as clients see it; {@code name} is how {@code GET /api/artifacts/{name}} serves it. */
    public static Map<String, Object> artifact(Artifact x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", x.kind().id());
        m.put("path", x.path().toAbsolutePath().toString());
        m.put("name", x.path().getFileName().toString());
        m.put("mime", x.mime());
        m.put("title", x.title());
        return m;
    }

    private static Map<String, Object> citation(Citation c) {
        return Map.of("doc", c.doc(), "locator", c.locator(), "text", c.text());
    }

    public static Map<String, Object> step(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.step().id());
        m.put("tool", o.step().tool());
        m.put("args", o.step().args());
        m.put("purpose", o.step().purpose());
        m.put("ok", o.ok());
        m.put(o.ok() ? "summary" : "error", o.ok() ? o.summary() : o.error());
        m.put("ms", o.millis());
        return m;
    }

    public static List<Map<String, Object>> steps(Answer a) {
        return a.steps().stream().map(AnswerJson::step).toList();
    }
}
