package zhiti.tools.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Runs one program inside the worker, in a fresh context of the shared engine (nothing survives from one program to
 * the next), and turns the outcome into a reply. Runs in the child JVM.
 */
final class JsEvaluation {

    /**
     * JSON for arrays and plain objects only (a Map, a Date or a class instance is described by its text instead);
     * undefined when stringify fails (a cycle, a BigInt inside).
     */
    private static final String TO_JSON = """
            (v) => {
              const plain = Array.isArray(v) || (typeof v === 'object' && v !== null
                  && [Object.prototype, null].includes(Object.getPrototypeOf(v)));
              if (!plain) return undefined;
              try { return JSON.stringify(v); } catch (e) { return undefined; }
            }""";
    private static final Pattern SYNTAX_PREFIX = Pattern.compile(
            "^SyntaxError: " + Pattern.quote(WorkerProtocol.SOURCE_NAME) + ":(\\d+):(\\d+) ");
    private static final int TEXT_CAP = 4096;

    private final Engine engine;
    private final ScheduledExecutorService watchdog;
    private final ObjectMapper json;

    JsEvaluation(Engine engine, ScheduledExecutorService watchdog, ObjectMapper json) {
        this.engine = engine;
        this.watchdog = watchdog;
        this.json = json;
    }

    ObjectNode run(String code, long timeoutMs, long statementLimit, int outputCap) {
        long start = System.nanoTime();
        BoundedOutput out = new BoundedOutput(outputCap);
        BoundedOutput err = new BoundedOutput(Math.max(1024, outputCap / 4));
        ObjectNode reply = json.createObjectNode();
        AtomicBoolean timedOut = new AtomicBoolean();
        Context context = newContext(out, err, statementLimit);
        // the deadline: a cancelled context stops the guest at its next safepoint, whatever it is doing
        ScheduledFuture<?> dog = watchdog.schedule(() -> {
            timedOut.set(true);
            context.close(true);
        }, timeoutMs, TimeUnit.MILLISECONDS);
        try {
            Value v = context.eval(Source.newBuilder("js", code, WorkerProtocol.SOURCE_NAME).cached(false)
                    .buildLiteral());
            describe(context, v, outputCap, reply);
            reply.put(WorkerProtocol.OK, true);
        } catch (PolyglotException e) {
            failure(reply, e, timedOut.get(), timeoutMs, statementLimit);
        } catch (IllegalStateException e) {  // the watchdog closed the context between two calls into it
            fail(reply, timedOut.get() ? Failure.TIMEOUT : Failure.RUNTIME,
                    timedOut.get() ? timeoutText(timeoutMs) : e.getMessage(), 0);
        } catch (OutOfMemoryError e) {
            fail(reply, Failure.MEMORY, "ran out of memory", 0);
        } finally {
            dog.cancel(false);
            try {
                context.close(true);
            } catch (RuntimeException ignored) {
                // already closed by the watchdog
            }
        }
        reply.put(WorkerProtocol.STDOUT, out.text());
        if (err.text().length() > 0) {
            reply.put(WorkerProtocol.STDERR, err.text());
        }
        long dropped = out.dropped() + err.dropped();
        if (dropped > 0) {
            reply.put(WorkerProtocol.OUTPUT_DROPPED, dropped);
        }
        reply.put(WorkerProtocol.EVAL_MS, (System.nanoTime() - start) / 1_000_000);
        return reply;
    }

    /**
     * Everything the guest could reach is switched off; CONSTRAINED makes the engine reject a looser builder. Host
     * access and host class lookup are left at their defaults (no host objects are passed in, no lookup predicate
     * is installed), under which the guest has no {@code Java} global at all.
     */
    private Context newContext(BoundedOutput out, BoundedOutput err, long statementLimit) {
        return Context.newBuilder("js").engine(engine).sandbox(SandboxPolicy.CONSTRAINED)
                .out(out).err(err).in(InputStream.nullInputStream())
                .allowHostClassLoading(false).allowIO(IOAccess.NONE).allowCreateThread(false)
                .allowNativeAccess(false).allowCreateProcess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE).allowPolyglotAccess(PolyglotAccess.NONE)
                .resourceLimits(ResourceLimits.newBuilder().statementLimit(statementLimit, null).build())
                .build();
    }

    private void describe(Context context, Value v, int cap, ObjectNode reply) {
        if (v.isNull()) {
            reply.putNull(WorkerProtocol.VALUE);
            reply.put(WorkerProtocol.VALUE_TYPE, v.toString());  // "undefined" or "null"
        } else if (v.isBoolean()) {
            reply.put(WorkerProtocol.VALUE, v.asBoolean()).put(WorkerProtocol.VALUE_TYPE, "boolean");
        } else if (v.isString()) {
            String s = v.asString();
            reply.put(WorkerProtocol.VALUE_TYPE, "string");
            if (s.length() <= cap) {
                reply.put(WorkerProtocol.VALUE, s);
            } else {
                reply.putNull(WorkerProtocol.VALUE);
                reply.put(WorkerProtocol.VALUE_TEXT, s.substring(0, TEXT_CAP) + "… (" + s.length() + " characters)");
            }
        } else if (v.isNumber() && (v.fitsInLong() || v.fitsInDouble())) {
            describeNumber(v, reply);
        } else {
            Value text = context.eval("js", TO_JSON).execute(v);
            String type = v.isNumber() ? "bigint" : typeName(v);
            reply.put(WorkerProtocol.VALUE_TYPE, type);
            if (text.isString() && text.asString().length() <= cap) {
                reply.set(WorkerProtocol.VALUE, parse(text.asString()));
            } else {
                reply.putNull(WorkerProtocol.VALUE);
                String s = text.isString() ? text.asString() : v.toString();
                reply.put(WorkerProtocol.VALUE_TEXT, s.length() <= TEXT_CAP ? s
                        : s.substring(0, TEXT_CAP) + "… (" + s.length() + " characters)");
            }
        }
    }

    private static void describeNumber(Value v, ObjectNode reply) {
        reply.put(WorkerProtocol.VALUE_TYPE, "number");
        if (v.fitsInLong()) {
            reply.put(WorkerProtocol.VALUE, v.asLong());
            return;
        }
        double d = v.asDouble();
        if (Double.isFinite(d)) {
            reply.put(WorkerProtocol.VALUE, d);
        } else {
            reply.putNull(WorkerProtocol.VALUE);  // JSON has no NaN or Infinity
            reply.put(WorkerProtocol.VALUE_TEXT, v.toString());
        }
    }

    private static String typeName(Value v) {
        if (v.canExecute()) {
            return "function";
        }
        Value meta = v.getMetaObject();
        return meta == null ? "object" : meta.getMetaSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private JsonNode parse(String s) {
        try {
            return json.readTree(s);
        } catch (java.io.IOException e) {
            return json.getNodeFactory().textNode(s);
        }
    }

    private static void failure(ObjectNode reply, PolyglotException e, boolean timedOut, long timeoutMs,
                                long statementLimit) {
        if (e.isCancelled() && e.isResourceExhausted()) {
            fail(reply, Failure.STATEMENT_LIMIT, "statement limit reached (" + String.format("%,d", statementLimit)
                    + " statements): the program does too much work; make it do less", 0);
        } else if (timedOut || e.isCancelled()) {
            fail(reply, Failure.TIMEOUT, timeoutText(timeoutMs), 0);
        } else if (e.isResourceExhausted()) {
            fail(reply, Failure.MEMORY, "ran out of memory", 0);
        } else if (e.isSyntaxError()) {
            syntax(reply, e);
        } else if (e.isGuestException()) {
            int line = programLine(e);
            String message = firstLines(e.getMessage(), 3);
            fail(reply, Failure.RUNTIME, line > 0 ? message + " (line " + line + ")" : message, line);
        } else {
            fail(reply, Failure.RUNTIME, "the sandbox refused the program: " + firstLines(e.getMessage(), 2), 0);
        }
    }

    /** "SyntaxError: program.js:3:8 Expected …" becomes "SyntaxError: Expected … (line 3, column 9)" + snippet. */
    private static void syntax(ObjectNode reply, PolyglotException e) {
        String message = firstLines(e.getMessage(), 3);
        int line = e.getSourceLocation() != null ? e.getSourceLocation().getStartLine() : 0;
        Matcher m = SYNTAX_PREFIX.matcher(message);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            String rest = message.substring(m.end());
            int nl = rest.indexOf('\n');
            String head = nl < 0 ? rest : rest.substring(0, nl);
            String snippet = nl < 0 ? "" : rest.substring(nl);
            message = "SyntaxError: " + head + " (line " + line + ", column "
                    + (Integer.parseInt(m.group(2)) + 1) + ")" + snippet;
        } else if (line > 0) {
            message += " (line " + line + ")";
        }
        fail(reply, Failure.SYNTAX, message, line);
    }

    /** Where in the program it failed: the error's own location, else the innermost frame in the program. */
    private static int programLine(PolyglotException e) {
        if (e.getSourceLocation() != null && WorkerProtocol.SOURCE_NAME.equals(e.getSourceLocation().getSource().getName())) {
            return e.getSourceLocation().getStartLine();
        }
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (f.isGuestFrame() && f.getSourceLocation() != null
                    && WorkerProtocol.SOURCE_NAME.equals(f.getSourceLocation().getSource().getName())) {
                return f.getSourceLocation().getStartLine();
            }
        }
        return 0;
    }

    static String timeoutText(long timeoutMs) {
        return "timed out after " + timeoutMs + " ms: make the program faster or raise timeout_ms";
    }

    private static void fail(ObjectNode reply, Failure failure, String message, int line) {
        reply.put(WorkerProtocol.OK, false).put(WorkerProtocol.FAILURE, failure.name())
                .put(WorkerProtocol.MESSAGE, message);
        if (line > 0) {
            reply.put(WorkerProtocol.LINE, line);
        }
    }

    private static String firstLines(String s, int n) {
        if (s == null) {
            return "error";
        }
        String[] lines = s.strip().split("\n", n + 1);
        String joined = String.join("\n", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
        return joined.length() <= 1000 ? joined : joined.substring(0, 1000) + "…";
    }
}
