package zhiti.tools.code;

/** A program that produced no value: why, in words a caller can act on, and what it printed before failing. */
public final class CodeFailure extends RuntimeException {

    private final Failure kind;
    private final String stdout;

    CodeFailure(Failure kind, String message, String stdout) {
        super(message);
        this.kind = kind;
        this.stdout = stdout == null ? "" : stdout;
    }

    public Failure kind() {
        return kind;
    }

    public String stdout() {
        return stdout;
    }
}
