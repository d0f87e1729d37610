package zhiti.memory.kb;

/** What ingestion did with one file; {@code reason} explains skips. */
public record FileOutcome(String path, Status status, int chunks, String reason) {
    public enum Status { ADDED, REPLACED, UNCHANGED, SKIPPED }
}
