package zhiti.memory.context;

/**
 * Token estimate for models whose tokenizer is unknown: 1.35 tokens per Han character, 0.30 per other visible
 * character and 0.10 per white-space character. Fitted to cl100k_base counts of Chinese analyst reports (about
 * 1.3–1.4 tokens per Han character) and English technical prose (about 4 characters per token); it over-counts
 * tokenizers trained on more Chinese (o200k, Qwen), which errs on the safe side for a budget.
 */
public final class EstimatingTokenCounter implements TokenCounter {
    static final double HAN = 1.35, OTHER = 0.30, SPACE = 0.10;

    @Override
    public int count(String text) {
        double t = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) t += HAN;
            else if (Character.isWhitespace(cp)) t += SPACE;
            else t += OTHER;
        }
        return (int) Math.ceil(t);
    }

    @Override public String name() { return "estimate"; }
}
