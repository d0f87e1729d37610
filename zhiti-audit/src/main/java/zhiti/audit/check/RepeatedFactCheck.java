package zhiti.audit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * The same measured fact printed twice with different values: "2022 年全球服务器市场规模达到 848.7 亿美元" here and
 * "2022 年全球服务器市场规模为 950 亿美元" there. A fact is keyed by its year and the words naming it (the clause from
 * the year to the value, without verbs and hedges), so only statements that name the same thing the same way are
 * compared. Forecasts, estimates and hedged values are left out: two forecasts may differ honestly.
 */
public final class RepeatedFactCheck implements Check {
    private static final Pattern FACT = Pattern.compile("^\\s*(?:年|年底|年末|年全年|年度)?\\s*[，,]?\\s*(?:，|,)?(?<subject>[^，,。；;：:\\d%（）()]{3,30}?)\\s*"
            + "(?:规模|总额|收入|营收|出货量|销量|市场规模)?\\s*(?:达到了?|达|为|是|约为|共计|合计|增至|录得|reached|was|were|stood at|totall?ed|of|at|hit)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*(?=年|\\s|,|，)");
    /** Forecasts and estimates: two of them may differ honestly. "约" and "about" stay in: agree() widens for them. */
    private static final Pattern HEDGE = Pattern.compile("预计|预测|有望|将|预期|估计|forecast|expect|projected|estimate|will",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOISE = Pattern.compile("\\s+|的|全年|年度|the|of|in|its|total|整体|总体", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        Map<String, List<Located>> facts = new LinkedHashMap<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                if (HEDGE.matcher(s.text()).find()) continue;
                var ym = YEAR.matcher(s.text());
                while (ym.find()) {
                    int yearEnd = s.start() + ym.end();
                    Located value = null;
                    for (Located n : d.in(s))
                        if (n.num().start() >= yearEnd && n.num().unit().isAmount() && n.num().unit() != Unit.PLAIN) {
                            value = n;
                            break;
                        }
                    if (value == null || value.num().bound() != Num.Bound.EXACT) continue;
                    var fm = FACT.matcher(d.between(yearEnd, value.num().start()));
                    if (!fm.find()) continue;
                    String subject = NOISE.matcher(fm.group("subject")).replaceAll("");
                    if (subject.codePointCount(0, subject.length()) < 4) continue;
                    String key = ym.group(1) + "|" + subject.toLowerCase(java.util.Locale.ROOT) + "|" + value.num().unit() + "|" + value.num().currency();
                    facts.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
        overSpans(corpus, facts);
        shares(corpus, facts);
        namedEntities(corpus, facts);
        List<Claim> out = new ArrayList<>();
        for (Map.Entry<String, List<Located>> e : facts.entrySet()) {
            List<Located> stated = e.getValue();
            for (Located n : stated)
                for (Located m : stated)
                    if (m != n && !agree(n, m)) {
                        String[] k = e.getKey().split("\\|");
                        String what = k[1] + " (" + (k[0].startsWith("span ") ? "over " + Judge.fmt(Double.parseDouble(k[0].substring(5, k[0].length() - 1)) / 365.25) + " years" : k[0]) + ")";
                        out.add(new Claim(n.doc(), n.num().start(), n.num().end(), n.num().text(), ClaimKind.SAME_FACT, Verdict.INCONSISTENT,
                                n.value(), m.value(), n.num().currency() != null ? n.num().currency() : n.num().unit().symbol(),
                                "one fact has one value", List.of(Input.of(what + ", stated elsewhere", m)),
                                List.of(m.doc().equals(n.doc()) ? "same document" : m.doc()),
                                String.format("%s is %s here and %s %s", what, n.num().text(), m.num().text(),
                                        m.doc().equals(n.doc()) ? "elsewhere in this document" : "in " + m.doc()), m));
                        break;
                    }
        }
        return out;
    }

    /**
     * A change over a stated span, said twice: "在 14 年的时间里，全网算力增加了 3 万亿倍" and "14 年全网算力增加了 4 万亿倍".
     * Keyed by the span and the words of the clause before the figure, with the span itself taken out.
     */
    private static void overSpans(Corpus corpus, Map<String, List<Located>> facts) {
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                if (HEDGE.matcher(s.text()).find()) continue;
                List<Located> nums = d.in(s);
                Located span = null;
                for (Located n : nums) if (n.num().unit() == Unit.DAYS && n.num().bound() == Num.Bound.EXACT) { span = n; break; }
                if (span == null) continue;
                for (Located n : nums) {
                    if (n.num().start() <= span.num().start() || n.num().bound() != Num.Bound.EXACT) continue;
                    if (n.num().unit() != Unit.FACTOR && !(n.num().unit().isAmount() && n.num().unit() != Unit.PLAIN && n.num().unit() != Unit.DAYS)) continue;
                    int from = n.num().start();
                    while (from > s.start() && "，,；;。：:".indexOf(d.text().charAt(from - 1)) < 0) from--;
                    String clause = d.between(Math.max(from, span.num().end()), n.num().start());
                    String subject = clause.replaceAll("\\d+(?:\\.\\d+)?\\s*(?:个)?(?:年|月|天|周|years?|months?|days?|weeks?)", "")
                            .replaceAll("[\\s\\d.,]|的时间里|时间里|里|内|间|中|在|了", "");
                    if (subject.codePointCount(0, subject.length()) < 4 || !subject.matches(".*[\\u4e00-\\u9fa5A-Za-z].*")) continue;
                    String key = "span " + Judge.fmt(span.value()) + "d|" + subject + "|" + n.num().unit() + "|" + n.num().currency();
                    Located fact = n;
                    for (Located m : nums) // "3 万亿倍（3.2×10^12）": the precise form is the one to compare
                        if (m.num().start() > n.num().end() && d.between(n.num().end(), m.num().start()).matches("\\s*[（(]\\s*")
                                && m.num().step() < n.num().step() && Math.abs(m.value() / n.value() - 1) < 0.25) fact = m;
                    facts.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
                    break;
                }
            }
    }

    private static final Pattern SHARE_OF = Pattern.compile("((?:19|20)\\d\\d)\\s*年\\s*[，,]?\\s*(?:全年|全球|国内|我国|中国)?\\s*([\\u4e00-\\u9fa5A-Za-z]{2,10}?)(?:的)?(?:占|在[^，,。]{1,10}中的?(?:占比|份额))[^，,。；;\\d]{0,20}$");

    /** "2023年新能源车占总销量比重高达38%" and "2023 年新能源车占汽车的销售比例…31.4%": one entity's share in one year. */
    private static void shares(Corpus corpus, Map<String, List<Located>> facts) {
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                if (HEDGE.matcher(s.text()).find()) continue;
                for (Located n : d.in(s)) {
                    if (n.num().unit() != Unit.PERCENT || n.num().bound() == Num.Bound.RANGE) continue;
                    var m = SHARE_OF.matcher(d.between(Math.max(s.start(), n.num().start() - 40), n.num().start()));
                    if (!m.find()) continue;
                    facts.computeIfAbsent(m.group(1) + "|" + m.group(2) + " share|PERCENT|null", k -> new ArrayList<>()).add(n);
                }
            }
    }

    /** A coded name before the year: "H公司", "Vendor X", "Provider R" (a capital letter, so the name is unmistakable). */
    private static final Pattern ENTITY = Pattern.compile("(?:(?:Vendor|Provider|Company|Supplier|Lab|Model)\\s+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*\\s*(?:公司|集团|厂商|厂))(?:'s)?");
    private static final Pattern MEASURE_NOISE = Pattern.compile("全年|年度|年底|年末|年|的|约|大约|为|达到|达|是|共|合计|录得|总|ended|ending|with|of|about|around|approximately|roughly|at|in|its|the|year-end|'s|was|were|had|reached",
            Pattern.CASE_INSENSITIVE);

    /**
     * "头部厂商H公司2024年出货约32万颗" and "H公司2024年全年出货约25万颗": one coded entity's measure in one year, keyed by the
     * entity and the last word naming the measure ("出货", "capacity"), however the rest of the clause is worded.
     */
    private static void namedEntities(Corpus corpus, Map<String, List<Located>> facts) {
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                if (HEDGE.matcher(s.text()).find()) continue;
                var ym = YEAR.matcher(s.text());
                while (ym.find()) {
                    int yearStart = s.start() + ym.start(), yearEnd = s.start() + ym.end();
                    int from = yearStart;
                    while (from > s.start() && "，,；;。".indexOf(d.text().charAt(from - 1)) < 0) from--;
                    var em = ENTITY.matcher(d.between(from, yearStart));
                    String entity = null;
                    while (em.find()) entity = em.group().replaceAll("'s$|\\s+", "").toLowerCase(java.util.Locale.ROOT);
                    if (entity == null) continue;
                    Located value = null;
                    for (Located n : d.in(s))
                        if (n.num().start() >= yearEnd && n.num().unit().isAmount() && n.num().unit() != Unit.PLAIN) {
                            value = n;
                            break;
                        }
                    if (value == null || value.num().bound() == Num.Bound.RANGE) continue;
                    String between = d.between(yearEnd, value.num().start());
                    if (between.matches("(?s).*[，,；;。].*") || between.length() > 40) continue; // the value must sit in the year's clause
                    String words = MEASURE_NOISE.matcher(between).replaceAll(" ").strip();
                    String measure = lastWord(words);
                    if (measure == null) continue;
                    String key = ym.group(1) + "|" + entity + " " + measure + "|" + value.num().unit() + "|" + value.num().currency();
                    facts.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
    }

    /** The last two Han characters, or the last Latin word (four letters or more), of a clause. */
    private static String lastWord(String words) {
        var han = Pattern.compile("([\\u4e00-\\u9fa5]{2,})\\s*$").matcher(words);
        if (han.find()) {
            String h = han.group(1);
            return h.substring(h.length() - 2);
        }
        var en = Pattern.compile("([A-Za-z]{4,})\\s*$").matcher(words);
        return en.find() ? en.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static boolean agree(Located a, Located b) {
        double tol = Math.max(a.num().rounding(), b.num().rounding()) * 1.0001 + Math.max(Math.abs(a.value()), Math.abs(b.value())) * 0.005
                + (a.num().unit() == Unit.PERCENT ? 0.5 : 0); // shares rounded by different sources
        if (a.num().bound() == Num.Bound.AT_LEAST || b.num().bound() == Num.Bound.AT_LEAST
                || a.num().bound() == Num.Bound.AT_MOST || b.num().bound() == Num.Bound.AT_MOST) return true; // a bound does not contradict
        if (a.num().bound() == Num.Bound.ABOUT || b.num().bound() == Num.Bound.ABOUT) tol += Math.max(Math.abs(a.value()), Math.abs(b.value())) * 0.05;
        return Math.abs(a.value() - b.value()) <= tol;
    }
}
