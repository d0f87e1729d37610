package zhiti.audit.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Located;
import zhiti.audit.text.Num;
import zhiti.audit.text.Table;
import zhiti.audit.text.Tables;
import zhiti.audit.text.Unit;

/**
 * A document table as labelled rows of numbers by column, with its total row apart and each column's unit (from the
 * column header, else the caption; "单位：亿元" read as "亿元"). Rows named "其他/others" are kept out of the rows, and a
 * label printed twice is dropped, since neither can be matched to a sentence with certainty.
 *
 * @param rows   label → column → cell, in table order
 * @param totals column → cell of the total row (合计/总计/Total), empty when the table has none
 * @param scales column → unit, for the columns whose unit is printed
 * @param headers column → its header text
 * @param caption the caption above the table ("" when none)
 */
record TableGrid(String name, Map<String, Map<Integer, Located>> rows, Map<Integer, Located> totals,
                 Map<Integer, TextTableCheck.Scale> scales, Map<Integer, String> headers, String caption) {
    private static final Pattern TOTAL_ROW = Pattern.compile("(?i)合计|总计|总和|全部|total|sum|all");
    private static final Pattern OTHER_ROW = Pattern.compile("(?i)其他|其余|其它|others?|rest|other vendors");

    static List<TableGrid> of(Doc d) {
        List<TableGrid> out = new ArrayList<>();
        Map<Integer, Located> byStart = new HashMap<>();
        for (Located n : d.numbers()) byStart.put(n.num().start(), n);
        for (Table t : Tables.find(d.text())) {
            String name = t.caption() == null || t.caption().isBlank() ? "the table" : "table “" + t.caption().strip() + "”";
            Map<String, Map<Integer, Located>> rows = new LinkedHashMap<>();
            List<String> twice = new ArrayList<>();
            Map<Integer, Located> totals = new HashMap<>();
            Map<Integer, TextTableCheck.Scale> scales = new HashMap<>();
            Map<Integer, String> headers = new HashMap<>();
            String caption = t.caption() == null ? "" : t.caption().replaceAll("单位\\s*[:：]\\s*", "");
            for (int c = 1; c < t.columnCount(); c++) {
                headers.put(c, t.column(c) == null ? "" : t.column(c));
                TextTableCheck.Scale sc = TextTableCheck.scale(t.column(c));
                if (sc == null) sc = TextTableCheck.scale(caption);
                if (sc != null) scales.put(c, sc);
            }
            for (Table.Row r : t.rows()) {
                String label = r.label().strip().replaceAll("^[*_]+|[*_]+$", "").strip(); // "**Total**" in markdown
                Map<Integer, Located> cells = new HashMap<>();
                for (int c = 1; c < t.columnCount(); c++) {
                    Num n = r.number(c);
                    Located at = n == null ? null : byStart.get(n.start());
                    if (at != null) cells.put(c, at);
                }
                if (TOTAL_ROW.matcher(label).matches()) totals = cells;
                else if (!OTHER_ROW.matcher(label).matches() && label.codePointCount(0, label.length()) >= 2 && !cells.isEmpty()
                        && rows.put(label, cells) != null) twice.add(label);
            }
            twice.forEach(rows::remove);
            if (rows.size() >= 2) out.add(new TableGrid(name, rows, totals, scales, headers, caption));
        }
        return out;
    }

    /** Whether a sentence is a table row (tab-separated or a markdown pipe row): prose checks read around tables. */
    static boolean isTableRow(zhiti.audit.text.Sentences.Sentence s) {
        return s.text().contains("\t") || s.text().strip().startsWith("|");
    }

    /** A cell's value in its column's unit, comparable with a prose figure; NaN when the units cannot be matched. */
    double valueAs(Located cell, int column, Num prose) {
        if (cell.num().unit() == Unit.PERCENT || cell.num().unit() != Unit.PLAIN) {
            return cell.num().sameKind(prose) ? cell.value() : Double.NaN;
        }
        TextTableCheck.Scale s = scales.get(column);
        if (s == null || s.unit() != prose.unit() || !java.util.Objects.equals(s.currency(), prose.currency())) return Double.NaN;
        return cell.value() * s.factor();
    }
}
