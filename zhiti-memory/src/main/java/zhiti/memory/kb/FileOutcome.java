package zhiti.memory.kb;

/**
 * What ingestion did with one file: {@code chunks} written, of which {@code embedded} went through the model (the
 * rest reused the stored vectors of unchanged passages); {@code reason} explains skips.
 */
public record FileOutcome(String path, Status status, int chunks, int embedded, String reason) {
    public enum Status { ADDED, REPLACED, UNCHANGED, SKIPPED }

    public static FileOutcome skipped(String path, String reason) {
        return new FileOutcome(path, Status.SKIPPED, 0, 0, reason);
    }
}
