package zhiti.app.bench.brain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import zhiti.agent.Answer;
import zhiti.agent.Task;
import zhiti.agent.TraceListener;
import zhiti.runtime.AgentSetup;
import zhiti.runtime.Conversation;
import zhiti.runtime.Workspace;
import zhiti.core.Lang;

/**
 * Runs labelled questions through the agents the CLI builds, offline: a one-turn item as {@code zhiti ask
 * --offline} runs it, a conversation turn by turn through {@link Conversation} as {@code zhiti chat --offline}
 * does. Each item gets a long-term memory of its own, so what one item asked the agent to remember cannot answer
 * another; the knowledge base and the router are shared.
 */
public final class BrainBenchRunner {

    private final Workspace workspace;
    private final Path memoryRoot;

    /** @param memoryRoot where each item's memory journal is kept, one directory per item id */
    public BrainBenchRunner(Workspace workspace, Path memoryRoot) {
        this.workspace = workspace;
        this.memoryRoot = memoryRoot;
    }

    /** Loads what every run needs (the embedding model, the router) so the first item's time is its own. */
    public void warmUp() {
        workspace.existingStore();
        AgentSetup.brain(Optional.empty(), workspace);
    }

    public ItemResult run(LabelledItem item) {
        PlanningClock clock = new PlanningClock();
        long t0 = System.nanoTime();
        Answer answer;
        try (Workspace ws = workspace.withMemory(memoryRoot.resolve(item.id()))) {
            answer = item.turns().size() == 1 ? ask(ws, item.question(), List.of(clock))
                    : converse(ws, item.turns(), List.of(clock));
        } catch (RuntimeException | StackOverflowError e) {
            // a crash outside the loop (setup, memory, context) costs this item, not the whole benchmark
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new ItemResult(item, null, new ExpectationChecker.Verdict(false,
                    List.of("crashed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                            + e.getMessage())), List.of()), ms, clock.lastMillis(), clock.lastRecallMillis());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new ItemResult(item, answer, ExpectationChecker.check(item.expect(), answer), ms, clock.lastMillis(),
                clock.lastRecallMillis());
    }

    private static Answer ask(Workspace ws, String question, List<TraceListener> listeners) {
        Optional<zhiti.brain.llm.LlmConfig> offline = Optional.empty();
        return AgentSetup.agent(AgentSetup.brain(offline, ws), AgentSetup.budget(AgentSetup.DEFAULT_MAX_STEPS, offline),
                listeners, ws).run(Task.of(question, Lang.detect(question)));
    }

    private static Answer converse(Workspace ws, List<String> turns, List<TraceListener> listeners) {
        Conversation c = Conversation.open(ws, Optional.empty(), Conversation.DEFAULT_CONTEXT_TOKENS, listeners,
                event -> {
                });
        Answer last = null;
        for (String turn : turns) {
            last = c.say(turn);
        }
        return last;
    }
}
