package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.core.Lang;

/**
 * The method shared by most intents: fill one tool call per entity the question names (each chip, each model,
 * each series), run them, and answer with what they found and the defaults that were assumed. If a slot the tool
 * cannot do without is missing, it asks for it instead of guessing.
 */
final class ToolCallMethod implements Method {

    /** One planned call with the assumptions its arguments rest on (in zh and en). */
    record Call(String tool, ObjectNode args, String purpose, List<String[]> assumptions) {
    }

    /** The slots needed are missing; the text says which, in both languages. */
    static final class MissingSlot extends RuntimeException {
        final String zh;
        final String en;

        MissingSlot(String zh, String en) {
            super(en);
            this.zh = zh;
            this.en = en;
        }
    }

    /** Builds the calls for a question's slots, or throws {@link MissingSlot}. */
    @FunctionalInterface
    interface Calls {
        List<Call> build(Slots slots);
    }

    private final String intent;
    private final Calls calls;

    ToolCallMethod(String intent, Calls calls) {
        this.intent = intent;
        this.calls = calls;
    }

    @Override
    public Plan plan(Slots slots, AgentContext ctx) {
        try {
            List<Step> steps = new ArrayList<>();
            List<Call> cs = calls.build(slots);
            for (int i = 0; i < cs.size(); i++) {
                Call c = cs.get(i);
                steps.add(new Step(c.tool() + "-" + (i + 1), c.tool(), c.args(), c.purpose()));
            }
            return new Plan(intent + ": " + cs.size() + " tool call" + (cs.size() == 1 ? "" : "s") + " → answer", steps);
        } catch (MissingSlot m) {
            return Plan.empty(intent + ": ask for what is missing");
        }
    }

    @Override
    public Decision reflect(Slots slots, AgentContext ctx) {
        Lang lang = ctx.task().lang();
        List<Call> cs;
        try {
            cs = calls.build(slots);
        } catch (MissingSlot m) {
            return new Decision.Finish(lang.pick(m.zh, m.en), List.of(), ctx.memory().recalled());
        }
        List<Observation> obs = ctx.memory().observations();
        if (ctx.plan().next(obs).isPresent()) {
            return new Decision.Continue("next planned call");
        }
        Optional<Observation> failed = obs.stream().filter(o -> !o.ok()).findFirst();
        if (failed.isPresent() && obs.stream().noneMatch(Observation::ok)) {
            return TrainingAnswerWriter.failure(lang, failed.get());
        }
        return FindingsWriter.answer(lang, obs, cs.stream().flatMap(c -> c.assumptions().stream()).toList());
    }
}
