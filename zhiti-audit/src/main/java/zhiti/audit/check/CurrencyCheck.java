package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * An amount given in two currencies ("10 亿美元（约 72 亿元）", "$2 billion, or about ¥14.4 billion") against the rate
 * the document states ("按 1 美元 = 7.2 元", "汇率 7.2", "at 7.2 yuan per dollar"); with no stated rate, against the
 * rate the document's other conversions imply (their median, when there are at least three).
 */
public final class CurrencyCheck implements Check {
    private static final Pattern JOIN = Pattern.compile("\\s*(?:[（(,，；;]\\s*)?(?:则|即|大约|为)?\\s*(?:is|was|are|works out to|comes to|converts to|equals|is equal to|equal to)?\\s*"
            + "(?:约|约合|折合|合|相当于|即|or about|or roughly|or|about|roughly|around|equivalent to|i\\.e\\.)?\\s*(?:about|roughly|around)?\\s*(?:人民币)?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** What surrounds a rate printed between the two amounts: "；按 1 美元兑 7.25 元人民币换算，约合". */
    private static final Pattern RATE_WORDS = Pattern.compile("按|以|依|的?汇率|人民币|换算|折算|计算|计|at|using|the rate of", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE = Pattern.compile("(?:1\\s*(?:美元|USD|US\\$|\\$|dollar)\\s*(?:=|＝|兑|兑换|约合|合|换|to|equals?)\\s*(?:人民币)?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:元|CNY|RMB|yuan))"
            + "|(?:汇率(?:为|按|取|是)?\\s*(\\d+(?:\\.\\d+)?))|(?:USD/CNY|美元兑人民币)\\s*(?:汇率)?\\s*(?:为|of|at|=)?\\s*(\\d+(?:\\.\\d+)?)"
            + "|(?:at|exchange rate of)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:yuan|CNY|RMB)\\s*(?:per|to the|a)\\s*(?:US\\s*)?(?:dollar|USD)", Pattern.CASE_INSENSITIVE);

    /** @param derived the amount the join word introduces ("约合 …", "or about …"): the one a slip would be in */
    private record Pair(Located usd, Located other, double rate, Located derived) {
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            Double stated = statedRate(d.text());
            List<Pair> pairs = new ArrayList<>(pairs(d));
            if (stated != null) pairs.addAll(restated(d, pairs));
            if (pairs.isEmpty()) continue;
            double reference;
            String basis;
            if (stated != null) {
                reference = stated;
                basis = "the rate the document states (" + Judge.fmt(stated) + " CNY/USD)";
            } else if (pairs.size() >= 3) {
                List<Double> rates = pairs.stream().map(Pair::rate).sorted().toList();
                reference = rates.get(rates.size() / 2);
                basis = "the median rate of the document's " + pairs.size() + " conversions (" + Judge.fmt(reference) + " CNY/USD)";
            } else continue;
            for (Pair p : pairs) {
                double slack = 0.03 + Judge.inputRounding(List.of(p.usd(), p.other()));
                Input rate = Input.constant("rate (CNY per USD)", reference, "CNY/USD", basis);
                Claim c;
                if (p.derived() == p.usd()) { // "14.6 亿元…约合 2.4 亿美元": the dollars are the converted figure
                    double computed = p.other().value() / reference;
                    c = Judge.judge(ClaimKind.CONVERSION, p.usd(), computed, slack, "USD = CNY ÷ rate",
                            List.of(Input.of("amount in CNY", p.other()), rate),
                            String.format("%s ÷ %s = %s USD; the printed pair implies %s CNY/USD", p.other().num().text(),
                                    Judge.fmt(reference), Judge.fmt(computed), Judge.fmt(p.rate())),
                            EquivalenceCheck.powerOfTen(computed, p.usd().value()));
                } else {
                    double computed = p.usd().value() * reference;
                    c = Judge.judge(ClaimKind.CONVERSION, p.other(), computed, slack, "CNY = USD × rate",
                            List.of(Input.of("amount in USD", p.usd()), rate),
                            String.format("%s × %s = %s CNY; the printed pair implies %s CNY/USD", p.usd().num().text(),
                                    Judge.fmt(reference), Judge.fmt(computed), Judge.fmt(p.rate())),
                            EquivalenceCheck.powerOfTen(computed, p.other().value()));
                }
                if (c.verdict() == Verdict.DISCREPANCY || stated != null) out.add(c);
            }
        }
        return out;
    }

    static Double statedRate(String text) {
        Matcher m = RATE.matcher(text);
        while (m.find())
            for (int g = 1; g <= m.groupCount(); g++)
                if (m.group(g) != null) {
                    double r = Double.parseDouble(m.group(g));
                    if (r > 5 && r < 9) return r;
                }
        return null;
    }

    private List<Pair> pairs(Doc d) {
        List<Pair> out = new ArrayList<>();
        Located carried = null; // the last amount of a clause ending in "；", for "…14.6 亿元；按 1 美元兑 7.25 元换算，约合 2.4 亿美元"
        for (Sentence s : d.sentences()) {
            // the "1 美元" and "7.25 元" of a rate are not amounts to pair; the rate's text may sit between a pair
            List<int[]> rates = new ArrayList<>();
            Matcher rm = RATE.matcher(s.text());
            while (rm.find()) rates.add(new int[] {s.start() + rm.start(), s.start() + rm.end()});
            List<Located> nums = new ArrayList<>(d.in(s).stream().filter(n -> rates.stream()
                    .noneMatch(r -> n.num().start() >= r[0] && n.num().start() < r[1])).toList());
            if (carried != null && carried.sentence().paragraph() == s.paragraph()) nums.add(0, carried);
            for (int i = 0; i + 1 < nums.size(); i++) {
                Located a = nums.get(i), b = nums.get(i + 1);
                if (a.num().unit() != Unit.MONEY || b.num().unit() != Unit.MONEY || a.num().currency().equals(b.num().currency())) continue;
                String between = a == carried ? withoutRates(d, s.start(), b.num().start(), rates)
                        : withoutRates(d, a.num().end(), b.num().start(), rates);
                if (a == carried && between.equals(d.between(s.start(), b.num().start()))) continue; // no rate: two clauses
                if (!JOIN.matcher(between).matches()) continue;
                Located usd = "USD".equals(a.num().currency()) ? a : "USD".equals(b.num().currency()) ? b : null;
                Located cny = "CNY".equals(a.num().currency()) ? a : "CNY".equals(b.num().currency()) ? b : null;
                if (usd == null || cny == null || usd.value() <= 0) continue;
                out.add(new Pair(usd, cny, cny.value() / usd.value(), b));
            }
            List<Located> own = d.in(s);
            Located last = own.isEmpty() ? null : own.get(own.size() - 1);
            carried = last != null && last.num().unit() == Unit.MONEY && s.text().strip().matches("(?s).*[；;]$")
                    && d.between(last.num().end(), s.end()).strip().matches("[；;]?") ? last : null;
        }
        return out;
    }

    private static final Pattern CONVERTED = Pattern.compile("(?:约合|折合|合计约|相当于|换算为|equivalent to|or about|works out to)\\s*(?:约|about|roughly)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FACT_VERB = Pattern.compile("约合|折合|相当于|达到了?|约为|共计|合计|达|为|是|约|\\b(?:reached|was|of|at|equivalent to|or about)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A conversion whose source amount was printed earlier: "2024 年中国 AI 服务器市场规模达到 1,100 亿元" and, later,
     * "按 1 美元兑 7.2 元换算，2024 年国内 AI 服务器市场规模约合 1,528 亿美元". The two must be dated to one year and
     * named alike: the words from the year to each figure end the same way for at least six characters.
     */
    private static List<Pair> restated(Doc d, List<Pair> paired) {
        List<Pair> out = new ArrayList<>();
        for (Sentence s : d.sentences())
            for (Located b : d.in(s)) {
                if (b.num().unit() != Unit.MONEY || paired.stream().anyMatch(p -> p.usd() == b || p.other() == b)) continue;
                if (!CONVERTED.matcher(d.between(Math.max(s.start(), b.num().start() - 10), b.num().start())).find()) continue;
                int year = Context.yearOf(d, b);
                String subject = subject(d, b, year);
                if (year == 0 || subject == null) continue;
                Located source = null;
                for (Located a : d.numbers()) {
                    if (a.num().start() >= b.num().start() || a.num().unit() != Unit.MONEY || a.num().currency().equals(b.num().currency())) continue;
                    String other = subject(d, a, Context.yearOf(d, a));
                    if (Context.yearOf(d, a) != year || other == null || commonSuffix(subject, other) < 6) continue;
                    if (source != null && source.value() != a.value()) {
                        source = null; // two earlier values: which one is converted?
                        break;
                    }
                    source = a;
                }
                if (source == null) continue;
                Located usd = "USD".equals(b.num().currency()) ? b : "USD".equals(source.num().currency()) ? source : null;
                Located cny = "CNY".equals(b.num().currency()) ? b : "CNY".equals(source.num().currency()) ? source : null;
                if (usd == null || cny == null || usd.value() <= 0) continue;
                out.add(new Pair(usd, cny, cny.value() / usd.value(), b));
            }
        return out;
    }

    /** The words from a figure's year to the figure, verbs and hedges left out; null without a year in the clause. */
    private static String subject(Doc d, Located n, int year) {
        if (year == 0) return null;
        int from = n.num().start();
        while (from > n.sentence().start() && "，,；;。".indexOf(d.text().charAt(from - 1)) < 0) from--;
        String clause = d.between(from, n.num().start());
        int at = clause.indexOf(String.valueOf(year));
        if (at < 0) return null;
        return FACT_VERB.matcher(clause.substring(at + 4).replaceFirst("^\\s*年", "")).replaceAll("").replaceAll("\\s+", "");
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) n++;
        return n;
    }

    /** The text between two offsets with any rate inside it, and the words that introduce a rate, taken out. */
    private static String withoutRates(Doc d, int from, int to, List<int[]> rates) {
        StringBuilder b = new StringBuilder();
        boolean cut = false;
        for (int i = from; i < to; i++) {
            final int at = i;
            if (rates.stream().anyMatch(r -> at >= r[0] && at < r[1])) {
                cut = true;
                continue;
            }
            b.append(d.text().charAt(i));
        }
        String between = b.toString();
        return cut ? RATE_WORDS.matcher(between).replaceAll("").replaceAll("^[\\s；;，,]+", "") : between;
    }
}
