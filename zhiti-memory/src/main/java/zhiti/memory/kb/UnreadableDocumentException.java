package zhiti.memory.kb;

/** A file that ingestion skips; the message is the reason shown to the user. */
public final class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
