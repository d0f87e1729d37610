package zhiti.memory.kb;

import java.util.List;

/** Per-file outcomes of one ingestion run, with counts. */
public record IngestReport(List<FileOutcome> files, long elapsedMillis) {
    public IngestReport {
        files = List.copyOf(files);
    }

    public long count(FileOutcome.Status s) {
        return files.stream().filter(f -> f.status() == s).count();
    }

    public int chunksWritten() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.ADDED || f.status() == FileOutcome.Status.REPLACED)
                .mapToInt(FileOutcome::chunks).sum();
    }

    /** Chunks that went through the embedding model (the rest of {@link #chunksWritten()} reused stored vectors). */
    public int chunksEmbedded() {
        return files.stream().mapToInt(FileOutcome::embedded).sum();
    }

    public List<FileOutcome> skipped() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.SKIPPED).toList();
    }
}
