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
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * A row's share of a table's total, stated in the prose: "H公司以 180 亿元收入位居第一，占国产市场的份额约为 56%" against
 * a table whose row H公司 prints 180 in the column whose total row (合计/总计/Total) prints 360. The sentence must
 * name the row and print the row's value, so the column is the one holding that value; the whole is the total row.
 */
public final class TableShareCheck implements Check {
    private static final Pattern SHARE = Pattern.compile("(占比|占|份额|比重|市占率|share of|accounts? for|accounting for)[^，,。；;%\\d]{0,20}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE = Pattern.compile("增长|增速|同比|下降|提升|growth|grew|rose|fell|increase", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            List<TableGrid> grids = TableGrid.of(d);
            if (grids.isEmpty()) continue;
            for (Sentence s : d.sentences()) {
                if (TableGrid.isTableRow(s)) continue;
                for (Located p : d.in(s)) {
                    if (p.num().unit() != Unit.PERCENT || p.num().bound() == Num.Bound.RANGE) continue;
                    String lead = d.between(Math.max(s.start(), p.num().start() - 24), p.num().start());
                    if (!SHARE.matcher(lead).find() || CHANGE.matcher(lead).find()) continue;
                    Claim c = judge(d, s, p, grids);
                    if (c != null) out.add(c);
                }
            }
        }
        return out;
    }

    private Claim judge(Doc d, Sentence s, Located p, List<TableGrid> grids) {
        String clause = d.between(s.start(), p.num().start());
        List<Located> amounts = d.in(s).stream().filter(n -> n.num().end() <= p.num().start() && n.num().unit().isAmount()
                && n.num().unit() != Unit.DAYS).toList();
        if (amounts.size() != 1) return null; // with two amounts the sentence holds its own whole (ShareCheck)
        Located part = amounts.get(0);
        Located cell = null, total = null;
        String row = null, table = null;
        for (TableGrid g : grids)
            for (var r : g.rows().entrySet()) {
                if (!clause.contains(r.getKey())) continue;
                for (var c : r.getValue().entrySet()) {
                    Located t = g.totals().get(c.getKey());
                    double v = g.valueAs(c.getValue(), c.getKey(), part.num());
                    if (t == null || Double.isNaN(v) || c.getValue().num().unit() == Unit.PERCENT) continue;
                    if (Math.abs(v - part.value()) > part.num().rounding() * 1.0001 + Math.abs(v) * 1e-9) continue;
                    if (cell != null) return null; // two cells hold the printed value: which column is meant?
                    cell = c.getValue();
                    total = t;
                    row = r.getKey();
                    table = g.name();
                }
            }
        if (cell == null || total.value() <= 0) return null;
        double pct = cell.value() / total.value() * 100;
        return Judge.judge(ClaimKind.PERCENTAGE, p, pct, Judge.inputRounding(List.of(cell, total)), "share = row / total row",
                List.of(Input.of(row + ", " + table, cell), Input.of("total, " + table, total)),
                String.format("%s / %s = %s", cell.num().text(), total.num().text(), Judge.pct(pct)), "");
    }

}
