package zhiti.memory.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The default store: records in H2 ({@code DIR/records.mv.db}), text and vectors in Lucene ({@code DIR/index}).
 * <p>Write protocol, which makes a crash at any instant recoverable: (1) one H2 transaction replaces the document's
 * rows and marks it PENDING; (2) Lucene replaces the document's entries and commits; (3) H2 marks it DONE.
 * On open, every document not DONE is re-indexed from H2 (idempotent: Lucene entries are keyed by document), and
 * so is the whole index if it was written in an older {@link LuceneIndex#FORMAT}.
 */
public final class EmbeddedStore implements Store {
    private final Path dir;
    private final Embedder embedder;
    private final RecordDatabase db;
    private final LuceneIndex index;

    public EmbeddedStore(Path dir, Embedder embedder) {
        this.dir = dir;
        this.embedder = embedder;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + dir, e);
        }
        this.db = new RecordDatabase(dir);
        String model = embedder.name() + "/" + embedder.dimension();
        Optional<String> existing = db.meta("embedder");
        if (existing.isPresent() && !existing.get().equals(model)) {
            db.close();
            throw new IllegalArgumentException("store " + dir + " holds vectors from " + existing.get()
                    + " but the embedder is " + model + "; use the same embedder or a new store directory");
        }
        if (existing.isEmpty()) db.putMeta("embedder", model);
        this.index = new LuceneIndex(dir.resolve("index"));
        recover();
    }

    /**
     * Re-applies interrupted writes to the index. If the index still disagrees with the records (e.g. the OS lost
     * the record database's last writes in a power cut), the index is rebuilt from the records.
     */
    private void recover() {
        if (!LuceneIndex.FORMAT.equals(db.meta("index_format").orElse(null))) { // written by an older Zhiti
            index.deleteAll();
            reindex(db.allDocumentIds());
            index.commit(); // reindex commits only when there are documents
            db.putMeta("index_format", LuceneIndex.FORMAT);
        }
        List<String> pending = db.unsynced();
        reindex(pending);
        if (index.count() != db.chunkCount()) {
            index.deleteAll();
            reindex(db.allDocumentIds());
        }
    }

    private void reindex(List<String> docIds) {
        if (docIds.isEmpty()) return;
        for (String docId : docIds) {
            List<RecordDatabase.StoredChunk> rows = db.chunks(docId);
            if (rows.isEmpty()) index.delete(docId);
            else index.replace(docId, rows.stream().map(RecordDatabase.StoredChunk::chunk).toList(),
                    rows.stream().map(RecordDatabase.StoredChunk::vector).toList());
        }
        index.commit();
        docIds.forEach(db::markSynced);
    }

    public Path directory() { return dir; }

    @Override public Embedder embedder() { return embedder; }

    @Override public Optional<DocumentInfo> document(String docId) { return db.document(docId); }

    @Override public List<DocumentInfo> documents() { return db.documents(); }

    @Override
    public synchronized void replaceDocument(DocumentInfo doc, List<Chunk> chunks, List<float[]> vectors) {
        if (chunks.size() != vectors.size())
            throw new IllegalArgumentException(chunks.size() + " chunks but " + vectors.size() + " vectors");
        for (Chunk c : chunks)
            if (!c.docId().equals(doc.docId()))
                throw new IllegalArgumentException("chunk " + c.recordId() + " belongs to " + c.docId() + ", not " + doc.docId());
        for (float[] v : vectors)
            if (v.length != embedder.dimension())
                throw new IllegalArgumentException("vector has " + v.length + " dimensions; the store needs " + embedder.dimension());
        db.replace(doc, chunks, vectors);
        index.replace(doc.docId(), chunks, vectors);
        index.commit();
        db.markSynced(doc.docId());
    }

    @Override
    public synchronized boolean deleteDocument(String docId) {
        if (!db.markDeleting(docId)) return false;
        index.delete(docId);
        index.commit();
        db.markSynced(docId);
        return true;
    }

    @Override public Optional<Chunk> chunk(String recordId) { return db.chunk(recordId); }

    @Override
    public List<Chunk> chunks(String docId) {
        return db.chunks(docId).stream().map(RecordDatabase.StoredChunk::chunk).toList();
    }

    @Override public long chunkCount() { return db.chunkCount(); }

    @Override
    public List<float[]> vectors(String docId) {
        return db.chunks(docId).stream().map(RecordDatabase.StoredChunk::vector).toList();
    }

    /**
     * Compacts the index into one segment after a large ingest: searches then walk one HNSW graph instead of one
     * per segment. Costs a graph merge, so call it after bulk loads, not after every document.
     */
    public synchronized void optimize() {
        index.forceMerge();
    }

    /** Number of entries in the Lucene index (equals {@link #chunkCount()} in a consistent store). */
    public long indexedCount() { return index.count(); }

    @Override
    public List<Hit> search(SearchRequest r) {
        int pool = Math.max(r.k() * 4, 40); // fusion needs candidates beyond k from each ranker
        boolean hasText = r.text() != null && !r.text().isBlank();
        String text = r.mode() != SearchMode.VECTOR && hasText ? r.text() : null;
        float[] vector = null;
        if (r.mode() != SearchMode.BM25) vector = r.vector() != null ? r.vector() : embedder.embedQuery(r.text());
        if (text == null && vector == null) return List.of();
        // single rankers report their own score (BM25, or the kNN similarity); hybrid reports the fused RRF score
        return index.search(text, vector, r.filter(), r.k(), pool, r.bm25Weight(), r.vectorWeight(), r.rrfK(), r.fusion())
                .stream().map(x -> new Hit(x.chunk(), x.score())).toList();
    }

    @Override
    public synchronized void close() {
        index.close();
        db.close();
    }
}
