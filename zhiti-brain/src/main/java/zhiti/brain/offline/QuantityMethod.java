package zhiti.brain.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.brain.plan.PlanDraft;
import zhiti.brain.read.Reading;
import zhiti.core.Lang;

/**
 * A question about quantities, carried out as the planner drafted it: run the chain, check each result against the
 * range its quantity can plausibly take, revise where a result calls for it (a deadline so loose that less than
 * one GPU would do is re-planned as the days one GPU needs), then answer — or, when the question lacks an input
 * nothing can supply, ask for exactly that input.
 */
final class QuantityMethod implements Method {

    private final Reading reading;
    private final PlanDraft draft;
    private final QuantityAnswer writer;
    private final List<String[]> notes = new ArrayList<>();
    /** Where this method's observations start: a later part of a staged task follows the earlier part's. */
    private final int firstObservation;

    QuantityMethod(Reading reading, PlanDraft draft, QuantityAnswer writer) {
        this(reading, draft, writer, 0);
    }

    QuantityMethod(Reading reading, PlanDraft draft, QuantityAnswer writer, int firstObservation) {
        this.reading = reading;
        this.draft = draft;
        this.writer = writer;
        this.firstObservation = firstObservation;
    }

    Reading reading() {
        return reading;
    }

    PlanDraft draft() {
        return draft;
    }

    @Override
    public Plan plan(AgentContext ctx) {
        if (!draft.answerable()) {
            return Plan.empty("ask for " + String.join(", ", draft.missing().stream().map(q -> q.key()).toList()));
        }
        List<Step> steps = new ArrayList<>(draft.steps());
        writer.reportCheck(reading, ctx).ifPresent(steps::add);
        return new Plan(draft.goal(), steps);
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        Lang lang = ctx.task().lang();
        if (!draft.answerable()) {
            return new Decision.Finish(Asking.question(lang, reading, draft), List.of(), List.of());
        }
        List<Observation> all = ctx.memory().observations();
        List<Observation> obs = all.subList(Math.min(firstObservation, all.size()), all.size());
        Optional<Decision> revision = obs.isEmpty() ? Optional.empty() : revise(ctx, obs.get(obs.size() - 1), lang);
        if (revision.isPresent()) {
            return revision.get();
        }
        if (ctx.plan().next(all).isPresent()) {
            return new Decision.Continue("next planned step");
        }
        return writer.answer(lang, reading, draft, ctx, obs, notes, firstObservation > 0);
    }

    /**
     * A deadline so generous that less than one accelerator would finish the run: the fleet is one accelerator,
     * and the answer gives the days it needs instead of a fraction of a GPU.
     */
    private Optional<Decision> revise(AgentContext ctx, Observation last, Lang lang) {
        if (!last.ok() || !ToolName.TRAINING_CLUSTER.is(last.step().tool())) {
            return Optional.empty();
        }
        JsonNode d = last.data();
        if (!"deadline".equals(d.path("mode").asText()) || d.path("gpus_exact").asDouble(1) >= 1) {
            return Optional.empty();
        }
        ObjectNode args = last.step().args().deepCopy();
        args.remove("days");
        args.put("gpus", 1);
        List<Step> steps = new ArrayList<>(ctx.plan().steps());
        String id = last.step().id() + "-one-gpu";
        if (steps.stream().anyMatch(s -> s.id().equals(id))) {
            return Optional.empty();
        }
        steps.add(new Step(id, last.step().tool(), args, "days on a single accelerator"));
        notes.add(new String[]{
                "期限内只需要 " + ValueFormat.count(1) + " 张卡的一小部分（" + String.format("%.2f", d.get("gpus_exact").asDouble())
                        + " 张），因此改算单卡所需天数。",
                "Less than one accelerator meets the deadline (" + String.format("%.2f", d.get("gpus_exact").asDouble())
                        + " of one), so the plan was revised to the days a single accelerator needs."});
        return Optional.of(new Decision.Revise(new Plan(ctx.plan().goal(), steps),
                lang.pick("所需 GPU 不足一张：改算单卡天数", "GPUs needed < 1: size for one GPU instead")));
    }
}
