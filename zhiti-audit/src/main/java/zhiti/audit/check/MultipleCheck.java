package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
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
 * Multiples. "从 A 增长到 B，增长 N 倍" / "from A to B, N-fold": B/A against N — Chinese "增长 N 倍" is read both as
 * ×N and as ×(N+1), and either reading reproduces. A total multiple over a span of years against the annual rate
 * or annual factor printed with it: annual factor = M^(1/years).
 */
public final class MultipleCheck implements Check {
    private static final Pattern ANNUAL = Pattern.compile("(每年|年均|年化|复合|一年|per year|a year|annual(?:ly)?|each year|yearly)[^，,。]{0,12}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROW_WORD = Pattern.compile("(增长|增加|提升|提高|扩大|上升|翻了|增至|grew|increased|rose|multiplied)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMES_OF_ZH = Pattern.compile("(?:是|为|相当于|达到?)[^，,。；;\\d]{0,16}的\\s*(?:约|近|超过)?\\s*$");
    private static final Pattern TIMES_OF_EN = Pattern.compile("\\s*(?:times|x)\\s+(?:that of|as (?:much|large|many|big|high) as|the size of|larger than|more than)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLINE = Pattern.compile("降|减|跌|fall|fell|declin|drop|cheaper", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE_YEAR = Pattern.compile("(?:比|较|相比|相较|than|since|over|vs\\.?)\\s*((?:19|20)\\d\\d)\\s*(?:年)?(?:底|末|年底|年末|end)?", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                List<Located> nums = d.in(s);
                List<Located> factors = nums.stream().filter(n -> n.num().unit() == Unit.FACTOR).toList();
                if (factors.isEmpty()) continue;
                spanRate(d, s, nums, out);
                dated(d, s, nums, out);
                for (Located f : factors) {
                    Claim c = fromTo(d, s, f);
                    if (c == null) c = timesOf(d, s, f);
                    if (c != null) out.add(c);
                }
            }
        return out;
    }

    /** "A … 增长到 B … N 倍": the two same-kind amounts before the multiple in the sentence. */
    private Claim fromTo(Doc d, Sentence s, Located f) {
        Located[] pair = Context.fromTo(d, s);
        Located a, b;
        if (pair != null) {
            a = pair[0];
            b = pair[1];
            if (Math.abs(f.num().start() - (f.num().start() < a.num().start() ? a : b).num().start()) > 40) return null;
        } else {
            List<Located> amounts = d.in(s).stream().filter(n -> n.num().unit().isAmount() && n.num().unit() != Unit.DAYS
                    && n.num().start() < f.num().start()).toList();
            if (amounts.size() != 2 || !amounts.get(0).num().sameKind(amounts.get(1).num())) return null;
            a = amounts.get(0);
            b = amounts.get(1);
            String link = d.between(a.num().end(), b.num().start());
            if (!link.matches("(?s).{0,12}(至|到|to|增长|增加|提升|上升|rose|grew|increased).{0,12}")) return null;
            if (!GROW_WORD.matcher(d.between(a.num().end(), f.num().end())).find()) return null;
        }
        if ((a.num().unit() == Unit.PLAIN && pair == null) || a.value() <= 0 || b.value() <= a.value()) return null;
        double ratio = b.value() / a.value();
        boolean plusOne = d.between(Math.max(s.start(), f.num().start() - 8), f.num().start()).matches("(?s).*(增长了?|增加了?|提升了?|提高了?|扩大了?|翻了)\\s*(?:约|近)?\\s*$");
        List<Input> inputs = List.of(Input.of("from", a), Input.of("to", b));
        String expl = String.format("%s / %s = %s×", b.num().text(), a.num().text(), Judge.fmt(ratio));
        Claim times = Judge.judge(ClaimKind.MULTIPLE, f, ratio, Judge.inputRounding(List.of(a, b)), "multiple = to / from", inputs, expl, "");
        if (times == null) return null;
        if (times.verdict() == Verdict.REPRODUCES || !plusOne) return withWrong(times, ratio, f);
        Claim more = Judge.judge(ClaimKind.MULTIPLE, f, ratio - 1, Judge.inputRounding(List.of(a, b)) * ratio / Math.max(ratio - 1, 1e-9),
                "increase multiple = to / from − 1", inputs, expl + " (an increase of " + Judge.fmt(ratio - 1) + "×)", "");
        return more != null && more.verdict() == Verdict.REPRODUCES ? more : withWrong(times, ratio, f);
    }

    private static Claim withWrong(Claim c, double ratio, Located f) {
        if (c.verdict() == Verdict.REPRODUCES) return c;
        return new Claim(c.doc(), c.start(), c.end(), c.text(), c.kind(), c.verdict(), c.stated(), c.computed(), c.unit(),
                c.formula(), c.inputs(), c.sources(), c.explanation() + "; the printed " + f.num().text() + " is neither ×"
                + Judge.fmt(ratio) + " nor an increase of " + Judge.fmt(ratio - 1) + "×", null);
    }

    /**
     * "A 是 B 的 N 倍", "113 万辆，是同期特斯拉的 2.4 倍（46 万辆）", "N times that of": the two amounts of one kind in
     * the sentence, larger over smaller.
     */
    private Claim timesOf(Doc d, Sentence s, Located f) {
        String lead = d.between(Math.max(s.start(), f.num().start() - 24), f.num().start());
        String after = d.between(f.num().end(), Math.min(s.end(), f.num().end() + 24));
        boolean zh = TIMES_OF_ZH.matcher(lead).find();
        boolean en = TIMES_OF_EN.matcher(after).lookingAt();
        if (!zh && !en) return null;
        List<Located> amounts = d.in(s).stream().filter(n -> n.num().unit().isAmount() && n.num().unit() != Unit.DAYS
                && n.num().unit() != Unit.PLAIN).toList();
        if (amounts.size() != 2 || !amounts.get(0).num().sameKind(amounts.get(1).num())) return null;
        Located a = amounts.get(0), b = amounts.get(1);
        if (a.value() <= 0 || b.value() <= 0) return null;
        Located big = a.value() >= b.value() ? a : b, small = big == a ? b : a;
        double ratio = big.value() / small.value();
        return Judge.judge(ClaimKind.MULTIPLE, f, ratio, Judge.inputRounding(List.of(a, b)), "multiple = larger / smaller",
                List.of(Input.of("larger", big), Input.of("smaller", small)),
                String.format("%s / %s = %s×", big.num().text(), small.num().text(), Judge.fmt(ratio)), "");
    }

    /** A multiple over N years and an annual rate or factor in the same sentence. */
    private void spanRate(Doc d, Sentence s, List<Located> nums, List<Claim> out) {
        Located total = null, annual = null;
        for (Located n : nums) {
            if (n.num().unit() != Unit.FACTOR && n.num().unit() != Unit.PERCENT) continue;
            String lead = d.between(Math.max(s.start(), n.num().start() - 14), n.num().start());
            if (DECLINE.matcher(lead).find()) return; // a falling rate beside a rising multiple: two different things
            boolean isAnnual = ANNUAL.matcher(lead).find();
            if (isAnnual && annual == null) annual = n;
            else if (!isAnnual && n.num().unit() == Unit.FACTOR && total == null) total = n;
        }
        if (total == null || annual == null || annual.num().start() < total.num().start()) return;
        for (Located n : nums) // "4 万亿倍（4.4×10^12）": reckon with the more precise form
            if (n.num().start() > total.num().end() && n.num().start() < annual.num().start() && n.num().step() < total.num().step()
                    && d.between(total.num().end(), n.num().start()).matches("\\s*[（(]\\s*") && Math.abs(n.value() / total.value() - 1) < 0.2) total = n;
        Located span = null;
        for (Located n : nums)
            if (n.num().unit() == Unit.DAYS && n.num().start() < total.num().start() && Math.abs(n.value() / 365.25 - Math.rint(n.value() / 365.25)) < 0.01)
                span = n;
        double years = span != null ? Math.rint(span.value() / 365.25) : 0;
        Context.Span range = Context.yearRange(s.text());
        if (years == 0 && range != null) {
            java.util.regex.Matcher base = BASE_YEAR.matcher(s.text());
            int b = base.find() ? Integer.parseInt(base.group(1)) : 0;
            if (b > 0 && b < range.from()) years = range.to() - b;
            else years = range.years(); // 2021–2024 is three annual steps; counting four is the classic slip, not a reading
        }
        if (years <= 0 || total.value() <= 1) return;
        Claim c = spanJudge(s, total, annual, span, range, years);
        if (c != null) out.add(c);
    }

    private Claim spanJudge(Sentence s, Located total, Located annual, Located span, Context.Span range, double years) {
        double factor = Math.pow(total.value(), 1.0 / years);
        List<Input> inputs = new ArrayList<>(List.of(Input.of("total multiple", total)));
        inputs.add(span != null ? Input.of("years", span) : Input.constant("years", years, "years", range.from() + "–" + range.to()));
        String expl = String.format("%s^(1/%s) = %s× a year", total.num().text(), Judge.fmt(years), Judge.fmt(factor));
        double slack = Judge.inputRounding(List.of(total)) / years;
        Claim c;
        if (total.num().bound() == zhiti.audit.text.Num.Bound.RANGE) return null;
        if (annual.num().unit() == Unit.PERCENT) {
            c = Judge.judge(ClaimKind.MULTIPLE, annual, (factor - 1) * 100, slack * factor / Math.max(factor - 1, 1e-9),
                    "annual rate = M^(1/years) − 1", inputs, expl + " = " + Judge.pct((factor - 1) * 100) + " a year", "");
        } else {
            c = Judge.judge(ClaimKind.MULTIPLE, annual, factor, slack, "annual factor = M^(1/years)", inputs, expl, "");
            if (c != null && c.verdict() != Verdict.REPRODUCES) {
                Claim plus = Judge.judge(ClaimKind.MULTIPLE, annual, factor - 1, slack * factor / Math.max(factor - 1, 1e-9),
                        "annual increase = M^(1/years) − 1", inputs, expl + " (an increase of " + Judge.fmt(factor - 1) + "× a year)", "");
                if (plus != null && plus.verdict() == Verdict.REPRODUCES) c = plus;
                else c = withNote(c, "neither ×" + Judge.fmt(factor) + " a year nor an increase of " + Judge.fmt(factor - 1)
                        + "× a year; the printed " + annual.num().text() + " a year would give "
                        + Judge.fmt(Math.pow(annual.value(), years)) + "× (or " + Judge.fmt(Math.pow(annual.value() + 1, years))
                        + "×) over " + Judge.fmt(years) + " years");
            }
        }
        return c;
    }

    /**
     * "2006 年高出 4 倍，到 2018 年快 20 倍：即每年快 1.7 倍": two values of one kind at two years, and the annual factor
     * printed after them: factor = (v₂ / v₁)^(1 / (y₂ − y₁)), read as ×f or as an increase of f − 1.
     */
    private void dated(Doc d, Sentence s, List<Located> nums, List<Claim> out) {
        Located annual = null;
        for (Located n : nums)
            if (n.num().unit() == Unit.FACTOR && ANNUAL.matcher(d.between(Math.max(s.start(), n.num().start() - 14), n.num().start())).find()) {
                annual = n;
                break;
            }
        if (annual == null) return;
        List<Located> values = new ArrayList<>();
        for (Located n : nums)
            if (n.num().start() < annual.num().start() && n.num().unit() == Unit.FACTOR && Context.yearOf(d, n) > 0) values.add(n);
        if (values.size() != 2) return;
        Located a = values.get(0), b = values.get(1);
        int ya = Context.yearOf(d, a), yb = Context.yearOf(d, b);
        if (yb <= ya || a.value() <= 0 || b.value() <= a.value()) return;
        double f = Math.pow(b.value() / a.value(), 1.0 / (yb - ya));
        List<Input> inputs = List.of(Input.of("value in " + ya, a), Input.of("value in " + yb, b),
                Input.constant("years", yb - ya, "years", ya + "–" + yb));
        String expl = String.format("(%s / %s)^(1/%d) = %s× a year", b.num().text(), a.num().text(), yb - ya, Judge.fmt(f));
        double slack = Judge.inputRounding(List.of(a, b)) / (yb - ya);
        Claim c = Judge.judge(ClaimKind.MULTIPLE, annual, f, slack, "annual factor = (v₂ / v₁)^(1/years)", inputs, expl, "");
        if (c == null) return;
        if (c.verdict() != Verdict.REPRODUCES) {
            Claim plus = Judge.judge(ClaimKind.MULTIPLE, annual, f - 1, slack * f / Math.max(f - 1, 1e-9), "annual increase = (v₂ / v₁)^(1/years) − 1",
                    inputs, expl + " (an increase of " + Judge.fmt(f - 1) + "× a year)", "");
            c = plus != null && plus.verdict() == Verdict.REPRODUCES ? plus
                    : withNote(c, "the printed " + annual.num().text() + " a year over " + (yb - ya) + " years would give "
                    + Judge.fmt(a.value() * Math.pow(annual.value(), yb - ya)) + "× by " + yb + ", not " + b.num().text());
        }
        out.add(c);
    }

    private static Claim withNote(Claim c, String note) {
        if (c == null) return null;
        return new Claim(c.doc(), c.start(), c.end(), c.text(), c.kind(), c.verdict(), c.stated(), c.computed(), c.unit(),
                c.formula(), c.inputs(), c.sources(), c.explanation() + "; " + note, null);
    }
}
