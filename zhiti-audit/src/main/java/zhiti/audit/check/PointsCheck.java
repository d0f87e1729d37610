package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/** A gap in percentage points against the two rates it separates: "增长 10.3%，高于 GDP 增速 5.3% 4.98 个百分点". */
public final class PointsCheck implements Check {
    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                List<Located> nums = d.in(s);
                for (Located p : nums) {
                    if (p.num().unit() != Unit.PERCENT_POINTS) continue;
                    List<Located> rates = new ArrayList<>();
                    for (Sentence w : List.of(s))
                        for (Located n : d.in(w)) if (n.num().unit() == Unit.PERCENT && n.num().start() < p.num().start()) rates.add(n);
                    String lead = d.between(s.start(), p.num().start());
                    if (rates.size() != 2 || !lead.matches("(?s).*(高于|低于|高出|低出|超出|快于|慢于|多|少|higher|lower|above|below|faster|slower|ahead).*")) continue;
                    Located a = rates.get(0), b = rates.get(1);
                    double gap = Math.abs(a.value() - b.value());
                    double slack = (a.num().rounding() + b.num().rounding()) / Math.max(p.value(), 1e-9);
                    out.add(Judge.judge(ClaimKind.PERCENTAGE, p, gap, slack, "gap = |rate₁ − rate₂| (percentage points)",
                            List.of(Input.of("rate 1", a), Input.of("rate 2", b)),
                            String.format("|%s − %s| = %s points", a.num().text(), b.num().text(), Judge.fmt(gap)), ""));
                }
            }
        return out;
    }
}
