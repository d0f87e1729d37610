package zhiti.memory.kb;

/**
 * One retrievable unit: a passage of a document or one turn of a conversation.
 *
 * @param recordId unique in a store ({@code docId#ordinal} for passages, {@code docId#turnId} for turns)
 * @param docId    the document it belongs to
 * @param kind     what it is ({@code passage}, {@code turn}, or a memory kind); filterable
 * @param time     epoch milliseconds the content is about (file modification time or turn time); filterable
 */
public record Chunk(String recordId, String docId, String kind, long time, String text, Locator locator) {
    public Chunk {
        if (recordId == null || recordId.isBlank()) throw new IllegalArgumentException("chunk needs a record id");
        if (docId == null || docId.isBlank()) throw new IllegalArgumentException("chunk needs a document id");
        if (kind == null || kind.isBlank()) throw new IllegalArgumentException("chunk needs a kind");
        if (text == null) throw new IllegalArgumentException("chunk text must not be null");
        if (locator == null) throw new IllegalArgumentException("chunk needs a locator");
    }
}
