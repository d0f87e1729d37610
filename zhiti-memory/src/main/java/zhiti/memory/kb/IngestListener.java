package zhiti.memory.kb;

/** Progress callbacks from {@link Ingestor}; called on the ingesting thread. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    default void started(int totalFiles) {}

    /** Within one large file: {@code embedded} of its {@code toEmbed} passages have been through the model. */
    default void embedding(int filesDone, int totalFiles, String file, int embedded, int toEmbed) {}

    default void fileDone(int done, int totalFiles, FileOutcome outcome) {}

    default void finished(IngestReport report) {}
}
