package zhiti.audit.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
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
 * A year-on-year change the prose states for something a table of the document lists by year: "推理算力租赁增长最为迅猛，
 * 同比增长 250%" against the row 推理算力租赁 (2023: 60, 2024: 150), or "2022 年数据中心用电量同比增长 34.7%" against the
 * column 数据中心用电量 of a table with a row per year. The sentence must name the row or the column (its whole label,
 * units left out) and be about one year: its own, or the only year its paragraph names.
 */
public final class TableGrowthCheck implements Check {
    private static final Pattern RISE = Pattern.compile("(同比增长|同比增加|同比提升|增长|增幅|增速|提升|grew|grow|rose|rise|rising|increased|increase of|up)\\s*(?:了|达|高达|约|为|by|about|roughly|some)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FALL = Pattern.compile("(同比下降|同比减少|下降|减少|下滑|fell|declined|decline of|dropped|down)\\s*(?:了|达|约|为|by|about|roughly)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_IN = Pattern.compile("((?:19|20)\\d\\d)");

    /** Values of one row (or one column) by year, with where they sit and what the series is called. */
    record Series(String label, boolean isColumn, Map<Integer, Located> byYear, String table) {
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            List<Series> series = series(d);
            if (series.isEmpty()) continue;
            for (Sentence s : d.sentences()) {
                if (TableGrid.isTableRow(s)) continue;
                for (Located p : d.in(s)) {
                    if (p.num().unit() != Unit.PERCENT || p.num().bound() == Num.Bound.RANGE) continue;
                    String lead = d.between(Math.max(s.start(), p.num().start() - 10), p.num().start());
                    boolean fall = FALL.matcher(lead).find();
                    if (!fall && !RISE.matcher(lead).find()) continue;
                    Claim c = judge(d, s, p, fall, series);
                    if (c != null) out.add(c);
                }
            }
        }
        return out;
    }

    private Claim judge(Doc d, Sentence s, Located p, boolean fall, List<Series> all) {
        String clause = d.between(s.start(), p.num().start());
        // a row by its whole label; a column by its whole header, so "全社会用电量" is not "数据中心用电量"
        List<Series> named = all.stream().filter(x -> clause.contains(x.label())).toList();
        // "训练算力租赁" names its row, and "算力租赁" inside it is no second one: keep the longest label
        Series match = named.stream().max(java.util.Comparator.comparingInt(x -> x.label().length())).orElse(null);
        if (match != null) {
            for (Series x : named)
                if (x != match && !match.label().contains(x.label())) return null; // two series named: which one is meant?
        }
        if (match == null) return null;
        int year = year(d, s, p);
        if (year == 0 || !match.byYear().containsKey(year) || !match.byYear().containsKey(year - 1)) return null;
        Located now = match.byYear().get(year), before = match.byYear().get(year - 1);
        if (before.value() <= 0) return null;
        double change = fall ? (1 - now.value() / before.value()) * 100 : (now.value() / before.value() - 1) * 100;
        if (change <= 0) return null; // the words and the numbers point opposite ways: some other change is meant
        String what = match.label() + ", " + match.table();
        return Judge.judge(ClaimKind.GROWTH, p, change, Judge.inputRounding(List.of(now, before)),
                fall ? "decline = 1 − this year / last year" : "growth = this year / last year − 1",
                List.of(Input.of(what + " (" + (year - 1) + ")", before), Input.of(what + " (" + year + ")", now)),
                String.format(fall ? "1 − %s / %s = %s" : "%s / %s − 1 = %s", now.num().text(), before.num().text(),
                        Judge.pct(change)), "");
    }

    /** The year the claim is about: its own, or the only year its paragraph names before it. */
    private static int year(Doc d, Sentence s, Located p) {
        int y = Context.yearOf(d, p);
        if (y != 0) return y;
        TreeSet<Integer> years = new TreeSet<>();
        for (Sentence o : d.sentences())
            if (o.paragraph() == s.paragraph() && o.start() <= p.num().start()) {
                Matcher m = YEAR_IN.matcher(d.between(o.start(), Math.min(o.end(), p.num().start())));
                while (m.find()) years.add(Integer.parseInt(m.group(1)));
            }
        return years.size() == 1 ? years.first() : 0;
    }

    /** Rows over year columns, and columns over year rows, of the document's tables. */
    static List<Series> series(Doc d) {
        List<Series> out = new ArrayList<>();
        Map<Integer, Located> byStart = new HashMap<>();
        for (Located n : d.numbers()) byStart.put(n.num().start(), n);
        for (Table t : Tables.find(d.text())) {
            String name = t.caption() == null || t.caption().isBlank() ? "the table" : "table “" + t.caption().strip() + "”";
            Map<Integer, Integer> yearColumns = new HashMap<>(); // column → year
            for (int c = 1; c < t.columnCount(); c++) {
                int y = onlyYear(t.column(c));
                if (y != 0 && !yearColumns.containsValue(y)) yearColumns.put(c, y);
            }
            if (yearColumns.size() >= 2)
                for (Table.Row r : t.rows()) {
                    String label = r.label().strip();
                    if (label.codePointCount(0, label.length()) < 2 || label.matches("(?i)合计|总计|total|sum")) continue;
                    Map<Integer, Located> byYear = new HashMap<>();
                    for (var e : yearColumns.entrySet()) {
                        Num n = r.number(e.getKey());
                        Located at = n == null ? null : byStart.get(n.start());
                        if (at != null && at.num().unit() != Unit.PERCENT) byYear.put(e.getValue(), at);
                    }
                    if (byYear.size() >= 2) out.add(new Series(label, false, byYear, name));
                }
            Map<Integer, Table.Row> yearRows = new HashMap<>(); // year → row
            for (Table.Row r : t.rows()) {
                String first = r.cell(0) == null ? "" : r.cell(0).text().strip(); // a year cell is no row label
                if (first.matches("(?:FY\\s*)?(?:19|20)\\d\\d\\s*(?:年|E|A)?")) yearRows.put(onlyYear(first), r);
            }
            if (yearRows.size() >= 2)
                for (int c = 1; c < t.columnCount(); c++) {
                    String header = t.column(c);
                    if (header == null || header.codePointCount(0, header.length()) < 2) continue;
                    Map<Integer, Located> byYear = new HashMap<>();
                    for (var e : yearRows.entrySet()) {
                        Num n = e.getValue().number(c);
                        Located at = n == null ? null : byStart.get(n.start());
                        if (at != null && at.num().unit() != Unit.PERCENT) byYear.put(e.getKey(), at);
                    }
                    if (byYear.size() >= 2) out.add(new Series(header.replaceAll("[（(][^）)]*[）)]", "").strip(), true, byYear, name));
                }
        }
        return out;
    }

    /** The one year a header names ("2024", "2024年收入", "FY2023"), or 0. */
    private static int onlyYear(String header) {
        if (header == null) return 0;
        Matcher m = YEAR_IN.matcher(header);
        int y = 0;
        while (m.find()) {
            if (y != 0) return 0;
            y = Integer.parseInt(m.group(1));
        }
        return y;
    }
}
