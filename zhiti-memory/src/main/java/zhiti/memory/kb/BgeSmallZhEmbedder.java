package zhiti.memory.kb;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The in-process bge-small-zh-v1.5 (quantized ONNX, 512 dimensions) model shipped inside the LangChain4j jar.
 * LangChain4j splits each batch across the executor, so one thread per core keeps both cores busy. Tried and
 * dropped: padding texts into one batched tensor (slower here, and with this dynamically quantised model it moved
 * vectors to cosine 0.987 of the unbatched ones), and an ONNX session with one intra-op thread per task (no faster
 * than the default on 2 cores over three interleaved runs).
 * The tokenizer's native library is unpacked under {@code DJL_CACHE_DIR}; set it (system property) to keep
 * that cache out of the user's home directory.
 */
public final class BgeSmallZhEmbedder implements Embedder, AutoCloseable {
    public static final int DIMENSION = 512;
    public static final String NAME = "bge-small-zh-v1.5-q";
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
        this.model = new Model(pool, encoder());
    }

    /**
     * The shipped model and tokenizer in an ONNX session of our own, whose threads (one per core) never
     * spin-wait. The default session's threads spin between inferences, which on two cores took CPU from
     * everything else a server does (HTTP, other runs).
     */
    private static OnnxBertBiEncoder encoder() {
        ClassLoader cl = BgeSmallZhEmbedder.class.getClassLoader();
        try (InputStream onnx = cl.getResourceAsStream("bge-small-zh-v1.5-q.onnx");
             InputStream tokenizer = cl.getResourceAsStream("bge-small-zh-v1.5-q-tokenizer.json");
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (onnx == null || tokenizer == null) throw new IllegalStateException("the bge-small-zh model is not on the class path");
            options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bge-small-zh model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the bge-small-zh model: " + e.getMessage(), e);
        }
    }

    /** LangChain4j's in-process model over our encoder (it splits batches across the executor). */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(java.util.concurrent.Executor executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }

    @Override public int dimension() { return DIMENSION; }

    @Override public String name() { return NAME; }

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
    }
}
