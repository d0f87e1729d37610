package zhiti.econ.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds a normalised catalog name ({@link NameIndex#normalize}) in free text as whole words, so that a name inside
 * a longer word ("gpt" in "MemGPT", "gpt4" in "GPT-4o") is not a mention.
 *
 * <p>The text is cut into tokens: a word is a maximal run of letters and digits (a '.' between two digits stays in
 * the word, so "3.5" is one number and "GPT 3.5" does not name GPT-3); each Chinese, Japanese or Korean character
 * is a token of its own, because those scripts do not mark word ends ("用A100训练" holds the word "A100"); any
 * other symbol ("×", "$", "(") is a one-character token. Spaces, '-', '_', '.' and '·' only separate tokens, as
 * {@link NameIndex#normalize} drops them. A name matches a run of whole consecutive tokens whose text joined is the
 * name; the last word may carry a plural "s" ("A100s"), unless that form is a name of its own ("L40S").
 *
 * <p>A bare family word followed by a version or size ("Mixtral 8x22B", "PaLM 2", "BERT-Base", "Sora 2") names a
 * sibling, not the catalog's member of the family, so it is not a mention of the family alias.
 */
final class MentionScanner {

    private static final String CURRENCY = "$¥€£￥";
    private static final Pattern FAMILY_WORD = Pattern.compile("[a-z]+");
    /** "2", "1.5", "8x22b", "3b", "110m": a version number or a size, not a year such as 2024. */
    private static final Pattern VERSION_OR_SIZE = Pattern.compile("\\d{1,2}(\\.\\d+)?|\\d+(\\.\\d+)?[a-z]\\w*");
    private static final Set<String> SIZE_WORDS = Set.of("base", "small", "mini", "tiny", "medium", "large", "xl",
            "xxl", "turbo", "pro", "nano", "lite", "ultra", "flash", "max", "plus");

    private enum Kind { WORD, CJK, SYMBOL }

    /**
     * @param text the token as a name key is written: lower case, without the '.' of a decimal
     * @param raw  the token as in the text, lower case
     */
    private record Token(String text, String raw, int start, int end, Kind kind, boolean singleLowerLetter) {
    }

    /** Where a name was found, in characters of the scanned text. */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }
    }

    private final String text;
    private final List<Token> tokens;

    MentionScanner(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /**
     * The first place {@code key} (already normalised) is named as whole tokens.
     *
     * @param isName whether a normalised form is itself a catalog name (a plural reading yields to it)
     */
    Optional<Span> find(String key, Predicate<String> isName) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!key.startsWith(tokens.get(i).text()) && !isPlural(tokens.get(i), key, isName)) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                joined.append(t.text());
                String s = joined.toString();
                boolean exact = s.equals(key);
                if ((exact || isPlural(t, key, s, isName)) && plausibleStart(i, j) && !namesASibling(key, j)) {
                    return Optional.of(new Span(tokens.get(i).start(), t.end()));
                }
                if (exact || !key.startsWith(s)) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private boolean isPlural(Token first, String key, Predicate<String> isName) {
        return isPlural(first, key, first.text(), isName);
    }

    /** "A100s" names the A100, but "L40S" is a chip of its own and "gpts" does not name "gpt" unless it is a key. */
    private static boolean isPlural(Token last, String key, String joined, Predicate<String> isName) {
        return last.kind() == Kind.WORD && joined.length() == key.length() + 1 && joined.endsWith("s")
                && joined.startsWith(key) && Character.isLetterOrDigit(key.charAt(key.length() - 1))
                && !isName.test(joined);
    }

    /**
     * Two readings that would be false mentions: the English article before a number ("a 100-GPU cluster" is not
     * an A100) and a number after a currency sign ("$910B" is 910 billion dollars, not an Ascend 910B).
     */
    private boolean plausibleStart(int first, int last) {
        Token t = tokens.get(first);
        if (t.singleLowerLetter() && last > first) {
            return false;
        }
        if (t.kind() == Kind.WORD && Character.isDigit(t.text().charAt(0))) {
            int k = t.start() - 1;
            while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            return k < 0 || CURRENCY.indexOf(text.charAt(k)) < 0;
        }
        return true;
    }

    /** Whether {@code key} is a bare family word and the token after the match qualifies it as another member. */
    private boolean namesASibling(String key, int last) {
        if (!FAMILY_WORD.matcher(key).matches() || last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        return next.kind() == Kind.WORD
                && (VERSION_OR_SIZE.matcher(next.raw()).matches() || SIZE_WORDS.contains(next.raw()));
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                i++;
            } else if (isCjk(c)) {
                out.add(new Token(String.valueOf(c), String.valueOf(c), i, i + 1, Kind.CJK, false));
                i++;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < text.length() && (isWordChar(text.charAt(end)) || isDecimalPoint(text, end))) {
                    end++;
                }
                String raw = text.substring(i, end).toLowerCase(Locale.ROOT);
                boolean lowerLetter = raw.length() == 1 && Character.isLowerCase(c);
                out.add(new Token(raw.replace(".", ""), raw, i, end, Kind.WORD, lowerLetter));
                i = end;
            } else {
                String symbol = String.valueOf(c).toLowerCase(Locale.ROOT);
                out.add(new Token(symbol, symbol, i, i + 1, Kind.SYMBOL, false));
                i++;
            }
        }
        return out;
    }

    /** The characters {@link NameIndex#normalize} removes: they join or split words but never belong to a name. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '_' || c == '.' || c == '·';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    private static boolean isDecimalPoint(String s, int i) {
        return s.charAt(i) == '.' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                && Character.isDigit(s.charAt(i + 1));
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
