package zhiti.memory.context;

import java.util.List;

/**
 * A model-free summarizer: appends the first sentence of each evicted message ("role: sentence") to the previous
 * summary and, when over the token limit, drops the oldest lines first (recent context matters more).
 */
public final class ExtractiveSummarizer implements Summarizer {
    @Override
    public String summarize(String previous, List<Message> evicted, int maxTokens, TokenCounter counter) {
        StringBuilder b = new StringBuilder(previous == null ? "" : previous);
        for (Message m : evicted) {
            if (!b.isEmpty()) b.append('\n');
            b.append(m.role()).append(": ").append(firstSentence(m.text()));
        }
        String s = b.toString();
        while (counter.count(s) > maxTokens) {
            int nl = s.indexOf('\n');
            if (nl < 0) return truncate(s, maxTokens, counter);
            s = s.substring(nl + 1);
        }
        return s;
    }

    private static String firstSentence(String t) {
        String s = t.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n' || (c == '.' || c == '!' || c == '?')
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))))
                return s.substring(0, c == '\n' ? i : i + 1);
        }
        return s;
    }

    static String truncate(String s, int maxTokens, TokenCounter counter) {
        int lo = 0, hi = s.length();
        while (lo < hi) { // longest prefix that fits
            int mid = (lo + hi + 1) >>> 1;
            if (counter.count(s.substring(0, mid)) <= maxTokens) lo = mid; else hi = mid - 1;
        }
        return s.substring(0, lo);
    }
}
