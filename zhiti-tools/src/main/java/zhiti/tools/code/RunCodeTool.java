package zhiti.tools.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.tools.econ.ToolArgs;

/**
 * Runs a short JavaScript program and returns the value of its last expression and its console output.
 *
 * <p>JavaScript only, by choice: GraalVM's JS is 62 MB of jars and a warm context costs about 11 ms after a first
 * one of about 630 ms; GraalPy (python-community) would add 161 MB and about 2.8 s to each worker's first context,
 * which every restart after a timeout or a crash would pay again.
 *
 * <p>Two layers of isolation: inside, a GraalVM context under {@code SandboxPolicy.CONSTRAINED} with host access,
 * IO, threads, native access, processes, environment and polyglot access all off, a statement limit and a
 * watchdog that cancels it at the deadline; outside, that context lives in a separate JVM with its own heap limit,
 * no network namespace, user nobody and rlimits where the machine allows ({@link JsSandbox}, {@link Isolation}).
 */
public final class RunCodeTool implements Tool {

    static final String SOURCE = "run_code (GraalVM JS sandbox)";
    private static final int FORMULA_CHARS = 200;

    private final JsSandbox sandbox;

    public RunCodeTool(JsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String name() {
        return ToolName.RUN_CODE.id();
    }

    @Override
    public String description() {
        SandboxConfig c = sandbox.config();
        return "Run a short JavaScript (ECMAScript) program in a sandbox and return the value of its last expression "
                + "(a number, string, boolean, array or plain object comes back as JSON; a finite number also as a "
                + "figure) and what it printed with console.log. Pure computation only: there is no file system, "
                + "network, fetch, require/import, Java, timers or process access. Limits: " + c.maxCodeChars()
                + " characters of code, timeout_ms (default " + SandboxConfig.DEFAULT_TIMEOUT_MS + ", max "
                + c.timeoutMaxMs() + "), " + c.memoryMb() + " MB of memory, " + String.format("%,d", c.statementLimit())
                + " statements, " + c.outputCap() / 1024 + " KiB of output. Use it for arithmetic, loops or data "
                + "reshaping that no other tool does; end the program with the expression to return, e.g. "
                + "`let s = 0; for (let y = 0; y < 5; y++) s += 100 * 1.3 ** y; s`.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("code", "the JavaScript program; its last expression is the result, e.g. Math.pow(1.4, 10)")
                .integer("timeout_ms", "wall-clock limit in milliseconds, default " + SandboxConfig.DEFAULT_TIMEOUT_MS
                        + ", at most " + sandbox.config().timeoutMaxMs())
                .string("unit", "unit of a numeric result for its figure, e.g. USD or FLOP; default none")
                .required("code").build();
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs args = new ToolArgs(json);
        String code = json.path("code").isTextual() ? json.path("code").asText() : "";
        if (code.isBlank()) {
            throw new IllegalArgumentException("missing code: a JavaScript program whose last expression is the "
                    + "result, e.g. Math.pow(1.4, 10)");
        }
        long timeoutMs = timeout(args);
        String unit = args.text("unit", "");
        CodeRun run;
        try {
            run = sandbox.run(code, timeoutMs);
        } catch (CodeFailure f) {
            throw new IllegalArgumentException(f.getMessage() + printedBefore(f.stdout()));
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("value", run.value());
        data.put("value_type", run.valueType());
        if (run.valueText() != null) {
            data.put("value_text", run.valueText());
        }
        data.put("stdout", run.stdout());
        if (!run.stderr().isEmpty()) {
            data.put("stderr", run.stderr());
        }
        run.isolation().forEach(data.putArray("isolation")::add);
        if (!sandbox.isolationNotes().isEmpty()) {
            sandbox.isolationNotes().forEach(data.putArray("isolation_notes")::add);
        }
        data.put("ms", run.ms());
        List<Figure> figures = Double.isNaN(run.number()) ? List.of()
                : List.of(new Figure("result", run.number(), unit, "JavaScript: " + shortened(code),
                        Figure.inputs("timeout_ms", timeoutMs), SOURCE));
        return new ToolResult(data, summary(run), figures, List.of());
    }

    private long timeout(ToolArgs args) {
        double t = args.number("timeout_ms").orElse(SandboxConfig.DEFAULT_TIMEOUT_MS);
        long max = sandbox.config().timeoutMaxMs();
        if (t < SandboxConfig.MIN_TIMEOUT_MS || t > max) {
            throw new IllegalArgumentException("timeout_ms must be between " + SandboxConfig.MIN_TIMEOUT_MS + " and "
                    + max + " (milliseconds), got " + (long) t);
        }
        return (long) t;
    }

    private static String summary(CodeRun run) {
        String value = run.valueText() != null ? run.valueText()
                : run.value().isTextual() ? run.value().asText() : run.value().toString();
        if (value.length() > 120) {
            value = value.substring(0, 120) + "…";
        }
        long lines = run.stdout().isEmpty() ? 0 : run.stdout().lines().count();
        return "JavaScript returned " + (run.value().isNull() && run.valueText() == null ? run.valueType() : value)
                + " (" + run.valueType() + ", " + run.ms() + " ms" + (lines > 0 ? ", printed " + lines + " lines" : "")
                + ")";
    }

    /** The program, whitespace collapsed and cut, for a figure's formula. */
    static String shortened(String code) {
        String one = code.replaceAll("\\s+", " ").strip();
        return one.length() <= FORMULA_CHARS ? one : one.substring(0, FORMULA_CHARS) + "…";
    }

    private static String printedBefore(String stdout) {
        if (stdout.isBlank()) {
            return "";
        }
        String s = stdout.length() <= 2000 ? stdout : stdout.substring(0, 2000) + "…";
        return "\nIt printed before failing:\n" + s;
    }
}
