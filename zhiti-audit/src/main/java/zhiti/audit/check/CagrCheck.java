package zhiti.audit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * A compound annual growth rate against the start and end values it rests on: CAGR = (end/start)^(1/n) − 1 with
 * n = end year − start year. When the printed rate does not follow, the period count that would give it is named.
 */
public final class CagrCheck implements Check {
    private static final Pattern CAGR = Pattern.compile("复合增长率|复合增速|复合年增长率|年复合|年均复合|CAGR|compound annual|年均增长率|年均增速|annuali[sz]ed growth",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                if (!CAGR.matcher(s.text()).find()) continue;
                List<Located> rates = d.in(s).stream().filter(n -> n.num().unit() == Unit.PERCENT).toList();
                if (rates.size() > 1) { // other percentages beside it ("国产化率由 12% 提升至 30%"): the one the CAGR words name
                    rates = rates.stream().filter(n -> CAGR.matcher(d.between(Math.max(s.start(), n.num().start() - 16),
                            n.num().start())).find()).toList();
                }
                if (rates.size() != 1) continue; // a list of rates for several segments: no way to pair them here
                Claim c = check(d, s, rates.get(0));
                if (c != null) out.add(c);
            }
        return out;
    }

    private Claim check(Doc d, Sentence s, Located rate) {
        Context.Span span = Context.yearRange(s.text());
        int years = span != null ? span.years() : Context.nextYears(s.text());
        List<Sentence> window = new ArrayList<>(Context.window(d, s, 2));
        if (Context.forecast(s.text()) && s.index() + 1 < d.sentences().size() && d.sentences().get(s.index() + 1).paragraph() == s.paragraph())
            window.add(d.sentences().get(s.index() + 1)); // a forecast's target in the next sentence: "…CAGR 将超过 36.5%。到 2032 年，市场规模高达 881 亿美元。"
        List<Located> candidates = Context.amounts(d, window);
        candidates.sort(Comparator.comparingInt(n -> n.num().start()));
        Located start = null, end = null, base = null;
        if (span != null) {
            for (Located n : candidates) {
                int y = Context.yearOf(d, n);
                if (y == span.from() && start == null) start = n;
                if (y == span.from() - 1 && base == null) base = n;
                if (y == span.to() && end == null) end = n;
            }
            if (start == null && base != null && end != null && base.num().sameKind(end.num())) // a forecast window from a base year
                return judge(rate, base, end, span.to() - span.from() + 1, (span.from() - 1) + "–" + span.to() + " (base year " + (span.from() - 1) + ")");
        }
        if ((start == null || end == null)) {
            List<Located> inSentence = candidates.stream().filter(n -> n.sentence() == s && n.num().start() < rate.num().start()).toList();
            if (inSentence.size() == 2 && inSentence.get(0).num().sameKind(inSentence.get(1).num())
                    && (span != null || years > 0)) {
                start = inSentence.get(0);
                end = inSentence.get(1);
            }
        }
        if (start == null || end == null) return dated(d, s, rate, candidates, span);
        if (years <= 0 || !start.num().sameKind(end.num()) || start.value() <= 0) return null;
        return judge(rate, start, end, years, span != null ? span.from() + "–" + span.to() : "stated span");
    }

    /**
     * No span printed with the rate: the end value is the dated amount nearest before the rate, the start any earlier
     * dated amount of its kind. Any start that reproduces the rate settles it; a discrepancy needs a single start.
     */
    private Claim dated(Doc d, Sentence s, Located rate, List<Located> candidates, Context.Span span) {
        if (span != null) return null;
        Located end = null;
        for (Located n : candidates)
            if (n.sentence() == s && n.num().start() < rate.num().start() && Context.yearOf(d, n) > 0) end = n;
        if (end == null) return null;
        int endYear = Context.yearOf(d, end);
        List<Located> starts = new ArrayList<>();
        for (Located n : candidates) {
            int y = Context.yearOf(d, n);
            if (n != end && n.num().sameKind(end.num()) && y > 0 && y < endYear && n.num().start() < end.num().start() && n.value() > 0) starts.add(n);
        }
        List<Located> here = starts.stream().filter(n -> n.sentence() == s).toList();
        if (!here.isEmpty()) starts = new ArrayList<>(here); // a start in the rate's own sentence is the one it means
        Claim last = null;
        for (Located st : starts) {
            int y = Context.yearOf(d, st);
            Claim c = judge(rate, st, end, endYear - y, y + "–" + endYear);
            if (c != null && c.verdict() == zhiti.audit.Verdict.REPRODUCES) return c;
            last = c;
        }
        return starts.size() == 1 ? last : null;
    }

    private Claim judge(Located rate, Located start, Located end, int years, String spanText) {
        double ratio = end.value() / start.value();
        if (Math.abs(ratio - 1) < 1e-9) return null; // one amount written twice ("3,600亿元", "0.36万亿元"), not a start and an end
        double cagr = (Math.pow(ratio, 1.0 / years) - 1) * 100;
        double slack = Judge.inputRounding(List.of(start, end)) / years + 0.002;
        List<Input> inputs = List.of(Input.of("start value", start), Input.of("end value", end),
                Input.constant("periods (years)", years, "years", spanText));
        String formula = "CAGR = (end / start)^(1/n) − 1";
        String expl = String.format("(%s / %s)^(1/%d) − 1 = %s", end.num().text(), start.num().text(), years, Judge.pct(cagr));
        return Judge.judge(ClaimKind.CAGR, rate, cagr, slack, formula, inputs, expl, whyPrinted(rate.value(), ratio, years));
    }

    /** The period count (if any nearby) that turns the ratio into the printed rate. */
    static String whyPrinted(double printed, double ratio, int years) {
        for (int n = 1; n <= years * 2 + 2; n++) {
            if (n == years) continue;
            double r = (Math.pow(ratio, 1.0 / n) - 1) * 100;
            if (Math.abs(r - printed) <= Math.max(0.006, printed * 0.002))
                return String.format("the printed %s needs %d periods for a %d-year span (n = %d, counting the years inclusive)",
                        Judge.pct(printed), n, years, n).replace(", counting the years inclusive", n == years + 1 ? ", counting the years inclusive" : "");
        }
        double simple = (ratio - 1) * 100 / years;
        if (Math.abs(simple - printed) <= Math.max(0.006, printed * 0.002))
            return "the printed " + Judge.pct(printed) + " is the simple average (total growth ÷ years), not compounded";
        return "the printed " + Judge.pct(printed) + " would need an end value of "
                + Judge.fmt(Math.pow(1 + printed / 100, years)) + "× the start";
    }
}
