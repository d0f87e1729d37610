package zhiti.tools.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs JavaScript programs in a warm worker process and always comes back: with a {@link CodeRun}, or a
 * {@link CodeFailure} that says why. One program at a time per sandbox. A worker that hangs past the deadline
 * (plus a grace for the worker's own watchdog to answer), fills its heap or dies is killed and a fresh one is
 * started in the background at once, so the next call finds it warm or nearly so; a worker that has served many
 * programs is replaced the same way, but only once its successor is ready.
 */
public final class JsSandbox implements AutoCloseable {

    /** How long past the deadline the parent waits for the worker's own timeout reply before killing it. */
    static final long GRACE_MS = 1500;
    /** Programs one worker serves before it is replaced (its engine's caches grow a little with each). */
    static final int RECYCLE_AFTER = 500;

    private static final Map<SandboxConfig, JsSandbox> SHARED = new ConcurrentHashMap<>();
    private static final Set<JsSandbox> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(JsSandbox::close), "sandbox-shutdown"));
    }

    private final SandboxConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private final ReentrantLock lock = new ReentrantLock(true);
    private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sandbox-starter");
        t.setDaemon(true);
        return t;
    });
    private volatile WorkerLauncher launcher;
    private WorkerProcess current;                       // guarded by lock
    private CompletableFuture<WorkerProcess> next;       // guarded by this
    private long ids;                                    // guarded by lock

    public JsSandbox(SandboxConfig config) {
        this.config = config;
        OPEN.add(this);
    }

    /** One sandbox per configuration for the whole process: tools registered anew for every run share it. */
    public static JsSandbox shared(SandboxConfig config) {
        return SHARED.computeIfAbsent(config, JsSandbox::new);
    }

    public SandboxConfig config() {
        return config;
    }

    /** Starts a worker in the background unless one is running or starting; returns at once. */
    public void warmUp() {
        if (lock.tryLock()) {
            try {
                if (current == null || !current.alive()) {
                    starting();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    public CodeRun run(String code, long timeoutMs) {
        return run(code, timeoutMs, config.statementLimit());
    }

    /** With a statement limit of the caller's (tests reach it without a worker of their own). */
    CodeRun run(String code, long timeoutMs, long statementLimit) {
        if (code.length() > config.maxCodeChars()) {
            throw new CodeFailure(Failure.BAD_REQUEST, "code is " + code.length() + " characters; the limit is "
                    + config.maxCodeChars() + ": send a shorter program", "");
        }
        if (timeoutMs < SandboxConfig.MIN_TIMEOUT_MS || timeoutMs > config.timeoutMaxMs()) {
            throw new CodeFailure(Failure.BAD_REQUEST, "timeout_ms must be between " + SandboxConfig.MIN_TIMEOUT_MS
                    + " and " + config.timeoutMaxMs() + ", got " + timeoutMs, "");
        }
        long start = System.nanoTime();
        boolean locked;
        try {
            locked = lock.tryLock(config.startTimeout().toMillis() + 2 * (config.timeoutMaxMs() + GRACE_MS),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CodeFailure(Failure.UNAVAILABLE, "interrupted while waiting for the sandbox", "");
        }
        if (!locked) {
            throw new CodeFailure(Failure.UNAVAILABLE, "the sandbox is busy with other programs; try again", "");
        }
        try {
            WorkerProcess worker = ready();
            ObjectNode request = json.createObjectNode().put(WorkerProtocol.ID, ++ids)
                    .put(WorkerProtocol.CODE, code).put(WorkerProtocol.TIMEOUT_MS, timeoutMs)
                    .put(WorkerProtocol.STATEMENT_LIMIT, statementLimit)
                    .put(WorkerProtocol.OUTPUT_CAP, config.outputCap());
            JsonNode reply = exchange(worker, request, timeoutMs);
            if (worker.calls() >= RECYCLE_AFTER) {
                starting();  // the successor takes over once it is ready
            }
            return result(worker, reply, (System.nanoTime() - start) / 1_000_000);
        } finally {
            lock.unlock();
        }
    }

    /** The isolation layers the current worker confirmed (empty before one has started). */
    public List<String> isolation() {
        WorkerProcess w = current;
        return w == null || launcher == null ? List.of() : launcher.confirmedLayers(w.hello());
    }

    /** Why an OS layer is missing on this machine (empty when all apply, or before the first start). */
    public List<String> isolationNotes() {
        WorkerLauncher l = launcher;
        return l == null ? List.of() : l.isolation().notes();
    }

    /** The worker's report about itself: uid, network interfaces, rlimits (for diagnostics and tests). */
    public Optional<JsonNode> workerHello() {
        WorkerProcess w = current;
        return w == null ? Optional.empty() : Optional.of(w.hello());
    }

    /** The current worker's pid, to let a benchmark or test kill it as a crash would. */
    Optional<Long> workerPid() {
        WorkerProcess w = current;
        return w == null ? Optional.empty() : Optional.of(w.pid());
    }

    @Override
    public void close() {
        OPEN.remove(this);
        SHARED.values().remove(this);
        WorkerProcess w = current;
        if (w != null) {
            w.kill();
        }
        CompletableFuture<WorkerProcess> n;
        synchronized (this) {
            n = next;
            next = null;
        }
        if (n != null) {
            n.thenAccept(WorkerProcess::kill);
        }
        starter.shutdownNow();
    }

    /** The worker to use now: the current one if alive (or its ready successor), else the one starting. */
    private WorkerProcess ready() {
        CompletableFuture<WorkerProcess> successor;
        synchronized (this) {
            successor = next;
        }
        boolean successorReady = successor != null && successor.isDone() && !successor.isCompletedExceptionally();
        if (current != null && current.alive() && !successorReady) {
            return current;
        }
        if (current != null) {
            current.kill();
            current = null;
        }
        try {
            current = starting().get(config.startTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
            synchronized (this) {
                next = null;
            }
            return current;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CodeFailure(Failure.UNAVAILABLE, "the sandbox worker could not start: "
                    + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), "");
        } catch (TimeoutException e) {
            throw new CodeFailure(Failure.UNAVAILABLE, "the sandbox worker did not start within "
                    + config.startTimeout().toSeconds() + " s", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CodeFailure(Failure.UNAVAILABLE, "interrupted while the sandbox worker started", "");
        }
    }

    /** The worker starting in the background, started now unless one already is (a failed start is retried). */
    private synchronized CompletableFuture<WorkerProcess> starting() {
        if (next == null || next.isCompletedExceptionally()) {
            next = CompletableFuture.supplyAsync(() -> {
                try {
                    if (launcher == null) {
                        launcher = WorkerLauncher.prepare(config);
                    }
                    return launcher.start(json);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e.getMessage(), e);
                }
            }, starter);
        }
        return next;
    }

    /** Sends the request; a missing reply becomes a timeout, a crash or a memory failure, and retires the worker. */
    private JsonNode exchange(WorkerProcess worker, ObjectNode request, long timeoutMs) {
        Optional<JsonNode> reply;
        try {
            reply = worker.call(request, timeoutMs + GRACE_MS);
        } catch (IOException e) {
            reply = Optional.empty();
        }
        if (reply.isPresent()) {
            return reply.get();
        }
        boolean hung = worker.alive();
        retire(worker);
        if (hung) {
            throw new CodeFailure(Failure.TIMEOUT, JsEvaluation.timeoutText(timeoutMs), "");
        }
        String tail = worker.stderrTail();
        if (tail.contains("OutOfMemoryError") || tail.contains("insufficient memory")) {
            throw new CodeFailure(Failure.MEMORY, memoryText(), "");
        }
        throw new CodeFailure(Failure.CRASH, "the sandbox worker died (" + worker.exitText() + ")"
                + (tail.isEmpty() ? "" : ": " + WorkerProcess.abbreviate(tail)) + "; a fresh one is starting", "");
    }

    private CodeRun result(WorkerProcess worker, JsonNode reply, long ms) {
        String stdout = reply.path(WorkerProtocol.STDOUT).asText("");
        long dropped = reply.path(WorkerProtocol.OUTPUT_DROPPED).asLong(0);
        if (!reply.path(WorkerProtocol.OK).asBoolean()) {
            Failure kind = Failure.valueOf(reply.path(WorkerProtocol.FAILURE).asText(Failure.CRASH.name()));
            if (kind.retiresWorker()) {
                retire(worker);
            }
            String message = kind == Failure.MEMORY ? memoryText() : reply.path(WorkerProtocol.MESSAGE).asText();
            throw new CodeFailure(kind, message, dropped > 0 ? stdout + truncationNote(dropped) : stdout);
        }
        JsonNode value = reply.path(WorkerProtocol.VALUE);
        return new CodeRun(value.isMissingNode() ? json.nullNode() : value,
                reply.path(WorkerProtocol.VALUE_TYPE).asText("undefined"),
                reply.path(WorkerProtocol.VALUE_TEXT).asText(null),
                dropped > 0 ? stdout + truncationNote(dropped) : stdout,
                reply.path(WorkerProtocol.STDERR).asText(""), dropped, ms, launcher.confirmedLayers(worker.hello()));
    }

    private void retire(WorkerProcess worker) {
        worker.kill();
        if (current == worker) {
            current = null;
        }
        starting();
    }

    private String memoryText() {
        return "ran out of memory (limit " + config.memoryMb() + " MB): make the program keep less data";
    }

    static String truncationNote(long dropped) {
        return "\n… output truncated (" + dropped + " more bytes dropped)";
    }
}
