package zhiti.memory.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Deterministic embedder for tests and offline fallbacks: signed feature hashing of lower-cased Latin words and of
 * CJK character unigrams and bigrams. Texts sharing words or characters get similar vectors, so retrieval tests
 * behave sensibly without loading a model.
 */
public final class HashingEmbedder implements Embedder {
    private final int dimension;

    public HashingEmbedder(int dimension) {
        if (dimension < 8) throw new IllegalArgumentException("dimension must be >= 8, got " + dimension);
        this.dimension = dimension;
    }

    @Override public int dimension() { return dimension; }

    @Override public String name() { return "hashing-" + dimension; }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(embedOne(t));
        return out;
    }

    private float[] embedOne(String text) {
        float[] v = new float[dimension];
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int prevCjk = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flush(word, v);
                add(v, "u" + Character.toString(cp));
                if (prevCjk >= 0) add(v, "b" + Character.toString(prevCjk) + Character.toString(cp));
                prevCjk = cp;
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                prevCjk = -1;
            } else {
                flush(word, v);
                prevCjk = -1;
            }
        }
        flush(word, v);
        return Embedder.normalise(v);
    }

    private void flush(StringBuilder word, float[] v) {
        if (!word.isEmpty()) {
            add(v, "w" + word);
            word.setLength(0);
        }
    }

    private void add(float[] v, String feature) {
        int h = mix(feature.hashCode());
        v[Math.floorMod(h, dimension)] += (h & 0x40000000) == 0 ? 1f : -1f;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }
}
