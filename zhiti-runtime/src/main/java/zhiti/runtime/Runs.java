package zhiti.runtime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import zhiti.agent.Answer;
import zhiti.agent.TraceListener;
import zhiti.core.Lang;

/**
 * Runs questions in the background: each gets an id at once, its events as they happen (kept, logged and handed to
 * subscribers), and a stored record when it ends. Runs wait in a queue for one of a few worker threads, because
 * the offline brain is CPU-bound and two cores do not run a hundred questions faster at once; a {@code queued}
 * event tells the client straight away that its run was accepted.
 */
public final class Runs implements AutoCloseable {

    /** Answers one request, sending its trace events to {@code events}; the runtime supplies the agent. */
    @FunctionalInterface
    public interface Executor {
        Answer run(RunRequest request, TraceListener events);
    }

    /** A caller already has its limit of runs going. */
    public static final class TooManyRuns extends RuntimeException {
        public TooManyRuns(String message) {
            super(message);
        }
    }

    public enum Cancel { CANCELLED, ALREADY_DONE, NOT_FOUND }

    public static final String QUEUED = "queued";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS").withZone(ZoneOffset.UTC);

    private final RunStore store;
    private final Executor executor;
    private final int maxPerCaller;
    private final ExecutorService workers;
    private final Map<String, LiveRun> live = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    /** Runs going per caller, for the per-caller limit. */
    private final Map<String, Integer> going = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public Runs(RunStore store, Executor executor, int threads, int maxPerCaller) {
        if (threads < 1 || maxPerCaller < 1) throw new IllegalArgumentException("threads and the per-caller limit must be >= 1");
        this.store = store;
        this.executor = executor;
        this.maxPerCaller = maxPerCaller;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhiti-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Accepts a run; it starts when a worker is free. No lock is shared by all callers: a burst of requests
     * each opens its own event log at once, and only the per-caller count is kept atomically.
     */
    public LiveRun start(RunRequest request) {
        if (closed) throw new IllegalStateException("the runtime is shutting down; no new runs are accepted");
        String caller = request.caller();
        if (caller != null) {
            going.compute(caller, (k, n) -> {
                int mine = n == null ? 0 : n;
                if (mine >= maxPerCaller) {
                    throw new TooManyRuns("this key already has " + mine + " runs going (the limit is " + maxPerCaller
                            + "); wait for one to finish or cancel one with DELETE /api/runs/{id}");
                }
                return mine + 1;
            });
        }
        try {
            String id = newId();
            LiveRun run = new LiveRun(id, request, store.events(id));
            live.put(id, run);
            run.emit(new RunEvent(QUEUED, RunEvent.map("run", id, "ahead", waiting.getAndIncrement())));
            workers.execute(() -> work(run));
            return run;
        } catch (RuntimeException e) {
            release(caller);
            throw e;
        }
    }

    private void release(String caller) {
        if (caller != null) going.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
    }

    /**
     * Runs a request on the caller's thread (the command line), recorded in the history like any other run;
     * {@code listeners} see its trace as it happens.
     */
    public Answer runHere(RunRequest request, List<TraceListener> listeners) {
        if (closed) throw new IllegalStateException("the runtime is shutting down; no new runs are accepted");
        String id = newId();
        LiveRun run = new LiveRun(id, request, store.events(id));
        live.put(id, run);
        return execute(run, listeners);
    }

    private void work(LiveRun run) {
        waiting.decrementAndGet();
        execute(run, List.of());
    }

    private Answer execute(LiveRun run, List<TraceListener> listeners) {
        Lang lang = run.request().answerLang();
        Answer answer = null;
        try {
            if (run.started(Thread.currentThread())) {
                answer = executor.run(run.request(), e -> {
                    run.emit(RunEvent.of(e, lang));
                    for (TraceListener l : listeners) l.on(e);
                });
            }
        } catch (RuntimeException e) {
            // the agent turns a brain's failure into an answer; this is wiring failing around it
            answer = new Answer(lang.pick("内部错误：" + e, "Internal error: " + e), List.of(), List.of(), List.of(),
                    "runtime", Answer.Status.ERROR, new zhiti.agent.Usage().snapshot());
        } finally {
            run.stopped();
            Thread.interrupted(); // a cancel that came late must not leak into the next run on this thread
        }
        if (answer == null) {
            answer = new Answer(lang.pick("任务在开始前已取消。", "Cancelled before it started."), List.of(), List.of(),
                    List.of(), "runtime", Answer.Status.CANCELLED, new zhiti.agent.Usage().snapshot());
        }
        RunRecord before = run.snapshot();
        if (!before.events().get(before.events().size() - 1).isFinished()) {
            run.emit(new RunEvent(RunEvent.FINISHED, RunEvent.map("answer", AnswerJson.of(answer, lang))));
        }
        RunRecord done = new RunRecord(run.id(), run.request().question(), lang.name().toLowerCase(Locale.ROOT),
                run.request().session(), answer.status().name().toLowerCase(Locale.ROOT), answer.brain(),
                run.created().toString(), Instant.now().toString(), AnswerJson.of(answer, lang), run.snapshot().events());
        try {
            store.save(done);
        } finally {
            run.finish(done);
            live.remove(run.id());
            release(run.request().caller());
        }
        return answer;
    }

    public Optional<LiveRun> live(String id) {
        return Optional.ofNullable(live.get(id));
    }

    /** The run as it is now: live, or from the store. */
    public Optional<RunRecord> get(String id) {
        LiveRun r = live.get(id);
        return r != null ? Optional.of(r.snapshot()) : store.load(id);
    }

    /** Newest first: the runs going now, then the stored ones. */
    public List<RunRecord> list(int limit) {
        Map<String, RunRecord> out = new LinkedHashMap<>();
        live.values().stream().map(LiveRun::snapshot).sorted((a, b) -> b.id().compareTo(a.id()))
                .forEach(r -> out.put(r.id(), r));
        for (RunRecord r : store.list(limit)) out.putIfAbsent(r.id(), r);
        return new ArrayList<>(out.values()).subList(0, Math.min(limit, out.size()));
    }

    public Cancel cancel(String id) {
        LiveRun r = live.get(id);
        if (r == null) return store.load(id).isPresent() ? Cancel.ALREADY_DONE : Cancel.NOT_FOUND;
        if (r.done()) return Cancel.ALREADY_DONE;
        r.cancel();
        return Cancel.CANCELLED;
    }

    public int running() {
        return (int) live.values().stream().filter(r -> !r.done()).count();
    }

    /** Stops taking runs, lets those going finish within {@code grace}, then cancels the rest and waits for them. */
    public void close(Duration grace) {
        closed = true;
        workers.shutdown();
        try {
            if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                live.values().forEach(LiveRun::cancel);
                workers.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private static String newId() {
        StringBuilder s = new StringBuilder("r-").append(STAMP.format(Instant.now())).append('-');
        // unique, not secret: every run is behind the API key anyway
        for (int i = 0; i < 6; i++) s.append("0123456789abcdefghijklmnopqrstuvwxyz".charAt(ThreadLocalRandom.current().nextInt(36)));
        return s.toString().toLowerCase(Locale.ROOT);
    }
}
