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
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * A growth rate against the two values it compares: g = current / previous − 1. The previous value is the one
 * printed "from" ("从 A 增长至 B", "from A to B"), the same quantity for the year before, or the current value minus a
 * printed increase ("同比增加 4.68 万亿元").
 */
public final class GrowthCheck implements Check {
    private static final Pattern CAGR = Pattern.compile("复合|CAGR|compound|年均|年化|annuali[sz]ed|每年|a year|per year", Pattern.CASE_INSENSITIVE);
    private static final Pattern UP = Pattern.compile("(同比|环比|较上年|比上年)?(?:名义|实际)?(增长了?|增速为?|增幅为?|上升了?|提升了?|提高了?|上涨了?|增加了?|"
            + "grew(?: by)?|growth of|increased?(?: by)?|(?:an? )?(?:increase|rise|gain|jump|growth) of|rose(?: by)?|up(?: by)?)\\s*(?:约|达|超过)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWN = Pattern.compile("(同比|环比|较上年|比上年)?(下降了?|下滑了?|减少了?|降低了?|回落了?|fell(?: by)?|declined?(?: by)?|dropped(?: by)?|down(?: by)?|(?:an? )?(?:decrease|decline|drop|fall) of)\\s*(?:约|达|超过)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_TO = Pattern.compile("(从|由|from)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO = Pattern.compile("^\\s*(?:的)?\\s*(?:增长|增加|提升|上升|提高|下降|减少|降低|降|升|增|grew|rose|fell|increased|decreased|declined|went|jumped)?\\s*(?:至|到|为|to)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCREMENT = Pattern.compile("(?:同比|较上年|比上年)?(?:增加|增长|新增|多出|an increase of|up by)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE_AFTER = Pattern.compile("\\s*(?:year-on-year\\s+|yoy\\s+|annual\\s+)?(?:decline|drop|fall|decrease|cut|reduction|increase|rise|jump|gain|growth|的增长|的增幅|的降幅|的下降)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWN_AFTER = Pattern.compile("\\s*(?:year-on-year\\s+|yoy\\s+|annual\\s+)?(?:decline|drop|fall|decrease|cut|reduction|的降幅|的下降)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREVIOUS = Pattern.compile("(?:较|比|相比|相较于?)(?:上年|去年|上一年|上年同期|去年同期|(?:19|20)\\d\\d\\s*年(?:同期)?)的?\\s*$|up from\\s*$|down from\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREVIOUS_AFTER = Pattern.compile("\\s*(?:a year (?:earlier|before|ago)|in the prior year|the year before)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPECTIVELY = Pattern.compile("分别|respectively", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                List<Located> nums = d.in(s);
                List<Located> rates = new ArrayList<>();
                for (Located n : nums) {
                    if (n.num().unit() != Unit.PERCENT) continue;
                    String before = d.between(Math.max(s.start(), n.num().start() - 16), n.num().start());
                    String after = d.between(n.num().end(), Math.min(s.end(), n.num().end() + 14));
                    if (UP.matcher(before).find() || DOWN.matcher(before).find() || before.matches("(?s).*(分别|respectively).*")
                            || CHANGE_AFTER.matcher(after).lookingAt()) rates.add(n);
                }
                if (rates.isEmpty()) continue;
                String pre = d.between(s.start(), rates.get(0).num().start());
                if (CAGR.matcher(pre).find()) continue; // an annual average rate: CagrCheck's job
                if (RESPECTIVELY.matcher(s.text()).find() && rates.size() > 1) respectively(d, s, rates, out);
                else for (Located r : rates) {
                    Claim c = single(d, s, r);
                    if (c != null) out.add(c);
                }
            }
        return out;
    }

    private Claim single(Doc d, Sentence s, Located rate) {
        String before = d.between(Math.max(s.start(), rate.num().start() - 16), rate.num().start());
        boolean down = DOWN.matcher(before).find() && !UP.matcher(before).find()
                || DOWN_AFTER.matcher(d.between(rate.num().end(), Math.min(s.end(), rate.num().end() + 14))).lookingAt();
        List<Located> amounts = new ArrayList<>();
        for (Located n : d.in(s)) if (n.num().unit().isAmount() && n.num().unit() != Unit.DAYS && n.num().unit() != Unit.PLAIN
                && n.num().start() < rate.num().start()) amounts.add(n);
        // "从 A 增长至 B", "from $8.00 per hour in early 2023 to $4.00": the pair written that way before the rate
        Located[] pair = Context.fromTo(d, s);
        if (pair != null && pair[1].num().start() < rate.num().start()) return judge(rate, pair[0], pair[1], null, down, "from the value printed before it");
        if (amounts.isEmpty()) return null;
        // "达到 X，较上年的 A 增长 g%", "X, up from A a year earlier": the value marked as last year's is the previous one
        for (Located p : amounts) {
            if (!PREVIOUS.matcher(d.between(Math.max(s.start(), p.num().start() - 10), p.num().start())).find()
                    && !PREVIOUS_AFTER.matcher(d.between(p.num().end(), Math.min(s.end(), p.num().end() + 16))).lookingAt()) continue;
            Located cur = null;
            for (Located n : d.in(s))
                if (n != p && n.num().sameKind(p.num()) && (cur == null || n.num().start() < p.num().start())) cur = n;
            if (cur != null) return judge(rate, p, cur, null, down, "the value printed for the year before");
        }
        Located current = null;
        for (Located n : amounts)
            if (!INCREMENT.matcher(d.between(Math.max(s.start(), n.num().start() - 8), n.num().start())).find()) current = n;
        if (current == null) return null;
        // "达到 50.2 万亿元，同比增加 4.68 万亿元 … 增长 10.3%"
        for (Located n : d.in(s))
            if (n != current && n.num().sameKind(current.num()) && n.num().start() > current.num().start()
                    && INCREMENT.matcher(d.between(Math.max(s.start(), n.num().start() - 8), n.num().start())).find()) {
                return judge(rate, null, current, n, down, "the increase printed");
            }
        int year = Context.yearOf(d, current);
        if (year == 0) year = sentenceYear(s.text());
        if (year == 0) return null;
        Located previous = previousYear(d, s, current, year);
        if (previous == null) return null;
        return judge(rate, previous, current, null, down, "the value printed for " + (year - 1));
    }

    private void respectively(Doc d, Sentence s, List<Located> rates, List<Claim> out) {
        List<Located> values = d.in(s).stream().filter(n -> n.num().unit().isAmount() && n.num().unit() != Unit.DAYS
                && n.num().start() < rates.get(0).num().start()).toList();
        Matcher ym = Pattern.compile("((?:19|20)\\d\\d)\\s*年?").matcher(d.between(s.start(), values.isEmpty() ? s.start() : values.get(0).num().start()));
        List<Integer> years = new ArrayList<>();
        while (ym.find()) years.add(Integer.parseInt(ym.group(1)));
        if (values.size() != rates.size() || years.size() != values.size()) return;
        for (int i = 1; i < values.size(); i++) {
            if (years.get(i) != years.get(i - 1) + 1 || !values.get(i).num().sameKind(values.get(i - 1).num())) continue;
            out.add(judge(rates.get(i), values.get(i - 1), values.get(i), null, false, "the value printed for " + years.get(i - 1)));
        }
    }

    private Located previousYear(Doc d, Sentence s, Located current, int year) {
        for (Sentence w : Context.window(d, s, 3))
            for (Located n : d.in(w))
                if (n != current && n.num().sameKind(current.num()) && Context.yearOf(d, n) == year - 1) return n;
        return null;
    }

    private static int sentenceYear(String s) {
        Matcher m = Pattern.compile("((?:19|20)\\d\\d)\\s*年").matcher(s);
        int y = 0, count = 0;
        while (m.find()) {
            y = Integer.parseInt(m.group(1));
            count++;
        }
        return count == 1 ? y : 0;
    }

    private Claim judge(Located rate, Located previous, Located current, Located increase, boolean down, String basis) {
        double prev = previous != null ? previous.value() : current.value() - increase.value();
        if (prev <= 0) return null;
        double g = (current.value() / prev - 1) * 100;
        List<Located> used = previous != null ? List.of(previous, current) : List.of(current, increase);
        double slack = Judge.inputRounding(used) * Math.abs(current.value() / prev) * 100 / Math.max(Math.abs(rate.value()), 1e-9);
        List<Input> inputs = previous != null
                ? List.of(Input.of("previous value", previous), Input.of("current value", current))
                : List.of(Input.of("current value", current), Input.of("increase", increase));
        String expl = previous != null
                ? String.format("%s / %s − 1 = %s (previous value: %s)", current.num().text(), previous.num().text(), Judge.pct(g), basis)
                : String.format("%s / (%s − %s) − 1 = %s (previous value: %s)", current.num().text(), current.num().text(),
                increase.num().text(), Judge.pct(g), basis);
        double shown = down ? -g : g;
        if (Math.abs(g) > 0.5 && Math.signum(shown) != Math.signum(rate.value())) return null; // direction misread: no verdict
        Claim c = Judge.judge(ClaimKind.GROWTH, rate, shown, slack, "growth = current / previous − 1", inputs, expl,
                "the correct rate is " + Judge.pct(Math.abs(g)) + (g < 0 ? " down" : ""));
        return c;
    }
}
