package zhiti.memory.bench;

import zhiti.memory.kb.Embedder;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Vectors and texts that look like a real embedded corpus without embedding millions of texts: a mixture of
 * {@code topics} Gaussian clusters in {@code dim} dimensions with a power-law variance spectrum (variance of
 * dimension d ∝ (d+1)^-0.5, as sentence-embedding spectra decay), each record = its topic centre plus
 * record-level noise of comparable size, then L2-normalised. Texts draw words Zipf-style from a per-topic
 * vocabulary plus a shared one, so BM25 and vectors agree only partly, as in real data. Queries are fresh draws
 * from the same process (not corpus members) with 6-word texts. Deterministic for a seed.
 */
final class SyntheticCorpus {
    static final String DESCRIPTION = "synthetic: Gaussian mixture of %d topic clusters in %d dims, power-law variance"
            + " spectrum (d+1)^-0.5, intra-topic noise 0.8x topic spread, L2-normalised; queries are fresh draws";

    final int dim;
    final int topics;
    private final float[][] centres;
    private final float[] scale;
    private final long seed;

    SyntheticCorpus(int dim, int topics, long seed) {
        this.dim = dim;
        this.topics = topics;
        this.seed = seed;
        this.scale = new float[dim];
        for (int d = 0; d < dim; d++) scale[d] = (float) Math.pow(d + 1, -0.25); // std, so variance ∝ (d+1)^-0.5
        Random r = new Random(seed);
        centres = new float[topics][dim];
        for (float[] c : centres) for (int d = 0; d < dim; d++) c[d] = (float) (r.nextGaussian() * scale[d]);
    }

    String description() { return String.format(DESCRIPTION, topics, dim); }

    int topicOf(long i) { return (int) Math.floorMod(mix(i * 0x9E3779B97F4A7C15L + seed), (long) topics); }

    /** Record i's vector (i < 0 for queries, which never collide with corpus ids). */
    float[] vector(long i) {
        SplittableRandom r = new SplittableRandom(seed ^ mix(i));
        float[] c = centres[topicOf(i)];
        float[] v = new float[dim];
        for (int d = 0; d < dim; d++) v[d] = c[d] + (float) (0.8 * nextGaussian(r) * scale[d]);
        return Embedder.normalise(v);
    }

    /** Record i's text: 12 words, 60% from its topic's vocabulary, 40% shared. */
    String text(long i) {
        return text(i, 12);
    }

    /** Query i's text: 6 words drawn like a record's (queries are shorter than passages). */
    String queryText(long i) {
        return text(i, 6);
    }

    private String text(long i, int words) {
        SplittableRandom r = new SplittableRandom(seed ^ mix(i) ^ 0x5DEECE66DL);
        int t = topicOf(i);
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int rank = zipf(r, 200);
            // letters only: the analyzer splits digits from letters, which would turn ids into stop-word-like tokens
            if (r.nextDouble() < 0.6) b.append(letters(t)).append('q').append(letters(rank));
            else b.append("z").append(letters(rank));
            b.append(' ');
        }
        return b.toString().trim();
    }

    List<float[]> vectors(long from, int n) {
        List<float[]> out = new ArrayList<>(n);
        for (long i = from; i < from + n; i++) out.add(vector(i));
        return out;
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.toString();
    }

    private static int zipf(SplittableRandom r, int n) {
        // inverse-CDF approximation of Zipf(1) over 1..n
        return (int) Math.min(n, Math.max(1, Math.floor(Math.exp(r.nextDouble() * Math.log(n + 1)))));
    }

    private static double nextGaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
