package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Located;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/** Shared readings of a claim's surroundings: year spans, the year a value belongs to, forecast wording. */
final class Context {
    static final Pattern YEAR_RANGE = Pattern.compile(
            "((?:19|20)\\d\\d)\\s*(?:年|财年|FY)?\\s*(?:-|–|—|~|～|至|到|to|through|and)\\s*((?:19|20)\\d\\d)");
    static final Pattern NEXT_YEARS = Pattern.compile("(?:未来|今后|过去|近|next|past|over the (?:next|past))\\s*(\\d+|[一二两三四五六七八九十])\\s*(?:个)?(?:年|years?)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern FORECAST = Pattern.compile("预计|预测|有望|将达|将会|将超|将|预期|展望|forecast|expect|project|will|estimate|outlook|could reach",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_BEFORE = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:年(?:底|末|初|全年)?|E|F)?(?:[^，,。；;\\d]|(?<=[A-Za-z]\\d{0,3})\\d){0,32}$");
    private static final Pattern YEAR_RIGHT_AFTER = Pattern.compile("\\s*(?:in|for|during|as of)\\s+(?:FY\\s?)?((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s*(?:[A-Za-z ]{0,12}\\s)?(?:in|for|during|by|as of|at the end of)\\s+(?:FY\\s?)?((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "2006 年，英伟达 GPU 性能…高出 4 倍": a year heading the clause before. */
    private static final Pattern YEAR_HEADING = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:年(?:底|末|初)?)?\\s*[，,]?(?:[^，,。；;\\d]|(?<=[A-Za-z]\\d{0,3})\\d){0,32}$");

    private Context() {
    }

    record Span(int from, int to) {
        int years() {
            return to - from;
        }
    }

    static Span yearRange(String s) {
        Matcher m = YEAR_RANGE.matcher(s);
        Span best = null;
        while (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            if (b > a && b - a <= 50) best = best == null ? new Span(a, b) : best;
        }
        return best;
    }

    static int nextYears(String s) {
        Matcher m = NEXT_YEARS.matcher(s);
        if (!m.find()) return 0;
        String g = m.group(1);
        if (g.matches("\\d+")) return Integer.parseInt(g);
        return new int[] {1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10}["一二两三四五六七八九十".indexOf(g)];
    }

    /** The year a value is written for: the nearest year printed just before it in the same clause, else 0. */
    static int yearOf(Doc d, Located n) {
        Matcher after = YEAR_RIGHT_AFTER.matcher(d.between(n.num().end(), Math.min(n.sentence().end(), n.num().end() + 16)));
        if (after.lookingAt()) return Integer.parseInt(after.group(1)); // "$9.2bn in 2024": English puts the year after
        int from = Math.max(n.sentence().start(), n.num().start() - 48);
        Matcher m = YEAR_BEFORE.matcher(d.between(from, n.num().start()));
        if (m.find()) return Integer.parseInt(m.group(1));
        Matcher a = YEAR_AFTER.matcher(d.between(n.num().end(), Math.min(n.sentence().end(), n.num().end() + 24)));
        if (a.lookingAt()) return Integer.parseInt(a.group(1)); // "$9.2bn in 2024"
        Matcher h = YEAR_HEADING.matcher(d.between(Math.max(n.sentence().start(), n.num().start() - 56), n.num().start()));
        return h.find() ? Integer.parseInt(h.group(h.groupCount() >= 1 ? 1 : 0)) : 0;
    }

    /** The sentence and up to {@code back} sentences before it in the paragraph, nearest first. */
    static List<Sentence> window(Doc d, Sentence s, int back) {
        List<Sentence> out = new ArrayList<>();
        out.add(s);
        out.addAll(d.before(s, back));
        return out;
    }

    static List<Located> amounts(Doc d, List<Sentence> window) {
        List<Located> out = new ArrayList<>();
        for (Sentence s : window)
            for (Located n : d.in(s)) if (n.num().unit().isAmount() && n.num().unit() != Unit.DAYS) out.add(n);
        return out;
    }

    private static final Pattern FROM = Pattern.compile("(?:从|由|\\bfrom)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO = Pattern.compile("^\\s*(?:的)?\\s*(?:[\\u4e00-\\u9fa5]{0,4})?\\s*(?:增长|增加|提升|上升|提高|下降|减少|降低|扩大|降|升|增|grew|rose|fell|increased|decreased|declined|went|jumped)?\\s*(?:至|到|为|\\bto)\\b?",
            Pattern.CASE_INSENSITIVE);

    /** "from $8.00 per hour in early 2023 to $4.00": what the first value is of, then "to". */
    private static final Pattern TO_LATER = Pattern.compile("[^，,。；;\\d]{0,30}(?:\\s\\d{4})?[^，,。；;\\d]{0,6}?\\s(?:to|至|到)\\s*", Pattern.CASE_INSENSITIVE);

    /** "从 A 增长至 B", "from A to B": the pair of same-kind amounts written that way in the sentence, or null. */
    static Located[] fromTo(Doc d, Sentence s) {
        List<Located> nums = new ArrayList<>(d.in(s));
        nums.removeIf(n -> n.num().unit() == zhiti.audit.text.Unit.YEAR); // "from $8 in 2023 to $4": the year is not a value
        for (int i = 0; i + 1 < nums.size(); i++) {
            Located a = nums.get(i), b = nums.get(i + 1);
            boolean shared = a.num().unit() == zhiti.audit.text.Unit.PLAIN && b.num().unit().isAmount(); // "from 1.2 to 4.2 million units"
            if ((!a.num().sameKind(b.num()) && !shared) || !a.num().unit().isAmount()) continue;
            if (FROM.matcher(d.between(Math.max(s.start(), a.num().start() - 6), a.num().start())).find()
                    && (TO.matcher(d.between(a.num().end(), b.num().start())).lookingAt() && d.between(a.num().end(), b.num().start()).length() <= 12
                    || TO_LATER.matcher(d.between(a.num().end(), b.num().start())).matches())) return new Located[] {a, b};
        }
        return null;
    }

    static boolean forecast(String s) {
        return FORECAST.matcher(s).find();
    }
}
