package zhiti.tools.code;

/**
 * The field names of the line protocol between {@link JsSandbox} (parent) and {@link SandboxWorker} (child): one
 * JSON object per line each way. The worker first writes a hello line, then one reply per request, in order.
 */
final class WorkerProtocol {

    // request
    static final String ID = "id";
    static final String CODE = "code";
    static final String TIMEOUT_MS = "timeout_ms";
    static final String STATEMENT_LIMIT = "statement_limit";
    static final String OUTPUT_CAP = "output_cap";

    // reply
    static final String OK = "ok";
    static final String VALUE = "value";
    static final String VALUE_TYPE = "value_type";
    static final String VALUE_TEXT = "value_text";
    static final String STDOUT = "stdout";
    static final String STDERR = "stderr";
    static final String OUTPUT_DROPPED = "output_dropped_bytes";
    static final String FAILURE = "failure";
    static final String MESSAGE = "message";
    static final String LINE = "line";
    static final String EVAL_MS = "eval_ms";

    // hello: what the worker can see of its own confinement
    static final String HELLO = "hello";
    static final String UID = "uid";
    static final String NETWORK_INTERFACES = "network_interfaces";
    static final String LIMITS = "limits";
    static final String WARM_MS = "warm_ms";

    /** The name the program's source carries, so error locations read "program.js:3:7". */
    static final String SOURCE_NAME = "program.js";

    private WorkerProtocol() {
    }
}
