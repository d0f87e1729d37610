package zhiti.memory.kb;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * One Lucene index per store: BM25 over {@code text} analysed by SmartChineseAnalyzer (word segmentation for
 * Chinese, stemming for English), an HNSW graph over {@code vec} (dot product of unit vectors), and each chunk as
 * a binary doc value so a hit is rebuilt without touching the record database. Nothing is a stored field.
 */
final class LuceneIndex implements AutoCloseable {
    /** Version of the entry layout; a store whose index has another is re-indexed from its records on open. */
    static final String FORMAT = "2-hit-docvalues";
    private static final String DOC = "doc", KIND = "kind", TIME = "time", TEXT = "text",
            VEC = "vec", HIT = "hit";

    /**
     * Lucene's default codec, except that merging HNSW graphs uses every core. Left alone, a merge rebuilds the
     * graph on one thread (30 of the 43 minutes of loading 1M records here): the merge scheduler lends merges extra
     * threads only when it runs fewer merges than its thread budget, which is one on a 2-core machine. The format
     * and graph parameters are the defaults, so any Lucene reader opens the index.
     */
    private static final Codec CODEC = new FilterCodec(Codec.getDefault().getName(), Codec.getDefault()) {
        private final KnnVectorsFormat hnsw = parallelHnsw(Runtime.getRuntime().availableProcessors());
        private final KnnVectorsFormat perField = new PerFieldKnnVectorsFormat() {
            @Override public KnnVectorsFormat getKnnVectorsFormatForField(String field) { return hnsw; }
        };

        @Override public KnnVectorsFormat knnVectorsFormat() { return perField; }
    };

    private static KnnVectorsFormat parallelHnsw(int workers) {
        if (workers < 2) return new Lucene99HnswVectorsFormat();
        return new Lucene99HnswVectorsFormat(Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN,
                Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH, workers, daemonPool(workers, "zhiti-hnsw-merge"));
    }

    /** Threads idle between uses, so they must not keep the JVM alive. */
    private static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs the BM25 half of a hybrid search while the calling thread walks the HNSW graph (none on one core).
     * At 1M records hybrid p50 fell from 0.92–0.96 ms to 0.76–0.77 ms (two runs each); at 100k, where each half
     * takes ~0.15 ms, the hand-off costs about what it saves. If the helper is busy the caller runs BM25 itself.
     */
    private static final ExecutorService HELPER = Runtime.getRuntime().availableProcessors() < 2 ? null
            : daemonPool(Runtime.getRuntime().availableProcessors() - 1, "zhiti-bm25");

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    LuceneIndex(Path path) {
        try {
            dir = FSDirectory.open(path);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64).setCodec(CODEC);
            writer = new IndexWriter(dir, cfg);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene index in " + path, e);
        }
    }

    /** Replaces the indexed chunks of one document; not visible or durable until {@link #commit()}. */
    void replace(String docId, List<Chunk> chunks, List<float[]> vectors) {
        List<Document> docs = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) docs.add(toDocument(chunks.get(i), vectors.get(i)));
        try {
            writer.updateDocuments(new Term(DOC, docId), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String docId) {
        try {
            writer.deleteDocuments(new Term(DOC, docId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges into one segment (one HNSW graph per query instead of one per segment), then commits. */
    void forceMerge() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        commit();
    }

    void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toDocument(Chunk c, float[] vec) {
        Document d = new Document();
        d.add(new StringField(DOC, c.docId(), Field.Store.NO));
        d.add(new StringField(KIND, c.kind(), Field.Store.NO));
        d.add(new LongPoint(TIME, c.time()));
        d.add(new TextField(TEXT, c.text(), Field.Store.NO));
        d.add(new KnnFloatVectorField(VEC, vec, VectorSimilarityFunction.DOT_PRODUCT));
        d.add(new BinaryDocValuesField(HIT, encode(c)));
        return d;
    }

    /** The whole chunk as one doc value (length-prefixed UTF-8 strings, variable-length ints; -1 / absent = null). */
    static BytesRef encode(Chunk c) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            Locator l = c.locator();
            out.writeString(c.recordId());
            out.writeString(c.docId());
            out.writeString(c.kind());
            out.writeZLong(c.time());
            out.writeString(c.text());
            out.writeString(l.file());
            out.writeVInt(l.start());
            out.writeVInt(l.end());
            out.writeZInt(l.page() == null ? -1 : l.page());
            out.writeByte((byte) ((l.heading() == null ? 0 : 1) | (l.turn() == null ? 0 : 2)));
            if (l.heading() != null) out.writeString(l.heading());
            if (l.turn() != null) out.writeString(l.turn());
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Chunk decode(BytesRef b) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        String id = in.readString(), doc = in.readString(), kind = in.readString();
        long time = in.readZLong();
        String text = in.readString(), file = in.readString();
        int start = in.readVInt(), end = in.readVInt(), page = in.readZInt();
        byte present = in.readByte();
        String heading = (present & 1) != 0 ? in.readString() : null;
        String turn = (present & 2) != 0 ? in.readString() : null;
        return new Chunk(id, doc, kind, time, text, new Locator(file, start, end, page < 0 ? null : page, heading, turn));
    }

    /**
     * Rebuilds the chunks of the given hits from the {@code hit} doc values. Doc values are read uncompressed,
     * where stored fields decompress a whole block of neighbouring documents for every hit (measured: most of the
     * cost of a vector query at 20k records).
     */
    private static List<Ranked> load(IndexSearcher s, List<ScoreDoc> hits) throws IOException {
        Integer[] order = new Integer[hits.size()]; // doc values are read forwards, so visit hits in doc-id order
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> hits.get(i).doc));
        Chunk[] chunks = new Chunk[hits.size()];
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int leaf = -1;
        BinaryDocValues values = null;
        for (int i : order) {
            int doc = hits.get(i).doc, l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                values = leaves.get(l).reader().getBinaryDocValues(HIT);
            }
            if (values == null || !values.advanceExact(doc - leaves.get(l).docBase))
                throw new IllegalStateException("index entry " + doc + " has no stored chunk; the index needs a rebuild");
            chunks[i] = decode(values.binaryValue());
        }
        List<Ranked> out = new ArrayList<>(chunks.length);
        for (int i = 0; i < chunks.length; i++) out.add(new Ranked(chunks[i], hits.get(i).score));
        return out;
    }

    /** Analysed query terms, deduplicated, in order. */
    List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute att = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(att.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    /** A ranked hit: the chunk and the ranker's own score. */
    record Ranked(Chunk chunk, double score) {}

    private Query bm25Query(String text, SearchFilter filter) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : terms) any.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD);
        b.add(any.build(), Occur.MUST);
        Query f = filterQuery(filter);
        if (f != null) b.add(f, Occur.FILTER);
        return b.build();
    }

    /**
     * Runs BM25 (if text is given) and kNN (if a vector is given) on one searcher, fuses by reciprocal rank on
     * Lucene doc ids, and rebuilds chunks only for the final k.
     *
     * @param pool candidates taken from each ranker before fusion
     */
    List<Ranked> search(String text, float[] vector, SearchFilter filter, int k, int pool,
                        double bm25Weight, double vectorWeight, int rrfK, Fusion fusion) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                Query bq = text == null ? null : bm25Query(text, filter);
                int bmN = vector == null ? k : pool;
                FutureTask<ScoreDoc[]> bm = new FutureTask<>(() -> bq == null ? new ScoreDoc[0] : s.search(bq, bmN).scoreDocs);
                if (bq != null && vector != null && HELPER != null) HELPER.execute(bm);
                // HNSW explores about as many candidates as it is asked for, so asking for the pool even in
                // vector-only mode buys recall (0.92 → ≥0.95 at 100k records) for a fraction of a millisecond
                ScoreDoc[] kn = vector == null ? new ScoreDoc[0]
                        : s.search(new KnnFloatVectorQuery(VEC, vector, pool, filterQuery(filter)), pool).scoreDocs;
                bm.run(); // runs BM25 here unless the helper already has (then this returns at once)
                ScoreDoc[] bmDocs = result(bm);
                List<ScoreDoc> ranked;
                if (text == null) ranked = List.of(kn);
                else if (vector == null) ranked = List.of(bmDocs);
                else ranked = fusion == Fusion.MIN_MAX ? fuseMinMax(bmDocs, kn, bm25Weight, vectorWeight)
                        : fuse(bmDocs, kn, bm25Weight, vectorWeight, rrfK, k);
                return load(s, ranked.subList(0, Math.min(k, ranked.size())));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScoreDoc[] result(FutureTask<ScoreDoc[]> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the BM25 half of a search", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Reciprocal-rank fusion (Cormack et al. 2009): Σ w / (rrfK + rank), rank from 1; ties keep BM25 order. */
    static List<ScoreDoc> fuse(ScoreDoc[] bm, ScoreDoc[] kn, double wb, double wv, int rrfK, int k) {
        java.util.Map<Integer, double[]> score = new java.util.LinkedHashMap<>();
        for (int r = 0; r < bm.length; r++) score.computeIfAbsent(bm[r].doc, d -> new double[1])[0] += wb / (rrfK + r + 1);
        for (int r = 0; r < kn.length; r++) score.computeIfAbsent(kn[r].doc, d -> new double[1])[0] += wv / (rrfK + r + 1);
        List<ScoreDoc> out = new ArrayList<>(score.size());
        score.forEach((doc, v) -> out.add(new ScoreDoc(doc, (float) v[0])));
        out.sort((a, b) -> Float.compare(b.score, a.score)); // stable: ties keep insertion order
        return out;
    }

    /** Relative score fusion: each list's scores scaled to [0, 1] by its own min and max, then weighted and summed. */
    static List<ScoreDoc> fuseMinMax(ScoreDoc[] bm, ScoreDoc[] kn, double wb, double wv) {
        java.util.Map<Integer, double[]> score = new java.util.LinkedHashMap<>();
        addScaled(score, bm, wb);
        addScaled(score, kn, wv);
        List<ScoreDoc> out = new ArrayList<>(score.size());
        score.forEach((doc, v) -> out.add(new ScoreDoc(doc, (float) v[0])));
        out.sort((a, b) -> Float.compare(b.score, a.score));
        return out;
    }

    private static void addScaled(java.util.Map<Integer, double[]> score, ScoreDoc[] list, double w) {
        if (list.length == 0) return;
        double hi = list[0].score, lo = list[list.length - 1].score; // TopDocs are sorted by score
        for (ScoreDoc sd : list)
            score.computeIfAbsent(sd.doc, d -> new double[1])[0] += w * (hi == lo ? 1 : (sd.score - lo) / (hi - lo));
    }

    long count() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(new MatchAllDocsQuery());
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query filterQuery(SearchFilter f) {
        if (f == null || f.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (!f.docs().isEmpty()) b.add(anyOf(DOC, f.docs()), Occur.FILTER);
        if (!f.kinds().isEmpty()) b.add(anyOf(KIND, f.kinds()), Occur.FILTER);
        if (f.fromTime() != null || f.toTime() != null)
            b.add(LongPoint.newRangeQuery(TIME, f.fromTime() == null ? Long.MIN_VALUE : f.fromTime(),
                    f.toTime() == null ? Long.MAX_VALUE : f.toTime()), Occur.FILTER);
        return b.build();
    }

    private static Query anyOf(String field, Set<String> values) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) b.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        return b.build();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
