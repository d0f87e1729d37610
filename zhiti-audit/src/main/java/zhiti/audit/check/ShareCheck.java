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
 * A share against its part and whole: "AI 服务器 75 亿美元，占服务器市场 530 亿美元的 14.2%" → 75 / 530. Judged only
 * when the sentence prints exactly two amounts of the share's kind for the same year, so the part and the whole
 * cannot be mistaken; the larger is the whole.
 */
public final class ShareCheck implements Check {
    private static final Pattern SHARE = Pattern.compile("(占比|占|份额|比重|占据|share of|accounts? for|accounting for|makes? up|made up|of the total|of total|of all)[^，,。；;%]{0,24}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCREMENT = Pattern.compile("(增加|增长|减少|新增|下降|多出|increase|up by|rose|fell)[^，,。\\d]{0,6}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_OR_CHANGE = Pattern.compile("即|也就是|相当于|约合|折合|[（(]|较|比|增长|增至|下降|从|由|i\\.e\\.|or about|than|from|up|down|grew|rose|fell",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_WHOLE = Pattern.compile("增长|增速|同比|下降|growth|grew|increase|rose|fell|CAGR|复合", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                List<Located> nums = d.in(s);
                List<Located> shares = nums.stream().filter(n -> n.num().unit() == Unit.PERCENT
                        && SHARE.matcher(d.between(Math.max(s.start(), n.num().start() - 26), n.num().start())).find()).toList();
                if (shares.size() != 1) continue;
                Located share = shares.get(0);
                String lead = d.between(Math.max(s.start(), share.num().start() - 12), share.num().start());
                if (OTHER_WHOLE.matcher(lead).find()) continue;
                List<Located> amounts = nums.stream().filter(n -> n.num().unit().isAmount() && n.num().unit() != Unit.DAYS).toList();
                if (amounts.size() != 2 || !amounts.get(0).num().sameKind(amounts.get(1).num())) continue;
                Located a = amounts.get(0), b = amounts.get(1);
                if (b.num().start() > share.num().start()) continue; // the part and the whole come before the share
                String link = d.between(a.num().end(), b.num().start());
                if (SAME_OR_CHANGE.matcher(link).find()) continue; // "6,700 PFLOPS，即 67 EFLOPS", "较上年的 475 亿": not a part and its whole
                int ya = Context.yearOf(d, a), yb = Context.yearOf(d, b);
                if (ya != 0 && yb != 0 && ya != yb) continue;
                if (a.value() <= 0 || b.value() <= 0 || a.value() == b.value()) continue;
                if (INCREMENT.matcher(d.between(Math.max(s.start(), a.num().start() - 8), a.num().start())).find()
                        || INCREMENT.matcher(d.between(Math.max(s.start(), b.num().start() - 8), b.num().start())).find()) continue;
                if (Judge.inputRounding(List.of(a, b)) > 0.1) continue; // "约 1 万亿": too coarse to judge a share
                Located part = a.value() < b.value() ? a : b, whole = part == a ? b : a;
                double pct = part.value() / whole.value() * 100;
                out.add(Judge.judge(ClaimKind.PERCENTAGE, share, pct, Judge.inputRounding(List.of(part, whole)),
                        "share = part / whole", List.of(Input.of("part", part), Input.of("whole", whole)),
                        String.format("%s / %s = %s", part.num().text(), whole.num().text(), Judge.pct(pct)),
                        "the share that follows is " + Judge.pct(pct)));
            }
        return out;
    }
}
