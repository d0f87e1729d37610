package zhiti.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.agent.Agent;
import zhiti.agent.AgentContext;
import zhiti.agent.Brain;
import zhiti.agent.Budget;
import zhiti.agent.Decision;
import zhiti.agent.Plan;
import zhiti.agent.Recall;
import zhiti.agent.Task;
import zhiti.agent.ToolRegistry;

/**
 * Background runs through the real agent loop, with a brain that waits until it is told to finish (or is
 * interrupted), so queueing, cancelling, limits and storage can be observed at leisure.
 */
class RunsTest {

    @TempDir
    Path dir;

    /** Plans nothing, then waits on the latch before finishing: a run that takes as long as the test wants. */
    static final class WaitingBrain implements Brain {
        final CountDownLatch release = new CountDownLatch(1);

        @Override public String name() { return "waiting"; }

        @Override public Plan plan(AgentContext ctx) { return Plan.empty("wait"); }

        @Override public Decision reflect(AgentContext ctx) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting");
            }
            return new Decision.Finish("done: " + ctx.task().question(), List.of(), List.of());
        }
    }

    private static Runs.Executor agentOf(Brain brain) {
        return (r, events) -> new Agent(brain, new ToolRegistry(), Recall.NONE, new Budget(5), List.of(events))
                .run(Task.of(r.question(), r.answerLang()));
    }

    private static RunRecord awaitDone(Runs runs, String id) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(end)) {
            RunRecord r = runs.get(id).orElseThrow();
            if (!r.status().equals(RunRecord.RUNNING)) return r;
            Thread.sleep(10);
        }
        throw new AssertionError("run " + id + " did not end");
    }

    @Test
    void aRunIsQueuedStartedFinishedAndStoredWithEveryEvent() throws Exception {
        WaitingBrain brain = new WaitingBrain();
        try (Runs runs = new Runs(new RunStore(dir), agentOf(brain), 1, 4)) {
            LiveRun run = runs.start(new RunRequest("What is 1 + 1?", null, null, "k1"));
            List<String> seen = new ArrayList<>();
            try (LiveRun.Subscription sub = run.subscribe()) {
                assertThat(sub.next(1, TimeUnit.SECONDS).event()).isEqualTo(Runs.QUEUED);
                brain.release.countDown();
                for (RunEvent e; (e = sub.next(5, TimeUnit.SECONDS)) != null; ) {
                    seen.add(e.event());
                    if (e.isFinished()) break;
                }
            }
            assertThat(seen).startsWith("started", "recalled", "planned").endsWith("finished");
            RunRecord r = awaitDone(runs, run.id());
            assertThat(r.status()).isEqualTo("finished");
            assertThat(r.answer().get("answer")).isEqualTo("done: What is 1 + 1?");
            // the record is written as the run ends; under load the status can be seen a moment before the file
            Instant until = Instant.now().plusSeconds(5);
            while (!Files.exists(dir.resolve(run.id() + ".json")) && Instant.now().isBefore(until)) {
                Thread.sleep(10);
            }
            assertThat(Files.exists(dir.resolve(run.id() + ".json"))).isTrue();
            assertThat(runs.list(10)).extracting(RunRecord::id).containsExactly(run.id());
        }
        // a new process reads the same history
        assertThat(new RunStore(dir).load(listOnly(dir)).orElseThrow().status()).isEqualTo("finished");
    }

    private static String listOnly(Path dir) {
        return new RunStore(dir).list(1).get(0).id();
    }

    @Test
    void cancellingARunningRunInterruptsItAndCancellingAQueuedOneKeepsItFromStarting() throws Exception {
        WaitingBrain brain = new WaitingBrain();
        try (Runs runs = new Runs(new RunStore(dir), agentOf(brain), 1, 4)) {
            LiveRun first = runs.start(RunRequest.of("first"));
            LiveRun second = runs.start(RunRequest.of("second"));
            Thread.sleep(100); // the first is in reflect(), the second waits for the only worker
            assertThat(runs.cancel(second.id())).isEqualTo(Runs.Cancel.CANCELLED);
            assertThat(runs.cancel(first.id())).isEqualTo(Runs.Cancel.CANCELLED);
            assertThat(awaitDone(runs, first.id()).status()).isEqualTo("cancelled");
            RunRecord s = awaitDone(runs, second.id());
            assertThat(s.status()).isEqualTo("cancelled");
            assertThat(s.events()).extracting(RunEvent::event).doesNotContain("started").endsWith("finished");
            assertThat(runs.cancel(first.id())).isEqualTo(Runs.Cancel.ALREADY_DONE);
            assertThat(runs.cancel("r-nonexistent")).isEqualTo(Runs.Cancel.NOT_FOUND);
        }
    }

    @Test
    void aCallerOverItsLimitIsRefusedAndOthersAreNot() {
        WaitingBrain brain = new WaitingBrain();
        try (Runs runs = new Runs(new RunStore(dir), agentOf(brain), 2, 2)) {
            runs.start(new RunRequest("a", null, null, "k1"));
            runs.start(new RunRequest("b", null, null, "k1"));
            assertThatThrownBy(() -> runs.start(new RunRequest("c", null, null, "k1")))
                    .isInstanceOf(Runs.TooManyRuns.class).hasMessageContaining("limit is 2");
            runs.start(new RunRequest("d", null, null, "k2"));
            brain.release.countDown();
        }
    }

    @Test
    void aRunCutShortByACrashIsListedAsInterruptedWithTheEventsItHad() {
        RunStore store = new RunStore(dir);
        try (RunStore.EventLog log = store.events("r-20260101-000000000-crash1")) {
            log.append(new RunEvent("started", RunEvent.map("question", "lost?", "lang", "en", "brain", "offline", "at", "t")));
        }
        RunRecord r = store.load("r-20260101-000000000-crash1").orElseThrow();
        assertThat(r.status()).isEqualTo(RunRecord.INTERRUPTED);
        assertThat(r.question()).isEqualTo("lost?");
        assertThat(RunStore.validId("../etc/passwd")).isFalse();
    }

    @Test
    void closingLetsRunsFinishWithinTheGraceAndCancelsTheRest() throws Exception {
        WaitingBrain brain = new WaitingBrain();
        Runs runs = new Runs(new RunStore(dir), agentOf(brain), 1, 4);
        LiveRun run = runs.start(RunRequest.of("slow"));
        Thread.sleep(50);
        runs.close(Duration.ofMillis(200));
        assertThat(runs.get(run.id()).orElseThrow().status()).isEqualTo("cancelled");
        assertThatThrownBy(() -> runs.start(RunRequest.of("late"))).isInstanceOf(IllegalStateException.class);
    }
}
