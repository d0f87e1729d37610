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
 * One amount as a percentage of another, both printed: "单卡算力约为 376 TFLOPS，约为海外旗舰（989 TFLOPS）的 45%"
 * → 376 / 989; "the chip delivers 376 TFLOPS, about 38% of the H100's 989 TFLOPS". The percentage counterpart of
 * "A 是 B 的 N 倍" in {@link MultipleCheck}. The numerator is the amount before the link word, the denominator the
 * one between the link and the percentage (Chinese) or after "of" (English); both must be of one kind, with no
 * other amount of that kind between them.
 */
public final class RatioOfCheck implements Check {
    /** "…为/是/相当于 <B's label> B": the link word before the denominator, with at most a short label between. */
    private static final Pattern LINK_ZH = Pattern.compile("(?:约|大约|仅|只|不到|接近)?(?:是|为|相当于|达到?|只有)[^，,。；;\\d]{0,16}$");
    private static final Pattern TO_PERCENT_ZH = Pattern.compile("\\s*[)）]?\\s*的\\s*(?:约|近|仅|大约)?\\s*$");
    private static final Pattern LINK_EN = Pattern.compile("(?:\\bis|\\bwas|\\bare|\\bequals?|\\brepresents?|\\bamounts? to|\\bcomes? to|,)\\s*"
            + "(?:about|roughly|around|nearly|only|just|some|approximately)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_EN = Pattern.compile("\\s*of\\s+(?:the|its|that|their)?\\b", Pattern.CASE_INSENSITIVE);
    /** Growth and change words before the percentage: a rate of change, not a ratio of two levels. */
    private static final Pattern CHANGE = Pattern.compile("增长|增速|增幅|同比|环比|下降|提升|提高|growth|grew|increase|decline|fell|rose|higher|lower|more|less",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                List<Located> nums = d.in(s);
                for (Located p : nums) {
                    if (p.num().unit() != Unit.PERCENT) continue;
                    Claim c = chinese(d, s, nums, p);
                    if (c == null) c = english(d, s, nums, p);
                    if (c != null) out.add(c);
                }
            }
        return out;
    }

    private Claim chinese(Doc d, Sentence s, List<Located> nums, Located p) {
        Located b = lastAmountBefore(nums, p.num().start());
        if (b == null || !TO_PERCENT_ZH.matcher(d.between(b.num().end(), p.num().start())).matches()) return null;
        String beforeB = d.between(Math.max(s.start(), b.num().start() - 20), b.num().start());
        java.util.regex.Matcher link = LINK_ZH.matcher(beforeB);
        if (!link.find()) return null;
        int linkAt = b.num().start() - (beforeB.length() - link.start());
        Located a = lastAmountBefore(nums, linkAt);
        if (a == null || !a.num().sameKind(b.num())) return null;
        String between = d.between(a.num().end(), linkAt);
        if (between.length() > 8 || between.matches("(?s).*[。；;].*")) return null; // "A，约为 B 的 P%": A ends where the link starts
        return judge(d, s, a, b, p);
    }

    private Claim english(Doc d, Sentence s, List<Located> nums, Located p) {
        String after = d.between(p.num().end(), Math.min(s.end(), p.num().end() + 40));
        java.util.regex.Matcher of = OF_EN.matcher(after);
        if (!of.lookingAt()) return null;
        Located b = null;
        for (Located n : nums)
            if (n.num().start() >= p.num().end() + of.end() && n.num().start() <= p.num().end() + 40 && n.num().unit().isAmount()) {
                b = n;
                break;
            }
        if (b == null) return null;
        String lead = d.between(Math.max(s.start(), p.num().start() - 24), p.num().start());
        if (!LINK_EN.matcher(lead).find()) return null;
        Located a = lastAmountBefore(nums, p.num().start());
        if (a == null || !a.num().sameKind(b.num()) || p.num().start() - a.num().end() > 24) return null;
        return judge(d, s, a, b, p);
    }

    private Claim judge(Doc d, Sentence s, Located a, Located b, Located p) {
        if (a.value() <= 0 || b.value() <= 0 || a.num().unit() == Unit.PLAIN || a.num().unit() == Unit.DAYS) return null;
        String lead = d.between(Math.max(s.start(), a.num().end()), p.num().start());
        if (CHANGE.matcher(lead).find()) return null;
        int ya = Context.yearOf(d, a), yb = Context.yearOf(d, b);
        if (ya != 0 && yb != 0 && ya != yb) return null; // two years' levels: a change over time, judged elsewhere
        double pct = a.value() / b.value() * 100;
        return Judge.judge(ClaimKind.PERCENTAGE, p, pct, Judge.inputRounding(List.of(a, b)), "share = A / B",
                List.of(Input.of("A", a), Input.of("B", b)),
                String.format("%s / %s = %s", a.num().text(), b.num().text(), Judge.pct(pct)), "");
    }

    private static Located lastAmountBefore(List<Located> nums, int pos) {
        Located last = null;
        for (Located n : nums)
            if (n.num().end() <= pos && n.num().unit().isAmount() && n.num().unit() != Unit.DAYS) last = n;
        return last;
    }
}
