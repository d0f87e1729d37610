package zhiti.brain.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.core.Lang;

/**
 * Operations on long-term memory: "remember that …" saves a note; anything else recalls what was saved or asked
 * before, ranked by recency, importance and relevance.
 */
final class MemoryMethod implements Method {

    static final String REMEMBER = zhiti.agent.ToolName.MEMORY_REMEMBER.id();
    static final String RECALL = zhiti.agent.ToolName.MEMORY_RECALL.id();

    /** The words that ask to save rather than to recall; what follows them is the note. */
    private static final Pattern SAVE = Pattern.compile(
            "^(?:请|麻烦)?(?:帮我|给我)?(?:记住|记下来?|记一笔|记一下|存一下|保存|备忘)[：:，,\\s]*"
                    + "|^(?:please\\s+)?(?:remember|note(?: down)?|jot(?: this)? down|save|keep in mind|store)"
                    + "(?: (?:this|that))?[:,\\s]*(?:that\\s+)?", Pattern.CASE_INSENSITIVE);

    /** "记住：…" / "Remember that …" is a command, whatever the note is about. */
    static boolean isSaveRequest(String question) {
        var m = SAVE.matcher(question.strip());
        return m.find() && m.end() < question.strip().length();
    }

    @Override
    public Plan plan(AgentContext ctx) {
        String q = ctx.task().question().strip();
        var m = SAVE.matcher(q);
        if (m.find() && m.end() < q.length()) {
            if (!has(ctx, REMEMBER)) {
                return Plan.empty("long-term memory is not available");
            }
            return new Plan("save the note → confirm", List.of(new Step("remember-1", REMEMBER,
                    JsonNodeFactory.instance.objectNode().put("text", q.substring(m.end()).strip()).put("kind", "fact"),
                    "save the note")));
        }
        if (!has(ctx, RECALL)) {
            return Plan.empty("long-term memory is not available");
        }
        return new Plan("recall from memory → list", List.of(new Step("recall-1", RECALL,
                JsonNodeFactory.instance.objectNode().put("query", q).put("k", 5), "recall related memories")));
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        Lang lang = ctx.task().lang();
        List<Observation> obs = ctx.memory().observations();
        if (obs.isEmpty()) {
            return new Decision.Finish(lang.pick("长期记忆不可用。", "Long-term memory is not available here."),
                    List.of(), List.of());
        }
        Observation o = obs.get(0);
        if (!o.ok()) {
            return Replies.failure(lang, o);
        }
        JsonNode d = o.data();
        if (o.step().tool().equals(REMEMBER)) {
            return new Decision.Finish(lang.pick("已记住（" + d.get("id").asText() + "，重要度 " + d.get("importance").asInt()
                            + "）：" + d.get("text").asText(),
                    "Remembered (" + d.get("id").asText() + ", importance " + d.get("importance").asInt() + "): "
                            + d.get("text").asText()), List.of(), o.citations());
        }
        List<String> lines = new ArrayList<>();
        JsonNode mems = d.path("memories");
        if (mems.isEmpty()) {
            return new Decision.Finish(lang.pick("长期记忆里还没有内容。", "Nothing is in long-term memory yet."),
                    List.of(), List.of());
        }
        lines.add(lang.pick("长期记忆中最相关的内容（按新近度 + 重要度 + 相关度排序）：",
                "From long-term memory (ranked by recency + importance + relevance):"));
        for (JsonNode m : mems) {
            lines.add(String.format("• %s [%s, %s] %s", m.get("id").asText(), m.get("time").asText().substring(0, 16),
                    m.get("kind").asText(), m.get("text").asText()));
        }
        return new Decision.Finish(String.join("\n", lines), List.of(), o.citations());
    }

    private static boolean has(AgentContext ctx, String tool) {
        return ctx.tools().stream().anyMatch(t -> t.name().equals(tool));
    }
}
