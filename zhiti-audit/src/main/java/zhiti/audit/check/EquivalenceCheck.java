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
 * One amount written two ways: "4 万亿倍（4.4×10^12）", "3.12 EFLOPS (3,120 PFLOPS)", "每年提升 50%（1.5 倍）",
 * "每年下降 60%（每 9 个月减半）". The second must equal the first within both printed roundings; a gap of a power of
 * ten is named as such. Money in two currencies is left to {@link CurrencyCheck}.
 */
public final class EquivalenceCheck implements Check {
    private static final Pattern JOIN = Pattern.compile("(?:\\s*(?:per|a|an|每)\\s+[A-Za-z]+)?\\s*(?:[（(]\\s*(?:约|即|合|约合|或|i\\.e\\.,?|about|or|~)?|[，,]?\\s*(?:即|也就是|相当于|约合|折合|i\\.e\\.|or about|or|equivalent to|equal to)\\s*)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAGNITUDE = Pattern.compile("[万亿]|(?i:thousand|million|billion|trillion|bn|mn)|\\d[KMBT]$");
    private static final Pattern DECREASE = Pattern.compile("(缩小|下降|减少|降低|减|降|fell|fall|shrink|drop|decline|cut|lower)[^，,。]{0,6}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALVING = Pattern.compile("^[^，,。]{0,4}(?:减半|halv)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLING = Pattern.compile("^[^，,。]{0,4}(?:翻番|翻倍|翻一番|doubl)", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                List<Located> nums = d.in(s);
                for (int i = 0; i + 1 < nums.size(); i++) {
                    Located a = nums.get(i), b = nums.get(i + 1);
                    String gap = d.between(a.num().end(), b.num().start());
                    if (!JOIN.matcher(gap).matches() && !(gap.matches("\\s*[（(]\\s*每\\s*") && b.num().unit() == Unit.DAYS)) continue;
                    String after = d.between(b.num().end(), Math.min(s.end(), b.num().end() + 12));
                    boolean paren = gap.contains("（") || gap.contains("(");
                    // the second form must be all there is in the parentheses, or close a clause: "（约 1000 亿神经元，…" is another fact
                    if (paren && !after.matches("(?s)\\s*(?:[A-Za-z]{0,6}|[\\u4e00-\\u9fa5]{0,4})\\s*[）)].*")) continue;
                    if (paren && after.matches("(?s)\\s*[\\u4e00-\\u9fa5]{1,4}\\s*[）)].*") && !after.strip().startsWith(b.num().word())
                            && !after.matches("(?s)\\s*(?:减半|翻番|翻倍|翻一番).*")) continue;
                    boolean magnitudes = a.num().unit() == Unit.PLAIN && b.num().unit() == Unit.PLAIN && MAGNITUDE.matcher(a.num().text()).find()
                            && MAGNITUDE.matcher(b.num().text()).find(); // "1,750亿，即1.75万亿"
                    if (!paren && (a.num().unit() != b.num().unit() || (a.num().unit() == Unit.PLAIN && !magnitudes))) continue;
                    Claim c = compare(d, s, a, b, gap);
                    if (c != null) out.add(c);
                }
            }
        return out;
    }

    private Claim compare(Doc d, Sentence s, Located a, Located b, String gap) {
        Unit ua = a.num().unit(), ub = b.num().unit();
        if (ua == Unit.MONEY || ub == Unit.MONEY || ua == Unit.YEAR || ub == Unit.YEAR) return null;
        boolean sameDim = ua == ub || (ub == Unit.PLAIN && ua.isAmount() && ua != Unit.DAYS) || (ub == Unit.PLAIN && ua == Unit.FACTOR);
        if ((ua == Unit.COUNT || ub == Unit.COUNT) && !a.num().word().equals(b.num().word())) return null; // "4 台（32 张）": two things
        if (sameDim && ua != Unit.PERCENT) {
            double slack = (a.num().rounding() + b.num().rounding()) / Math.max(Math.abs(b.value()), 1e-300);
            Claim c = Judge.judge(ClaimKind.UNIT, b, a.value(), slack, "the same amount written two ways must be equal",
                    List.of(Input.of("first form", a)), a.num().text() + " = " + Judge.fmt(a.value()) + " " + ua.symbol(), powerOfTen(a.value(), b.value()));
            return c;
        }
        String before = d.between(Math.max(s.start(), a.num().start() - 10), a.num().start());
        boolean down = DECREASE.matcher(before).find();
        if (ua == Unit.PERCENT && (ub == Unit.FACTOR || ub == Unit.PLAIN) && b.num().text().matches("(?s).*[\\d.]+\\s*(倍|[xX×]).*")) {
            double f = down ? 1 - a.value() / 100 : 1 + a.value() / 100;
            double slack = (b.num().rounding() + a.num().rounding() / 100) / Math.max(b.value(), 1e-9);
            Claim c = Judge.judge(ClaimKind.UNIT, b, f, slack, down ? "factor = 1 − rate" : "factor = 1 + rate",
                    List.of(Input.of("rate", a)), (down ? "1 − " : "1 + ") + a.num().text() + " = " + Judge.fmt(f) + "×", "");
            if (c.verdict() == Verdict.REPRODUCES) return c;
            Claim plain = Judge.judge(ClaimKind.UNIT, b, a.value() / 100, slack, "factor = rate", List.of(Input.of("rate", a)),
                    a.num().text() + " = " + Judge.fmt(a.value() / 100) + "×", "");
            return plain.verdict() == Verdict.REPRODUCES ? plain : c;
        }
        if (ua == Unit.PERCENT && ub == Unit.DAYS) {
            String after = d.between(b.num().end(), Math.min(s.end(), b.num().end() + 8));
            boolean halving = HALVING.matcher(after).find(), doubling = DOUBLING.matcher(after).find();
            if (!(halving && down) && !(doubling && !down)) return null;
            double perYear = down ? 1 - a.value() / 100 : 1 + a.value() / 100;
            if (perYear <= 0 || perYear == 1) return null;
            double days = 365.25 * Math.log(halving ? 0.5 : 2) / Math.log(perYear);
            double slack = b.num().rounding() / Math.max(b.value(), 1e-9) + a.num().rounding() / 100 / Math.abs(Math.log(perYear));
            return Judge.judge(ClaimKind.UNIT, b, days, slack, halving ? "halving time = ln ½ / ln(1 − rate) years" : "doubling time = ln 2 / ln(1 + rate) years",
                    List.of(Input.of("annual rate", a)), String.format("%s a year → %s every %s months", a.num().text(),
                            halving ? "halves" : "doubles", Judge.fmt(days / (365.25 / 12))), "");
        }
        return null;
    }

    /** "the printed figure is 10× the computed one: a slip of a power of ten", or "" when the gap is not a power of ten. */
    static String powerOfTen(double computed, double printed) {
        return ProductClaims.powerOfTen(printed, computed) != 0 ? ProductClaims.slip(printed, computed) : "";
    }
}
