package zhiti.audit.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Table;
import zhiti.audit.text.Tables;
import zhiti.audit.text.Unit;

/**
 * A row's share of a table's total, stated in the prose: "H公司以 180 亿元收入位居第一，占国产市场的份额约为 56%" against
 * a table whose row H公司 prints 180 in the column whose total row (合计/总计/Total) prints 360. The sentence must
 * name the row and print the row's value, so the column is the one holding that value; the whole is the total row.
 */
public final class TableShareCheck implements Check {
    private static final Pattern SHARE = Pattern.compile("(占比|占|份额|比重|市占率|share of|accounts? for|accounting for)[^，,。；;%\\d]{0,20}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL_ROW = Pattern.compile("(?i)合计|总计|总和|全部|total|sum|all");
    private static final Pattern CHANGE = Pattern.compile("增长|增速|同比|下降|提升|growth|grew|rose|fell|increase", Pattern.CASE_INSENSITIVE);

    /** A table's row cells and total cells, by column, and each column's unit (null when none is printed). */
    private record Grid(String table, Map<String, Map<Integer, Located>> rows, Map<Integer, Located> totals,
                        Map<Integer, TextTableCheck.Scale> scales) {
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            List<Grid> grids = grids(d);
            if (grids.isEmpty()) continue;
            for (Sentence s : d.sentences()) {
                if (s.text().contains("\t") || s.text().strip().startsWith("|")) continue;
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

    private Claim judge(Doc d, Sentence s, Located p, List<Grid> grids) {
        String clause = d.between(s.start(), p.num().start());
        List<Located> amounts = d.in(s).stream().filter(n -> n.num().end() <= p.num().start() && n.num().unit().isAmount()
                && n.num().unit() != Unit.DAYS).toList();
        if (amounts.size() != 1) return null; // with two amounts the sentence holds its own whole (ShareCheck)
        Located part = amounts.get(0);
        Located cell = null, total = null;
        String row = null, table = null;
        for (Grid g : grids)
            for (var r : g.rows().entrySet()) {
                if (!clause.contains(r.getKey())) continue;
                for (var c : r.getValue().entrySet()) {
                    Located t = g.totals().get(c.getKey());
                    TextTableCheck.Scale scale = g.scales().get(c.getKey());
                    if (t == null || scale == null || scale.unit() != part.num().unit()
                            || !java.util.Objects.equals(scale.currency(), part.num().currency())) continue;
                    double v = c.getValue().value() * scale.factor();
                    if (Math.abs(v - part.value()) > part.num().rounding() * 1.0001 + Math.abs(v) * 1e-9) continue;
                    if (cell != null) return null; // two cells hold the printed value: which column is meant?
                    cell = c.getValue();
                    total = t;
                    row = r.getKey();
                    table = g.table();
                }
            }
        if (cell == null || total.value() <= 0) return null;
        double pct = cell.value() / total.value() * 100;
        return Judge.judge(ClaimKind.PERCENTAGE, p, pct, Judge.inputRounding(List.of(cell, total)), "share = row / total row",
                List.of(Input.of(row + ", " + table, cell), Input.of("total, " + table, total)),
                String.format("%s / %s = %s", cell.num().text(), total.num().text(), Judge.pct(pct)), "");
    }

    private static List<Grid> grids(Doc d) {
        List<Grid> out = new ArrayList<>();
        Map<Integer, Located> byStart = new HashMap<>();
        for (Located n : d.numbers()) byStart.put(n.num().start(), n);
        for (Table t : Tables.find(d.text())) {
            String name = t.caption() == null || t.caption().isBlank() ? "the table" : "table “" + t.caption().strip() + "”";
            Map<String, Map<Integer, Located>> rows = new HashMap<>();
            Map<Integer, Located> totals = null;
            Map<Integer, TextTableCheck.Scale> scales = new HashMap<>();
            String caption = t.caption() == null ? "" : t.caption().replaceAll("单位\\s*[:：]\\s*", "");
            for (int c = 1; c < t.columnCount(); c++) {
                TextTableCheck.Scale sc = TextTableCheck.scale(t.column(c));
                if (sc == null) sc = TextTableCheck.scale(caption);
                if (sc != null) scales.put(c, sc);
            }
            for (Table.Row r : t.rows()) {
                String label = r.label().strip();
                Map<Integer, Located> cells = new HashMap<>();
                for (int c = 1; c < t.columnCount(); c++) {
                    Num n = r.number(c);
                    Located at = n == null ? null : byStart.get(n.start());
                    if (at != null && at.num().unit() != Unit.PERCENT) cells.put(c, at);
                }
                if (TOTAL_ROW.matcher(label).matches()) totals = cells;
                else if (label.codePointCount(0, label.length()) >= 2 && !cells.isEmpty() && rows.put(label, cells) != null)
                    rows.remove(label); // a label printed twice is no key
            }
            if (totals != null && !totals.isEmpty() && rows.size() >= 2) out.add(new Grid(name, rows, totals, scales));
        }
        return out;
    }
}
