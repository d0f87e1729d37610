package zhiti.audit.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's text into sentences with their spans, and numbers each sentence's paragraph (a line or a
 * blank-line block), so checks can look for inputs in the same sentence first, then earlier in the paragraph.
 */
public final class Sentences {

    public record Sentence(int index, int paragraph, int start, int end, String text) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Sentences() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n';
            boolean stop = c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
                    || (c == '.' && i + 1 < n && Character.isWhitespace(text.charAt(i + 1)) && i > 0 && startsSentence(text, i + 1) && !abbreviation(text, i));
            if (stop || lineEnd || i == n - 1) {
                int end = lineEnd ? i : i + 1;
                if (end > start && !text.substring(start, end).isBlank())
                    out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end)));
                start = i + 1;
                if (lineEnd) paragraph++;
            }
        }
        return out;
    }

    /** After ". ": a capital, a CJK character, a quote or a line end begins a new sentence; "3. 5" or "e.g. the" does not. */
    private static boolean startsSentence(String text, int from) {
        int j = from;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        if (j >= text.length()) return true;
        char c = text.charAt(j);
        return Character.isUpperCase(c) || c == '\n' || c == '"' || c == '“' || c == '(' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        String w = text.substring(s, dot);
        return w.length() <= 3 && (w.equals("e.g") || w.equals("i.e") || w.equals("vs") || w.equals("No") || w.equals("Fig")
                || w.equals("al") || w.equals("Inc") || w.equals("Co") || w.equals("etc") || w.equals("U.S") || w.length() == 1);
    }
}
