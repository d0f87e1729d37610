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
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * Totals and shares that must add up. A total ("合计/总计/共/in total") against the parts listed with it ("分别为 a、b、c"
 * or "其中 A a、B b"); shares of one whole listed together ("占比分别为 …", "shares of …") that add to more than 100%.
 */
public final class SumCheck implements Check {
    private static final Pattern TOTAL = Pattern.compile("(合计|总计|共计|总共|总和|加总|一共|in total|totall?ing|a total of|combined|altogether|sum of)\\s*(?:为|达|约|是|of)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST = Pattern.compile("分别|respectively|其中|including|of which", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARES = Pattern.compile("(占比|份额|市场份额|市占率|shares?)[^。；;]{0,12}(分别|respectively)|(分别|respectively)[^。；;]{0,20}(占比|份额|share)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REST = Pattern.compile("其他|其余|其它|others?\\b|the rest|remaining", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE_WORD = Pattern.compile("占比|份额|市占率|占据|shares?\\b|of the market", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROWTH_BEFORE = Pattern.compile("增长|增速|同比|下降|growth|grew|up|down|rose|fell|CAGR|复合", Pattern.CASE_INSENSITIVE);
    private static final Pattern OVERLAP = Pattern.compile("多选|可多选|multiple answers|overlap|不互斥", Pattern.CASE_INSENSITIVE);
    /** "上述五省市合计", "四项合计", "the three vendors combined": how many parts the total names. */
    private static final Pattern COUNTED = Pattern.compile("([两二三四五六七八九十]|\\b(?:two|three|four|five|six|seven|eight|nine|ten|both)\\b)"
            + "\\s*(?:个|家|项|款|期|座|省市|省|市|国|大|类|部分)?[^，,。；;\\d]{0,12}?(?:合计|总计|共计|总共|一共|combined|together|in total|altogether)",
            Pattern.CASE_INSENSITIVE);
    private static final String COUNT_WORDS = "两二三四五六七八九十";
    private static final List<String> COUNT_EN = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                List<Located> nums = d.in(s);
                total(d, s, nums, out);
                shares(d, s, nums, out);
            }
        return out;
    }

    private void total(Doc d, Sentence s, List<Located> nums, List<Claim> out) {
        boolean listed = LIST.matcher(s.text()).find();
        for (int i = 0; i < nums.size(); i++) {
            Located t = nums.get(i);
            if (!t.num().unit().isAmount() && t.num().unit() != Unit.PERCENT) continue;
            if (!TOTAL.matcher(d.between(Math.max(s.start(), t.num().start() - 12), t.num().start())).find()) continue;
            int counted = counted(d.between(Math.max(s.start(), t.num().start() - 30), t.num().start()));
            if (!listed && counted == 0) continue;
            List<Located> parts = new ArrayList<>();
            for (Located n : nums)
                if (n != t && n.num().sameKind(t.num()) && (listed || n.num().start() < t.num().start())) parts.add(n);
            if (parts.size() < 2 || !listed && parts.size() != counted) continue; // the count names exactly the parts before it
            double sum = 0;
            for (Located p : parts) sum += p.value();
            double rounding = 0;
            for (Located p : parts) rounding += p.num().rounding();
            List<Input> inputs = new ArrayList<>();
            StringBuilder expl = new StringBuilder();
            for (Located p : parts) {
                inputs.add(Input.of("part", p));
                expl.append(expl.isEmpty() ? "" : " + ").append(p.num().text());
            }
            expl.append(" = ").append(Judge.fmt(sum));
            out.add(Judge.judge(ClaimKind.SUM, t, sum, rounding / Math.max(Math.abs(t.value()), 1e-9), "total = Σ parts", inputs,
                    expl.toString(), "the parts add up to " + Judge.fmt(sum)));
        }
    }

    /** The number of parts a total names before itself ("五省市合计" → 5), or 0. */
    private static int counted(String lead) {
        var m = COUNTED.matcher(lead);
        int n = 0;
        while (m.find()) {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            n = w.equals("both") || w.equals("两") ? 2 : w.length() == 1 && COUNT_WORDS.contains(w) ? COUNT_WORDS.indexOf(w) + 1
                    : COUNT_EN.indexOf(w) + 2;
        }
        return n;
    }

    private void shares(Doc d, Sentence s, List<Located> nums, List<Claim> out) {
        if (OVERLAP.matcher(s.text()).find()) return;
        boolean listed = SHARES.matcher(s.text()).find();
        boolean rest = REST.matcher(s.text()).find() && SHARE_WORD.matcher(s.text()).find();
        if (!listed && !rest) return;
        List<Located> pcts = nums.stream().filter(n -> n.num().unit() == Unit.PERCENT && n.num().bound() == zhiti.audit.text.Num.Bound.EXACT
                && !GROWTH_BEFORE.matcher(d.between(Math.max(s.start(), n.num().start() - 10), n.num().start())).find()).toList();
        if (pcts.size() < (rest ? 3 : 2)) return;
        double sum = 0, rounding = 0;
        for (Located p : pcts) {
            sum += p.value();
            rounding += p.num().rounding();
        }
        boolean over = sum > 100 + rounding + 0.05;
        boolean under = rest && sum < 100 - rounding - 0.05; // "others" complete the whole
        if (!over && !under) return;
        List<Input> inputs = new ArrayList<>();
        StringBuilder expl = new StringBuilder();
        for (Located p : pcts) {
            inputs.add(Input.of("share", p));
            expl.append(expl.isEmpty() ? "" : " + ").append(p.num().text());
        }
        Located last = pcts.get(pcts.size() - 1);
        out.add(Judge.claim(ClaimKind.SHARE_SUM, last, zhiti.audit.Verdict.DISCREPANCY, sum,
                rest ? "Σ shares of a whole, others included = 100%" : "Σ shares of one whole ≤ 100%", inputs,
                expl + " = " + Judge.pct(sum) + (over ? ": shares of one whole cannot add to more than 100%"
                        : ": with the others included the shares should add to 100%")));
    }
}
