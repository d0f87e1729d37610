package zhiti.audit.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.text.Num;
import zhiti.audit.text.NumScanner;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Table;
import zhiti.audit.text.TablePeriod;
import zhiti.audit.text.Tables;
import zhiti.audit.text.Unit;

/**
 * A figure the prose states that a table of the same document also holds: "其中亚马逊全年资本开支达到 813 亿美元"
 * against the table row 亚马逊, column 2024, in a table of 亿美元 that prints 831. The prose value must name the row
 * and be dated to the column's year (in its clause, or by the year heading its paragraph); the table's unit is read
 * from the column header or the caption. Agreeing values reproduce, with the cell as input; others are inconsistent.
 */
public final class TextTableCheck implements Check {
    private static final Pattern UNIT_IN_PARENS = Pattern.compile("[（(]\\s*([^）()（]{1,12}?)\\s*[）)]");
    private static final Pattern OTHER_BASE = Pattern.compile("占|[（(]|比|相当于|of its|share of|relative to", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_NOISE = Pattern.compile("^\\s*(?:图表|表|Table|Figure)\\s*[\\d.]+\\s*[:：.]?|[（(][^）)]*[）)]|\\s+", Pattern.CASE_INSENSITIVE);

    /** Whether the clause names what the table measures: a two-character run of the caption's words, or an English word. */
    static boolean names(String clause, String measure) {
        if (measure.isEmpty()) return false;
        for (int i = 0; i + 2 <= measure.length(); i++) {
            String w = measure.substring(i, i + 2);
            if (w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && clause.contains(w)) return true;
        }
        for (String w : measure.split("[^A-Za-z]+"))
            if (w.length() >= 4 && clause.toLowerCase(java.util.Locale.ROOT).contains(w.toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    private static final Pattern PARAGRAPH_YEAR = Pattern.compile("^\\s*(?:截至|截止)?\\s*((?:19|20)\\d\\d)\\s*年(?:底|末|全年)?\\s*[，,]");

    /** @param text the unit as the table writes it ("亿美元") */
    record Scale(double factor, Unit unit, String currency, String text) {
    }

    /** @param measure what the table measures, from its caption and column header ("四大云厂商资本开支") */
    private record CellFact(String label, Located cell, Scale scale, String table, String measure) {
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            Map<String, List<CellFact>> byYear = index(d);
            if (byYear.isEmpty()) continue;
            for (Sentence s : d.sentences()) {
                if (TableGrid.isTableRow(s)) continue;
                for (Located n : d.in(s)) {
                    if (!n.num().unit().isAmount() || n.num().unit() == Unit.PLAIN || n.num().bound() == Num.Bound.RANGE) continue;
                    int year = Context.yearOf(d, n);
                    if (year == 0) year = paragraphYear(d, s);
                    if (year == 0) continue;
                    Claim c = compare(d, s, n, byYear.getOrDefault(String.valueOf(year), List.of()), year);
                    if (c != null) out.add(c);
                }
            }
        }
        return out;
    }

    private Claim compare(Doc d, Sentence s, Located n, List<CellFact> cells, int year) {
        int from = n.num().start();
        while (from > s.start() && "，,；;。".indexOf(d.text().charAt(from - 1)) < 0) from--;
        String clause = d.between(from, n.num().start());
        CellFact match = null;
        for (CellFact f : cells) {
            if (!clause.contains(f.label()) || f.scale().unit() != n.num().unit() || !java.util.Objects.equals(f.scale().currency(), n.num().currency())) continue;
            if (match != null && !match.label().equals(f.label())) return null; // two rows named in one clause
            if (match == null || f.label().length() > match.label().length()) match = f;
        }
        if (match == null || !names(clause, match.measure())) return null;
        String near = d.between(Math.max(from, n.num().start() - 10), n.num().start());
        if (OTHER_BASE.matcher(near).find()) return null; // "资本开支占其营收（2,451亿美元）": another quantity of the same row
        double cell = match.cell().value() * match.scale().factor();
        double tol = match.cell().num().rounding() * match.scale().factor() + n.num().rounding() + Math.abs(cell) * 0.005;
        if (n.num().bound() == Num.Bound.ABOUT) tol += Math.abs(cell) * 0.05;
        boolean agree = Math.abs(cell - n.value()) <= tol * 1.0001
                || (n.num().bound() == Num.Bound.AT_LEAST && n.value() <= cell + tol)
                || (n.num().bound() == Num.Bound.AT_MOST && n.value() >= cell - tol);
        String what = match.label() + " (" + year + ")";
        List<Input> inputs = List.of(Input.of(what + ", " + match.table(), match.cell()));
        if (agree)
            return Judge.claim(ClaimKind.SAME_FACT, n, Verdict.REPRODUCES, cell, "the prose and the table state one value", inputs,
                    what + " is " + match.cell().num().text() + " " + match.scale().text() + " in " + match.table() + " as well");
        return new Claim(n.doc(), n.num().start(), n.num().end(), n.num().text(), ClaimKind.SAME_FACT, Verdict.INCONSISTENT, n.value(), cell,
                n.num().currency() != null ? n.num().currency() : n.num().unit().symbol(), "the prose and the table state one value", inputs,
                List.of("same document"), String.format("%s is %s here and %s in %s", what, n.num().text(), match.cell().num().text() + " " + match.scale().text(),
                match.table()), match.cell());
    }

    /** Year → the cells of year columns of the document's tables, each with its row label and the table's unit. */
    private Map<String, List<CellFact>> index(Doc d) {
        Map<String, List<CellFact>> out = new HashMap<>();
        Map<Integer, Located> byStart = new HashMap<>();
        for (Located n : d.numbers()) byStart.put(n.num().start(), n);
        for (Table t : Tables.find(d.text())) {
            String name = t.caption() == null || t.caption().isBlank() ? "the table" : "table “" + t.caption().strip() + "”";
            for (int c = 0; c < t.columnCount(); c++) {
                TablePeriod p = t.columnPeriod(c);
                if (p == null || p.perYear() != 1) continue;
                Scale scale = scale(t.column(c));
                if (scale == null && t.caption() != null) scale = scale(t.caption());
                if (scale == null) continue;
                for (Table.Row r : t.rows()) {
                    String label = r.label().strip();
                    Num cell = r.number(c);
                    if (label.codePointCount(0, label.length()) < 2 || cell == null || label.matches("(?i)合计|总计|total|sum|其他|others?")) continue;
                    Located at = byStart.get(cell.start());
                    if (at == null || at.num().unit() != Unit.PLAIN) continue; // the cell's own unit would override the header's
                    String measure = CAPTION_NOISE.matcher((t.caption() == null ? "" : t.caption()) + " " + t.column(c).replaceAll("(?:19|20)\\d\\d\\s*年?", "")).replaceAll("");
                    out.computeIfAbsent(String.valueOf(p.year()), k -> new ArrayList<>()).add(new CellFact(label, at, scale, name, measure));
                }
            }
        }
        return out;
    }

    /** "（亿美元）", "($bn)", "(万台)": the unit a table's numbers are in. */
    static Scale scale(String header) {
        if (header == null) return null;
        Matcher m = UNIT_IN_PARENS.matcher(header);
        Scale found = null;
        while (m.find()) {
            String u = m.group(1).strip();
            String probe = u.startsWith("$") || u.startsWith("US$") ? u.replaceFirst("^(US)?\\$\\s*", "\\$1 ") : "1 " + u;
            List<Num> nums = NumScanner.scan(probe);
            if (nums.size() != 1 || nums.get(0).unit() == Unit.PLAIN || nums.get(0).end() < probe.length() - 1) continue;
            Num n = nums.get(0);
            found = new Scale(n.value(), n.unit(), n.currency(), u);
        }
        return found;
    }

    private static int paragraphYear(Doc d, Sentence s) {
        for (Sentence p : d.sentences()) {
            if (p.paragraph() != s.paragraph()) continue;
            Matcher m = PARAGRAPH_YEAR.matcher(p.text());
            return m.find() ? Integer.parseInt(m.group(1)) : 0; // only the paragraph's first sentence can head it
        }
        return 0;
    }
}
