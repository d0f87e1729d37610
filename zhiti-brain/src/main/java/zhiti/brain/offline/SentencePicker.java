package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import zhiti.core.Citation;

/**
 * Picks the sentences of retrieved passages that answer a question best, so an extractive answer quotes a line
 * rather than a whole chunk: a sentence scores by how many of the question's terms (Latin words, Chinese character
 * pairs) it contains, per square root of its length, with a small bonus for the passage's retrieval rank.
 */
final class SentencePicker {

    /** A sentence and the passage it came from. */
    record Pick(String sentence, Citation from, double score, long hits) {
    }

    /**
     * Words that point at the documents or shape the question rather than name its subject ("what does the report
     * say", "报告认为…是什么"); a disclaimer full of "本报告" must not outrank the answer.
     */
    private static final Set<String> META = Set.of("报告", "告中", "告认", "认为", "什么", "是什", "么样", "哪些", "哪几",
            "几部", "文档", "提到", "怎么", "么说", "如何", "report", "reports", "document", "documents", "say", "says",
            "said", "what", "which", "does", "do", "did", "the", "about", "of", "in", "on", "is", "are", "and", "to",
            "how", "for", "according", "tell", "me");
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "^\\\\?\\[\\d+\\\\?\\]|https?://|\\bet al\\b|arXiv|^资料来源|^来源：|^图\\s*\\d+|^表\\s*\\d+");
    /** A question after an amount: how long, how many, what it costs, how big. */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("多长|多少|多大|几个|几倍|多久|规模|"
            + "成本|费用|价格|何时|什么时候|哪一?年|\\bhow (?:many|much|long|big|large|fast)\\b|\\bcost|\\bprice|\\bsize\\b|"
            + "\\bwhat share|\\bpercent|\\bwhen\\b|\\bwhich year|\\binvest",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    private static final double AMOUNT_BONUS = 1.5;
    private static final int MIN_CHARS = 8;
    private static final int SHORT = 40;
    private static final int MAX_CHARS = 300;

    private SentencePicker() {
    }

    /** How many of the question's subject terms a sentence must share to count as being about it at all. */
    static long enough(String question) {
        Set<String> terms = terms(question);
        terms.removeAll(META);
        return Math.max(2, Math.round(terms.size() * 0.3));
    }

    static List<Pick> best(String question, List<Citation> passages, int n) {
        Set<String> terms = terms(question);
        terms.removeAll(META);
        boolean amount = AMOUNT.matcher(question).find();
        List<Pick> all = new ArrayList<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            Citation c = passages.get(rank);
            for (String s : c.text().split("(?<=[。！？；!?])|(?<=[.!?])\\s+|\\n\\s*\\n")) {
                String t = s.strip().replaceAll("\\s+", " ").replaceAll("^#+\\s*", "");
                if (t.length() < MIN_CHARS) {
                    continue;
                }
                Set<String> own = terms(t);
                long hits = terms.stream().filter(own::contains).count();
                if (hits == 0) {
                    continue;
                }
                // per square root of length, but a caption-length line gains nothing from being short
                double score = hits / Math.sqrt(Math.max(SHORT, Math.min(t.length(), MAX_CHARS))) + 0.05 / (rank + 1);
                if (amount && DIGIT.matcher(t).find()) {
                    score *= AMOUNT_BONUS; // "支持多长的上下文？" is answered by the sentence with the number in it
                }
                if (REFERENCE.matcher(t).find()) {
                    score *= 0.3; // a bibliography line answers only when nothing else names the subject
                }
                all.add(new Pick(t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) + "…" : t, c, score, hits));
            }
        }
        all.sort(Comparator.comparingDouble(Pick::score).reversed());
        return all.stream().limit(n).toList();
    }

    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile(
            "[?？;；]|[,，]\\s*(?:and|以及|还有|并且|另外)|\\band (?:what|how|which|when)\\b|以及|还有|"
                    + "，(?=[^，。？?]{0,30}(?:多少|几|什么|哪))",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The best sentence for each part of a question that asks several things ("…since 1945? And since 2015?"),
     * then the best for the whole, up to {@code n} in all.
     */
    static List<Pick> bestPerPart(String question, List<Citation> passages, int n) {
        List<Pick> out = new ArrayList<>();
        String[] parts = PARTS.split(question);
        if (parts.length > 1) {
            for (String part : parts) {
                Set<String> own = terms(part);
                own.removeAll(META);
                if (own.size() < 2) {
                    continue;
                }
                best(part, passages, n).stream().filter(p -> out.stream().noneMatch(o -> o.sentence().equals(p.sentence())))
                        .findFirst().ifPresent(out::add);
            }
        }
        for (Pick p : best(question, passages, n)) {
            if (out.size() >= n) {
                break;
            }
            if (out.stream().noneMatch(o -> o.sentence().equals(p.sentence()))) {
                out.add(p);
            }
        }
        return out.size() > n ? out.subList(0, n) : out;
    }

    /** Lower-case Latin words of two or more letters, and every pair of adjacent CJK characters. */
    static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flush(word, out);
                if (prev >= 0) {
                    out.add(Character.toString(prev) + Character.toString(cp));
                }
                prev = cp;
            } else {
                prev = -1;
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(cp);
                } else {
                    flush(word, out);
                }
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, Set<String> out) {
        if (word.length() >= 2) {
            out.add(word.toString());
        }
        word.setLength(0);
    }
}
