package zhiti.tools.code;

/**
 * Why a program produced no value. The worker (child JVM) reports the first five; the parent adds the last three,
 * which it alone can see. Shared by both sides of the line protocol, so it depends on nothing but the JDK.
 */
public enum Failure {
    /** The program does not parse. */
    SYNTAX,
    /** The program threw (ReferenceError for an API the sandbox does not have, TypeError, a denied operation…). */
    RUNTIME,
    /** The wall-clock deadline passed (the worker's watchdog or, failing that, the parent). */
    TIMEOUT,
    /** The program executed more statements than allowed. */
    STATEMENT_LIMIT,
    /** The worker's heap filled up. */
    MEMORY,
    /** The worker died (exit, signal, broken reply). */
    CRASH,
    /** No worker could be started. */
    UNAVAILABLE,
    /** The request itself was refused (size, bad timeout). */
    BAD_REQUEST;

    /** Failures after which the worker is not trusted to serve another program and is replaced. */
    public boolean retiresWorker() {
        return this == MEMORY || this == CRASH;
    }
}
