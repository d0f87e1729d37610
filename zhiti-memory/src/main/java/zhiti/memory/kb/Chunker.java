package zhiti.memory.kb;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into passages of at most {@code maxChars} characters that end at sentence boundaries where possible.
 * Chinese sentences end at 。！？； (and their full-width kin), English ones at . ! ? followed by white space, and
 * blank lines end paragraphs. Consecutive passages share up to {@code overlapChars} characters of whole trailing
 * sentences so a fact straddling a boundary stays retrievable. Offsets are those of the input text plus a base.
 */
public final class Chunker {
    /** A piece of text and its [start, end) span in the original text. */
    public record Piece(String text, int start, int end) {}

    private final int maxChars;
    private final int overlapChars;

    public Chunker(int maxChars, int overlapChars) {
        if (maxChars < 20) throw new IllegalArgumentException("chunk size must be >= 20 characters, got " + maxChars);
        if (overlapChars < 0 || overlapChars >= maxChars / 2)
            throw new IllegalArgumentException("overlap must be >= 0 and < half the chunk size (" + maxChars / 2
                    + "), got " + overlapChars);
        this.maxChars = maxChars;
        this.overlapChars = overlapChars;
    }

    public static Chunker defaults() { return new Chunker(500, 80); }

    public int maxChars() { return maxChars; }

    public int overlapChars() { return overlapChars; }

    /** Sentence spans (trimmed of surrounding white space); long sentences are cut into maxChars pieces. */
    public List<Piece> sentences(String text) {
        List<Piece> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int endExclusive = i + 1;
            int resume = -1;
            if (isCjkStop(c)) {
                end = true;
                // keep closing quotes/brackets with the sentence they close
                while (endExclusive < n && isCloser(text.charAt(endExclusive))) endExclusive++;
            } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))
                    || isCloser(text.charAt(i + 1)))) {
                end = true;
                while (endExclusive < n && isCloser(text.charAt(endExclusive))) endExclusive++;
            } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                end = true;
                endExclusive = i;
                resume = i + 2;
            }
            if (end) {
                addTrimmed(text, start, endExclusive, out);
                start = resume >= 0 ? resume : endExclusive;
                i = start - 1;
            }
        }
        addTrimmed(text, start, n, out);
        return out;
    }

    private void addTrimmed(String text, int s, int e, List<Piece> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (s >= e) return;
        // a sentence longer than a chunk is cut, with overlap, so no piece exceeds the limit
        int step = maxChars - overlapChars;
        for (int p = s; p < e; p += step) {
            int q = Math.min(e, p + maxChars);
            out.add(new Piece(text.substring(p, q), p, q));
            if (q == e) break;
        }
    }

    /** Packs sentences into passages; every returned piece has length <= maxChars. */
    public List<Piece> chunk(String text) {
        List<Piece> sents = sentences(text);
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < sents.size()) {
            int first = i;
            int start = sents.get(i).start();
            int end = sents.get(i).end();
            i++;
            while (i < sents.size() && sents.get(i).end() - start <= maxChars) {
                end = sents.get(i).end();
                i++;
            }
            out.add(new Piece(text.substring(start, end), start, end));
            if (i >= sents.size()) break;
            // step back over whole trailing sentences that fit in the overlap, but always make progress
            int back = i;
            while (back - 1 > first && end - sents.get(back - 1).start() <= overlapChars) back--;
            if (back < i && sents.get(i).end() - sents.get(back).start() <= maxChars) i = back;
        }
        return out;
    }

    private static boolean isCjkStop(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '．';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '\'' || c == '》';
    }
}
