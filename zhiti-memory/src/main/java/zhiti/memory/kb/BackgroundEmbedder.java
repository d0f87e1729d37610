package zhiti.memory.kb;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * An embedder whose model loads on a background thread from the moment this is created, so a command can open
 * its store and replay its memory on the other core meanwhile (loading the ONNX model takes most of a second).
 * Name and dimension are known up front; the first embedding waits for the model.
 */
public final class BackgroundEmbedder implements Embedder {
    private final String name;
    private final int dimension;
    private final CompletableFuture<Embedder> model;

    public BackgroundEmbedder(String name, int dimension, Supplier<Embedder> load) {
        this.name = name;
        this.dimension = dimension;
        this.model = CompletableFuture.supplyAsync(() -> warm(load.get()), r -> {
            Thread t = new Thread(r, "embedder-load");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The shipped bge-small-zh model, loading in the background. */
    public static BackgroundEmbedder bgeSmallZh() {
        return new BackgroundEmbedder(BgeSmallZhEmbedder.NAME, BgeSmallZhEmbedder.DIMENSION, BgeSmallZhEmbedder::new);
    }

    /** The first inference sets up the ONNX session's buffers (a few hundred ms); do it here, off the caller's path. */
    private static Embedder warm(Embedder e) {
        e.embed("。");
        return e;
    }

    private Embedder model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            // the loader's own failure, not the wrapper, is what the caller can act on
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    @Override public int dimension() { return dimension; }

    @Override public String name() { return name; }

    @Override public List<float[]> embedAll(List<String> texts) { return model().embedAll(texts); }

    @Override public List<float[]> embedQueries(List<String> queries) { return model().embedQueries(queries); }
}
