package zhiti.memory.kb;

/** Progress callbacks from {@link Ingestor}; called on the ingesting thread. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    default void started(int totalFiles) {}

    default void fileDone(int done, int totalFiles, FileOutcome outcome) {}

    default void finished(IngestReport report) {}
}
