package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.core.Lang;

/**
 * "Forget what I told you about our electricity price", "把我们的电价忘掉": the lines of core memory's human block that
 * share a subject word with the request are deleted (memory_replace with empty text), and the answer says which —
 * or that nothing noted matched, so nothing was removed.
 */
final class ForgetMethod implements Method {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FORGET = Pattern.compile("\\bforget\\b|\\bdisregard\\b|忘掉|忘记|忘了|不要(?:再)?记|别再记|"
            + "(?:删除|删掉|清除|去掉|remove|delete|erase|drop)\\S{0,4}\\s*.{0,20}(?:记忆|记录|说的|memory|notes?|told you|said)", F);
    /** Words of the request itself, not of what is to be forgotten. */
    private static final Set<String> REQUEST_WORDS = Set.of("forget", "please", "told", "tell", "you", "what", "about",
            "our", "my", "the", "that", "we", "disregard", "remove", "delete", "erase", "memory", "note", "notes", "said",
            "忘掉", "忘记", "记忆", "记录", "我们", "我的", "关于", "说的", "告诉", "删除", "清除", "不要", "再记", "之前", "刚才");

    /** "Before I forget", "don't forget", "别忘了": the word is there, the request is the opposite. */
    private static final Pattern NOT_FORGET = Pattern.compile("(?:before|in case|lest|so|or)\\s+(?:I|we|you)(?:'ll| will)?\\s+forget"
            + "|(?:don'?t|do not|never|not to)\\s+forget|别忘|不要忘|不能忘|免得忘|以免忘|省得忘|怕忘|防止忘"
            // "forget the spec sheet: ours delivers 600 TFLOPS": set a published figure aside, not a memory
            + "|forget (?:the |about the |about )?(?:spec(?:ification)?s?(?: sheet)?|data ?sheets?|official|published|catalog(?:ue)?|"
            + "list (?:price|spec)|vendor|marketing|theoretical|peak|datasheet)|忘掉(?:官方|规格|纸面|理论)", F);

    static boolean isForget(String q) {
        return FORGET.matcher(q).find() && !NOT_FORGET.matcher(q).find();
    }

    @Override
    public Plan plan(AgentContext ctx) {
        if (ctx.tools().stream().noneMatch(t -> ToolName.MEMORY_REPLACE.is(t.name()))) {
            return Plan.empty("no core memory to edit");
        }
        List<Step> steps = new ArrayList<>();
        for (String line : matching(ctx)) {
            steps.add(new Step("forget-" + (steps.size() + 1), ToolName.MEMORY_REPLACE.id(), JsonNodeFactory.instance
                    .objectNode().put("label", ProfileMethod.HUMAN).put("old_text", line).put("new_text", ""),
                    "delete what the user asked to forget"));
        }
        return steps.isEmpty() ? Plan.empty("nothing noted matches") : new Plan("delete the matching notes", steps);
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        List<Observation> obs = ctx.memory().observations();
        if (ctx.plan().next(obs).isPresent()) {
            return new Decision.Continue("next note");
        }
        Lang lang = ctx.task().lang();
        List<String> removed = obs.stream().filter(Observation::ok).map(o -> o.step().args().path("old_text").asText()).toList();
        if (removed.isEmpty()) {
            return new Decision.Finish(lang.pick("没有找到与此相关的记录，已删除 0 条。",
                    "I have no note about that, so nothing was removed."), List.of(), List.of());
        }
        return new Decision.Finish(lang.pick("好的，已忘记：", "Forgotten: ") + String.join(lang.pick("；", "; "), removed),
                List.of(), List.of());
    }

    /** The human block's lines that share a subject word with the request. */
    private static List<String> matching(AgentContext ctx) {
        String q = ctx.task().question();
        return Arrays.stream(ctx.task().conversation().block(ProfileMethod.HUMAN).split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && covers(q, l)).toList();
    }

    /** Whether a forget request is about a line the user said: they share a subject word. */
    static boolean covers(String request, String line) {
        if (line == null) {
            return false;
        }
        Set<String> subject = SentencePicker.terms(request);
        subject.removeAll(REQUEST_WORDS);
        return SentencePicker.terms(line).stream().anyMatch(subject::contains);
    }
}
