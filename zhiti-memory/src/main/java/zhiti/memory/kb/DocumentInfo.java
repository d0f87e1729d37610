package zhiti.memory.kb;

/**
 * A stored document: its id, source path, SHA-256 content hash (hex), format, time (epoch ms) and chunk count.
 */
public record DocumentInfo(String docId, String path, String contentHash, String format, long time, int chunkCount) {
    public DocumentInfo {
        if (docId == null || docId.isBlank()) throw new IllegalArgumentException("document needs an id");
        if (contentHash == null || contentHash.isBlank()) throw new IllegalArgumentException("document needs a content hash");
    }
}
