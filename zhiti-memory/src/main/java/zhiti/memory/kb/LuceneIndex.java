package zhiti.memory.kb;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One Lucene index per store: BM25 over {@code text} analysed by SmartChineseAnalyzer (word segmentation for
 * Chinese, stemming for English), an HNSW graph over {@code vec} (dot product of unit vectors), and stored fields
 * so a hit is rebuilt without touching the record database.
 */
final class LuceneIndex implements AutoCloseable {
    private static final String ID = "record_id", DOC = "doc", KIND = "kind", TIME = "time", TEXT = "text",
            VEC = "vec", FILE = "file", START = "start", END = "end", PAGE = "page", HEADING = "heading", TURN = "turn";

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    LuceneIndex(Path path) {
        try {
            dir = FSDirectory.open(path);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
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
        Locator l = c.locator();
        d.add(new StringField(ID, c.recordId(), Field.Store.YES));
        d.add(new StringField(DOC, c.docId(), Field.Store.YES));
        d.add(new StringField(KIND, c.kind(), Field.Store.YES));
        d.add(new LongPoint(TIME, c.time()));
        d.add(new StoredField(TIME, c.time()));
        d.add(new TextField(TEXT, c.text(), Field.Store.YES));
        d.add(new KnnFloatVectorField(VEC, vec, VectorSimilarityFunction.DOT_PRODUCT));
        d.add(new StoredField(FILE, l.file()));
        d.add(new StoredField(START, l.start()));
        d.add(new StoredField(END, l.end()));
        if (l.page() != null) d.add(new StoredField(PAGE, l.page()));
        if (l.heading() != null) d.add(new StoredField(HEADING, l.heading()));
        if (l.turn() != null) d.add(new StoredField(TURN, l.turn()));
        return d;
    }

    private static Chunk toChunk(Document d) {
        var page = d.getField(PAGE);
        Locator l = new Locator(d.get(FILE), d.getField(START).numericValue().intValue(),
                d.getField(END).numericValue().intValue(), page == null ? null : page.numericValue().intValue(),
                d.get(HEADING), d.get(TURN));
        return new Chunk(d.get(ID), d.get(DOC), d.get(KIND), d.getField(TIME).numericValue().longValue(), d.get(TEXT), l);
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

    /** Ranked record hits; the list index is the rank. */
    record Ranked(Chunk chunk, float score) {}

    List<Ranked> bm25(String text, SearchFilter filter, int n) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) return List.of();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : terms) any.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD);
        b.add(any.build(), Occur.MUST);
        Query f = filterQuery(filter);
        if (f != null) b.add(f, Occur.FILTER);
        return run(b.build(), n);
    }

    List<Ranked> knn(float[] vector, SearchFilter filter, int n) {
        return run(new KnnFloatVectorQuery(VEC, vector, n, filterQuery(filter)), n);
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

    private List<Ranked> run(Query q, int n) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(q, n);
                StoredFields sf = s.storedFields();
                List<Ranked> out = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) out.add(new Ranked(toChunk(sf.document(sd.doc)), sd.score));
                return out;
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
