package zhiti.tools.code;

import java.time.Duration;
import zhiti.agent.Settings;

/**
 * The sandbox's limits. Equal configs share one worker process ({@link JsSandbox#shared}).
 *
 * @param memoryMb       the worker JVM's heap (-Xmx); its address-space rlimit adds room for the JVM itself
 * @param timeoutMaxMs   the longest wall-clock time a caller may ask for
 * @param statementLimit statements one program may execute (GraalVM ResourceLimits)
 * @param outputCap      bytes of console output kept per program (the rest is counted and dropped)
 * @param maxCodeChars   the longest program accepted
 * @param startTimeout   how long a worker may take to start and warm up before the call fails
 */
public record SandboxConfig(int memoryMb, long timeoutMaxMs, long statementLimit, int outputCap, int maxCodeChars,
                            Duration startTimeout) {

    public static final String MEMORY_MB = "code.memory_mb";
    public static final String TIMEOUT_MS_MAX = "code.timeout_ms_max";
    public static final String STATEMENT_LIMIT = "code.statement_limit";

    public static final long DEFAULT_TIMEOUT_MS = 2000;
    public static final long MIN_TIMEOUT_MS = 50;

    public SandboxConfig {
        if (memoryMb < 64 || memoryMb > 8192) {
            throw new IllegalArgumentException(MEMORY_MB + " must be between 64 and 8192 (MB), got " + memoryMb);
        }
        if (timeoutMaxMs < MIN_TIMEOUT_MS || timeoutMaxMs > 120_000) {
            throw new IllegalArgumentException(TIMEOUT_MS_MAX + " must be between 50 and 120000 (ms), got "
                    + timeoutMaxMs);
        }
        if (statementLimit < 1000) {
            throw new IllegalArgumentException(STATEMENT_LIMIT + " must be at least 1000, got " + statementLimit);
        }
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig(256, 10_000, 20_000_000, 64 * 1024, 20_000, Duration.ofSeconds(30));
    }

    /** The defaults with {@code code.memory_mb}, {@code code.timeout_ms_max}, {@code code.statement_limit} applied. */
    public static SandboxConfig from(Settings settings) {
        SandboxConfig d = defaults();
        return new SandboxConfig((int) settings.number(MEMORY_MB, d.memoryMb),
                (long) settings.number(TIMEOUT_MS_MAX, d.timeoutMaxMs),
                (long) settings.number(STATEMENT_LIMIT, d.statementLimit), d.outputCap, d.maxCodeChars,
                d.startTimeout);
    }

    public SandboxConfig withMemoryMb(int mb) {
        return new SandboxConfig(mb, timeoutMaxMs, statementLimit, outputCap, maxCodeChars, startTimeout);
    }

    public SandboxConfig withStatementLimit(long limit) {
        return new SandboxConfig(memoryMb, timeoutMaxMs, limit, outputCap, maxCodeChars, startTimeout);
    }
}
