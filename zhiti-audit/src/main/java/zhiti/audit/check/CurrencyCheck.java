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
    private static final Pattern JOIN = Pattern.compile("\\s*(?:[（(,，]\\s*)?(?:则|即|大约|为)?\\s*(?:约|约合|折合|合|相当于|即|or about|or roughly|or|about|roughly|equivalent to|i\\.e\\.)?\\s*(?:人民币)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE = Pattern.compile("(?:1\\s*(?:美元|USD|US\\$|\\$|dollar)\\s*(?:=|＝|兑|兑换|约合|合|换|to|equals?)\\s*(?:人民币)?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:元|CNY|RMB|yuan))"
            + "|(?:汇率(?:为|按|取|是)?\\s*(\\d+(?:\\.\\d+)?))|(?:USD/CNY|美元兑人民币)\\s*(?:汇率)?\\s*(?:为|of|at|=)?\\s*(\\d+(?:\\.\\d+)?)"
            + "|(?:at|exchange rate of)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:yuan|CNY|RMB)\\s*(?:per|to the|a)\\s*(?:US\\s*)?(?:dollar|USD)", Pattern.CASE_INSENSITIVE);

    private record Pair(Located usd, Located other, double rate) {
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            Double stated = statedRate(d.text());
            List<Pair> pairs = pairs(d);
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
                double computed = p.usd().value() * reference;
                double slack = 0.03 + Judge.inputRounding(List.of(p.usd(), p.other()));
                Claim c = Judge.judge(ClaimKind.CONVERSION, p.other(), computed, slack, "CNY = USD × rate",
                        List.of(Input.of("amount in USD", p.usd()), Input.constant("rate (CNY per USD)", reference, "CNY/USD", basis)),
                        String.format("%s × %s = %s CNY; the printed pair implies %s CNY/USD", p.usd().num().text(), Judge.fmt(reference),
                                Judge.fmt(computed), Judge.fmt(p.rate())), EquivalenceCheck.powerOfTen(computed, p.other().value()));
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
        for (Sentence s : d.sentences()) {
            List<Located> nums = d.in(s);
            for (int i = 0; i + 1 < nums.size(); i++) {
                Located a = nums.get(i), b = nums.get(i + 1);
                if (a.num().unit() != Unit.MONEY || b.num().unit() != Unit.MONEY || a.num().currency().equals(b.num().currency())) continue;
                if (!JOIN.matcher(d.between(a.num().end(), b.num().start())).matches()) continue;
                Located usd = "USD".equals(a.num().currency()) ? a : "USD".equals(b.num().currency()) ? b : null;
                Located cny = "CNY".equals(a.num().currency()) ? a : "CNY".equals(b.num().currency()) ? b : null;
                if (usd == null || cny == null || usd.value() <= 0) continue;
                out.add(new Pair(usd, cny, cny.value() / usd.value()));
            }
        }
        return out;
    }
}
