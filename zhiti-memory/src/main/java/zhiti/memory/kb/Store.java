package zhiti.memory.kb;

import java.util.List;
import java.util.Optional;

/**
 * The knowledge base: documents, their chunks and vectors, and hybrid search over them. Every mutating call is
 * atomic and durable when it returns, so a crash never leaves half a document visible. Implementations must pass
 * {@code StoreContract} (the abstract test suite).
 */
public interface Store extends AutoCloseable {
    /** The embedder whose vectors this store holds (used to embed query text). */
    Embedder embedder();

    Optional<DocumentInfo> document(String docId);

    List<DocumentInfo> documents();

    /**
     * Replaces everything stored for {@code doc.docId()} with these chunks and their vectors (same order, one each,
     * of the embedder's dimension), atomically and durably.
     */
    void replaceDocument(DocumentInfo doc, List<Chunk> chunks, List<float[]> vectors);

    /** Removes a document and its chunks; returns whether it existed. */
    boolean deleteDocument(String docId);

    Optional<Chunk> chunk(String recordId);

    /** The chunks of a document in order. */
    List<Chunk> chunks(String docId);

    long chunkCount();

    /**
     * The stored vectors of a document's chunks, in the order of {@link #chunks(String)} (empty for an unknown
     * document), so that re-ingesting an edited file embeds only the passages whose text changed.
     */
    List<float[]> vectors(String docId);

    List<Hit> search(SearchRequest request);

    @Override
    void close();
}
