package zhiti.brain.offline;

import java.util.List;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Plan;
import zhiti.brain.route.Intent;
import zhiti.brain.route.IntentRouter.Route;
import zhiti.brain.route.KeywordEvidence;
import zhiti.core.Citation;
import zhiti.core.Lang;

/**
 * The answer when no tool fits: the most relevant passage recalled from memory, what Zhiti does instead (out of
 * scope), or a follow-up question that says what to give.
 */
final class ReplyMethod implements Method {

    private final Route route;

    ReplyMethod(Route route) {
        this.route = route;
    }

    @Override
    public Plan plan(AgentContext ctx) {
        return Plan.empty(ctx.memory().recalled().isEmpty() ? "no tool fits (" + route.intent() + "): explain or ask"
                : "answer from recalled memories");
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        Lang lang = ctx.task().lang();
        String q = ctx.task().question();
        boolean outOfScope = route.intent().equals(Intent.OUT_OF_SCOPE.label()) || !KeywordEvidence.mentionsDomain(q);
        List<Citation> recalled = ctx.memory().recalled();
        if (!recalled.isEmpty() && !outOfScope) {
            Citation top = recalled.get(0);
            return new Decision.Finish(lang.pick("知识库中最相关的段落（" + top.doc() + "，" + top.locator() + "）：",
                    "The most relevant passage in memory (" + top.doc() + ", " + top.locator() + "):")
                    + "\n" + top.text(), List.of(), recalled);
        }
        if (outOfScope) {
            return new Decision.Finish(Replies.outOfScope(lang), List.of(), List.of());
        }
        return new Decision.Finish(Replies.clarify(lang, route), List.of(), List.of());
    }
}
