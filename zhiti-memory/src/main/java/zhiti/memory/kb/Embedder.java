package zhiti.memory.kb;

import java.util.List;

/** Turns texts into unit-length vectors of a fixed dimension. Implementations must be thread-safe. */
public interface Embedder {
    int dimension();

    /** Embeds a batch; the result has one vector per input, in order, each L2-normalised. */
    List<float[]> embedAll(List<String> texts);

    default float[] embed(String text) { return embedAll(List.of(text)).get(0); }

    /** Embeds search queries; models trained with a query instruction override this. */
    default List<float[]> embedQueries(List<String> queries) { return embedAll(queries); }

    default float[] embedQuery(String query) { return embedQueries(List.of(query)).get(0); }

    /** Identifies model and version, so a store can refuse vectors from a different model. */
    String name();

    static float[] normalise(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        if (s == 0) return v;
        float inv = (float) (1 / Math.sqrt(s));
        for (int i = 0; i < v.length; i++) v[i] *= inv;
        return v;
    }
}
