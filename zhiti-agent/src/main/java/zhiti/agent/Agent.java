package zhiti.agent;

import zhiti.core.Citation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhiti.core.Figure;

/**
 * The agent loop: perceive → retrieve → plan → (act → reflect)* → answer, within a budget. Two kinds of
 * interruption, as in mini-swe-agent: a failing tool is an observation the brain reads and recovers from; the
 * brain's Finish or an exhausted budget ends the run. Short-term memory lives for one task and is cleared when it
 * ends, whatever happened.
 */
public final class Agent {

    private static final int RECALL_K = 5;

    private final Brain brain;
    private final ToolRegistry tools;
    private final Recall recall;
    private final Budget budget;
    private final List<TraceListener> listeners;

    public Agent(Brain brain, ToolRegistry tools, Recall recall, Budget budget, List<TraceListener> listeners) {
        this.brain = brain;
        this.tools = tools;
        this.recall = recall;
        this.budget = budget;
        this.listeners = List.copyOf(listeners);
    }

    public Answer run(Task task) {
        ShortTermMemory memory = new ShortTermMemory();
        Usage usage = new Usage();
        try {
            emit(new TraceEvent.Started(task.id(), Instant.now(), task, brain.name()));
            memory.perceive(task.question());
            memory.recall(recall.recall(task.question(), RECALL_K));
            emit(new TraceEvent.Recalled(task.id(), Instant.now(), memory.recalled().size()));

            AgentContext ctx = new AgentContext(task, memory, null, List.copyOf(tools.all()), budget, 0, usage,
                    text -> emit(new TraceEvent.Thinking(task.id(), Instant.now(), text)));
            ctx = ctx.withPlan(brain.plan(ctx));
            emit(new TraceEvent.Planned(task.id(), Instant.now(), ctx.plan(), false, ctx.plan().goal()));

            for (int steps = 0; ; steps++) {
                if (Thread.currentThread().isInterrupted()) {
                    return finish(task, partial(task, memory, usage, Answer.Status.CANCELLED, task.lang().pick(
                            "任务已取消；以下是取消前得到的结果。", "Cancelled; the figures below are what was found before.")));
                }
                if (!budget.allows(steps)) {
                    throw new BudgetExhaustedException("step budget of " + budget.maxSteps() + " reached");
                }
                ctx = ctx.withStepsTaken(steps);
                Optional<Step> next = ctx.plan().next(memory.observations());
                if (next.isPresent()) {
                    Observation o = act(task, next.get(), memory.observations());
                    memory.observe(o);
                    emit(new TraceEvent.Observed(task.id(), Instant.now(), o));
                }
                Decision d = brain.reflect(ctx);
                emit(new TraceEvent.Reflected(task.id(), Instant.now(), d));
                switch (d) {
                    case Decision.Finish f -> {
                        return finish(task, new Answer(f.text(), f.figures(), f.citations(), memory.observations(),
                                brain.name(), Answer.Status.FINISHED, usage.snapshot()));
                    }
                    case Decision.Revise r -> {
                        ctx = ctx.withPlan(r.plan());
                        emit(new TraceEvent.Planned(task.id(), Instant.now(), r.plan(), true, r.why()));
                    }
                    case Decision.Continue c -> {
                        // the next turn takes the next step; a brain that keeps continuing with nothing left to do
                        // runs into the step budget
                    }
                }
            }
        } catch (BudgetExhaustedException e) {
            return finish(task, budgetExhausted(task, memory, usage, e.getMessage()));
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // a model call or tool that the cancellation interrupted
                return finish(task, partial(task, memory, usage, Answer.Status.CANCELLED, task.lang().pick(
                        "任务已取消。", "Cancelled.")));
            }
            // a brain's own bug still ends the run as a run: the trace gets its Finished event, the caller an answer
            return finish(task, brainFailed(task, memory, usage, e));
        } finally {
            memory.clear();
        }
    }

    /** Runs one step, its references to earlier results filled in; an unresolvable reference is an observation. */
    private Observation act(Task task, Step planned, List<Observation> done) {
        Step ready;
        try {
            ready = StepReferences.resolve(planned, done);
        } catch (IllegalArgumentException unresolved) {
            return Observation.failure(planned, unresolved.getMessage(), 0);
        }
        emit(new TraceEvent.Acting(task.id(), Instant.now(), ready));
        return tools.call(ready);
    }

    private Answer budgetExhausted(Task task, ShortTermMemory memory, Usage usage, String reason) {
        return partial(task, memory, usage, Answer.Status.BUDGET_EXHAUSTED, task.lang().pick(
                "预算用尽（" + reason + "），任务未完成；以下是已得到的结果。可用 --max-steps 等选项提高上限。",
                "Stopped before finishing: " + reason + ". The figures below are what was found so far; "
                        + "raise the limit with --max-steps (or the token and money limits)."));
    }

    private Answer brainFailed(Task task, ShortTermMemory memory, Usage usage, RuntimeException e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return partial(task, memory, usage, Answer.Status.ERROR, task.lang().pick(
                "内部错误：" + brain.name() + " 大脑在运行中失败（" + reason + "），任务未完成。",
                "Internal error: the " + brain.name() + " brain failed (" + reason + "); the task was not finished."));
    }

    /** A run that ended before the brain finished: the figures and citations found so far. */
    private Answer partial(Task task, ShortTermMemory memory, Usage usage, Answer.Status status, String text) {
        List<Figure> figures = new ArrayList<>();
        memory.observations().forEach(o -> figures.addAll(o.figures()));
        List<Citation> cites = memory.observations().stream().flatMap(o -> o.citations().stream()).toList();
        return new Answer(text, figures, cites, memory.observations(), brain.name(), status, usage.snapshot());
    }

    private Answer finish(Task task, Answer answer) {
        emit(new TraceEvent.Finished(task.id(), Instant.now(), answer));
        return answer;
    }

    private void emit(TraceEvent e) {
        for (TraceListener l : listeners) {
            try {
                l.on(e);
            } catch (RuntimeException ignored) {
                // a broken printer or trace file must not cost the user the answer
            }
        }
    }
}
