package zhiti.audit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the tables in a document's text: runs of tab-separated lines (txt, and html after
 * {@code AuditDocument.htmlText} turned each row into one) and markdown pipe tables. Cells keep exact spans; the
 * numbers in each are read by {@link NumScanner} over the cell alone, so a unit word in the next cell or on the next
 * line is never taken for this cell's.
 */
public final class Tables {
    private static final Pattern CAPTION = Pattern.compile(
            "^\\s*(?:图表|表格|表|图|附表|Table|Figure|Fig\\.|Exhibit|Chart)\\s*[\\dA-Z一二三四五六七八九十]", Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final int MAX_HEADER_ROWS = 3;

    private Tables() {
    }

    private record Line(int start, int end, String text) {
        boolean blank() {
            return text.isBlank();
        }
    }

    public static List<Table> find(String text) {
        List<Line> lines = lines(text);
        List<Table> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            if (tabbed(l)) {
                int j = i + 1;
                while (j < lines.size()) {
                    if (tabbed(lines.get(j))) j++;
                    // html rows come out with a blank line between them: a gap of one blank line inside the run
                    // joins two rows of the same width
                    else if (lines.get(j).blank() && j + 1 < lines.size() && tabbed(lines.get(j + 1))
                            && cells(lines.get(j + 1)) == cells(lines.get(j - 1))) j += 2;
                    else break;
                }
                if (rowsIn(lines, i, j) >= 2) out.add(tabTable(text, lines, i, j));
                i = j;
            } else if (l.text().stripLeading().startsWith("|")) {
                int j = i;
                while (j < lines.size() && lines.get(j).text().stripLeading().startsWith("|")) j++;
                Table t = pipeTable(text, lines, i, j);
                if (t != null) out.add(t);
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static Table tabTable(String text, List<Line> lines, int from, int to) {
        List<Table.Row> all = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            if (l.blank()) continue;
            List<int[]> spans = new ArrayList<>();
            int s = 0;
            for (int p = 0; p <= l.text().length(); p++)
                if (p == l.text().length() || l.text().charAt(p) == '\t') {
                    spans.add(new int[] {l.start() + s, l.start() + p});
                    s = p + 1;
                }
            all.add(row(text, all.size(), l, spans));
        }
        int headerRows = 0;
        while (headerRows < all.size() && headerRows < MAX_HEADER_ROWS && !hasValue(all.get(headerRows))) headerRows++;
        if (headerRows == all.size()) headerRows = 1; // no numbers anywhere: a text table, first line as its header
        return build(text, lines, from, to, all.subList(0, headerRows), all.subList(headerRows, all.size()));
    }

    private static boolean tabbed(Line l) {
        return l.text().indexOf('\t') >= 0 && !l.blank();
    }

    private static int cells(Line l) {
        return l.text().split("\t", -1).length;
    }

    private static int rowsIn(List<Line> lines, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (!lines.get(k).blank()) n++;
        return n;
    }

    private static Table pipeTable(String text, List<Line> lines, int from, int to) {
        int sep = -1;
        for (int k = from; k < to; k++) if (MD_SEPARATOR.matcher(lines.get(k).text()).matches() && lines.get(k).text().contains("-")) { sep = k; break; }
        if (sep < 0 || to - from < 2) return null;
        List<Table.Row> header = new ArrayList<>(), rows = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (k == sep) continue;
            Line l = lines.get(k);
            List<int[]> spans = new ArrayList<>();
            String t = l.text();
            int first = t.indexOf('|');
            int s = first + 1;
            for (int p = s; p <= t.length(); p++) {
                boolean bar = p < t.length() && t.charAt(p) == '|' && t.charAt(p - 1) != '\\';
                if (bar || p == t.length()) {
                    if (bar || !t.substring(s).isBlank()) spans.add(new int[] {l.start() + s, l.start() + p});
                    s = p + 1;
                }
            }
            (k < sep ? header : rows).add(row(text, (k < sep ? header : rows).size(), l, spans));
        }
        return build(text, lines, from, to, header, rows);
    }

    private static Table build(String text, List<Line> lines, int from, int to, List<Table.Row> header, List<Table.Row> rows) {
        List<Table.Row> data = new ArrayList<>();
        for (Table.Row r : rows) data.add(new Table.Row(data.size(), r.start(), r.end(), r.cells()));
        return new Table(lines.get(from).start(), lines.get(to - 1).end(), caption(lines, from), header, data);
    }

    private static Table.Row row(String text, int index, Line l, List<int[]> spans) {
        List<Table.Cell> cells = new ArrayList<>();
        for (int[] sp : spans) {
            int s = sp[0], e = sp[1];
            while (s < e && blank(text.charAt(s))) s++;
            while (e > s && blank(text.charAt(e - 1))) e--;
            String cellText = text.substring(s, e);
            List<Num> nums = new ArrayList<>();
            for (Num n : NumScanner.scan(cellText))
                nums.add(new Num(n.start() + s, n.end() + s, n.value(), n.unit(), n.currency(), n.step(), n.text(), n.word(), n.bound()));
            cells.add(new Table.Cell(cells.size(), s, e, cellText, nums));
        }
        return new Table.Row(index, l.start(), l.end(), cells);
    }

    /** A row with a number in it that is not a year: the first such row ends the header. */
    private static boolean hasValue(Table.Row r) {
        for (Table.Cell c : r.cells()) if (c.number() != null && c.period() == null) return true;
        return false;
    }

    /** The caption line in the two non-blank lines above, else the line just above when it is short. */
    private static String caption(List<Line> lines, int from) {
        int seen = 0;
        String nearest = null;
        for (int k = from - 1; k >= 0 && seen < 2; k--) {
            Line l = lines.get(k);
            if (l.blank()) continue;
            if (seen == 0) nearest = l.text().strip();
            if (CAPTION.matcher(l.text()).find()) return l.text().strip();
            seen++;
        }
        return nearest != null && nearest.length() <= 60 && nearest.indexOf('\t') < 0 ? nearest : "";
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++)
            if (i == text.length() || text.charAt(i) == '\n') {
                int e = i > s && text.charAt(i - 1) == '\r' ? i - 1 : i;
                if (i < text.length() || s < text.length()) out.add(new Line(s, e, text.substring(s, e)));
                s = i + 1;
            }
        return out;
    }
}
