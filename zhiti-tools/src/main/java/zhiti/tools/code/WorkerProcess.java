package zhiti.tools.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM running {@link SandboxWorker}: started with a clean environment, its replies read line by line on a
 * thread of their own (each line capped, so a broken child cannot fill the parent's memory), its stderr kept as a
 * short tail for error messages. Every wait has a deadline; {@link #kill} ends it and anything it started.
 */
final class WorkerProcess {

    /** Longer than any honest reply (64 KiB of output and a 64 KiB value, JSON-escaped). */
    private static final int MAX_LINE = 2 * 1024 * 1024;
    private static final int STDERR_TAIL = 4096;
    private static final String EOF = "\u0000eof";

    private final Process process;
    private final OutputStream stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();
    private final ObjectMapper json;
    private final JsonNode hello;
    private volatile boolean ended;
    private int calls;

    private WorkerProcess(Process process, ObjectMapper json, Duration startTimeout) throws IOException {
        this.process = process;
        this.json = json;
        this.stdin = process.getOutputStream();
        daemon("sandbox-replies", () -> readLines(process.getInputStream()));
        daemon("sandbox-stderr", () -> keepTail(process.getErrorStream()));
        String first = next(startTimeout.toMillis());
        if (first == null || first == EOF) {
            kill();
            throw new IOException((first == null ? "did not start within " + startTimeout.toSeconds() + " s"
                    : "exited while starting (" + exitText() + ")") + stderrNote());
        }
        this.hello = json.readTree(first);
        if (!hello.path(WorkerProtocol.HELLO).asBoolean()) {
            kill();
            throw new IOException("sent " + abbreviate(first) + " instead of its hello");
        }
    }

    static WorkerProcess start(List<String> command, Path directory, ObjectMapper json, Duration startTimeout)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
        pb.environment().clear();  // no tokens, keys or paths leak into the child
        pb.environment().put("LANG", "C.UTF-8");
        return new WorkerProcess(pb.start(), json, startTimeout);
    }

    JsonNode hello() {
        return hello;
    }

    long pid() {
        return process.pid();
    }

    int calls() {
        return calls;
    }

    /** Alive and still talking: its stdout has not closed. */
    boolean alive() {
        return !ended && process.isAlive();
    }

    /**
     * Sends one request and waits for its reply until {@code waitMs}; empty when no reply came in time or the
     * worker died (then {@link #alive()} tells which).
     */
    Optional<JsonNode> call(JsonNode request, long waitMs) throws IOException {
        calls++;
        long id = request.path(WorkerProtocol.ID).asLong();
        stdin.write(json.writeValueAsBytes(request));
        stdin.write('\n');
        stdin.flush();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            String line = left <= 0 ? null : next(left);
            if (line == null || line == EOF) {
                return Optional.empty();
            }
            JsonNode reply = json.readTree(line);
            if (reply.path(WorkerProtocol.ID).asLong(-1) == id) {
                return Optional.of(reply);
            }
            // a late reply to an earlier request the parent gave up on: skip it
        }
    }

    /** Ends the worker and anything it started; safe to call twice. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "exit code 3", "killed by signal 9", or "still running". */
    String exitText() {
        try {
            if (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                return "still running";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "still running";
        }
        int code = process.exitValue();
        return code > 128 ? "killed by signal " + (code - 128) : "exit code " + code;
    }

    String stderrTail() {
        synchronized (stderr) {
            return stderr.toString().strip();
        }
    }

    private String stderrNote() {
        String tail = stderrTail();
        return tail.isEmpty() ? "" : ": " + abbreviate(tail);
    }

    private String next(long waitMs) {
        try {
            return lines.poll(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void readLines(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (in) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines.add(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else if (line.size() < MAX_LINE) {
                        line.write(buf[i]);
                    } else {
                        process.destroyForcibly();  // no honest reply is this long
                        return;
                    }
                }
            }
        } catch (IOException e) {
            // the worker is gone
        } finally {
            ended = true;
            lines.add(EOF);
        }
    }

    private void keepTail(InputStream in) {
        try (in) {
            byte[] buf = new byte[4096];
            for (int n; (n = in.read(buf)) > 0; ) {
                synchronized (stderr) {
                    stderr.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (stderr.length() > STDERR_TAIL) {
                        stderr.delete(0, stderr.length() - STDERR_TAIL);
                    }
                }
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 400 ? one : "…" + one.substring(one.length() - 400);
    }
}
