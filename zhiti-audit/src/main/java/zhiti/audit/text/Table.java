package zhiti.audit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One table as a report prints it: its header rows, its data rows and the caption printed above it. Every cell
 * keeps its exact character span in the document's text and the numbers {@link NumScanner} reads in it, so a check
 * can point at the very cells a recomputation rests on.
 *
 * @param start   offset of the first row
 * @param end     offset just past the last row
 * @param caption the caption line above the table ("表 6: …", "图表 3：…"), or "" when none was found
 * @param header  the header rows (no number in them except years), in order
 * @param rows    the data rows, in order
 */
public record Table(int start, int end, String caption, List<Row> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Text around a number that still leaves a cell "just a number": signs, brackets, footnote marks, escapes. */
    private static final Pattern NUMBER_ONLY = Pattern.compile("[\\s()（）\\-−–+~～≈*†‡\\\\约]*");
    /** A cell with a letter in it: "-", "—" and "/" are placeholders for a missing value, not words. */
    private static final Pattern WORDY = Pattern.compile("[\\p{L}]");
    private static final Pattern NEGATIVE = Pattern.compile("^[\\s\\\\]*(?:[(（].*[)）]|[\\-−–].*)$", Pattern.DOTALL);

    /**
     * One cell: {@code start}/{@code end} span its printed content (surrounding blanks left out), {@code nums} the
     * numbers in it with offsets into the document's text.
     */
    public record Cell(int column, int start, int end, String text, List<Num> nums) {
        public Cell {
            nums = List.copyOf(nums);
        }

        /**
         * The one number this cell holds, signed: "(40.24%)" and "-0.20%" are negative. Null when the cell is empty,
         * text, or holds more than one number ("86,000 (860 亿)"), since then which one counts is a guess. A bare
         * number that looks like a year ("1979") is returned as a plain number: whether it is a year is for its
         * column to say ({@link TableLayout}).
         */
        public Num number() {
            if (nums.size() != 1) return null;
            Num n = nums.get(0);
            String rest = text.substring(0, n.start() - start) + " " + text.substring(n.end() - start);
            if (!NUMBER_ONLY.matcher(rest).matches()) return null;
            Unit unit = n.unit() == Unit.YEAR ? Unit.PLAIN : n.unit();
            double v = NEGATIVE.matcher(rest.strip()).matches() ? -n.value() : n.value();
            if (unit == n.unit() && v == n.value()) return n;
            return new Num(n.start(), n.end(), v, unit, n.currency(), n.step(), n.text(), n.word(), n.bound());
        }

        /** The year, quarter or month this cell names when that is all it says ("2023", "2024E", "2000 年 4 月"). */
        public TablePeriod period() {
            return TablePeriod.parse(text);
        }

        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** One printed line of the table. */
    public record Row(int index, int start, int end, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in column {@code c}, or null when the row is shorter. */
        public Cell cell(int c) {
            return c >= 0 && c < cells.size() ? cells.get(c) : null;
        }

        /** The number in column {@code c}, or null. */
        public Num number(int c) {
            Cell cell = cell(c);
            return cell == null ? null : cell.number();
        }

        /** The row's words: its cells that are neither numbers nor periods, joined ("中国", "合计"). */
        public String label() {
            List<String> parts = new ArrayList<>();
            for (Cell c : cells)
                if (WORDY.matcher(c.text()).find() && c.number() == null && c.period() == null) parts.add(c.text());
            return String.join(" ", parts);
        }

        /** What the row is called in an explanation: its label, else its period, else its position. */
        public String name() {
            String l = label();
            if (!l.isEmpty()) return l.length() > 40 ? l.substring(0, 40) + "…" : l;
            for (Cell c : cells) if (c.period() != null) return c.text();
            return "row " + (index + 1);
        }
    }

    public int columnCount() {
        int n = 0;
        for (Row r : header) n = Math.max(n, r.cells().size());
        for (Row r : rows) n = Math.max(n, r.cells().size());
        return n;
    }

    /** The header text of column {@code c}: its header cells joined top to bottom, "" when it has none. */
    public String column(int c) {
        List<String> parts = new ArrayList<>();
        for (Row r : header) {
            Cell cell = r.cell(c);
            if (cell != null && !cell.isBlank()) parts.add(cell.text());
        }
        return String.join(" ", parts);
    }

    /** The period column {@code c}'s header names ("2023", "2024E", "Q1 2024"), or null. */
    public TablePeriod columnPeriod(int c) {
        for (int i = header.size() - 1; i >= 0; i--) {
            Cell cell = header.get(i).cell(c);
            if (cell != null && cell.period() != null) return cell.period();
        }
        for (int i = header.size() - 1; i >= 0; i--) { // "2024年营收（亿美元）", "2023 revenue ($bn)": one year and a measure
            Cell cell = header.get(i).cell(c);
            if (cell == null) continue;
            java.util.regex.Matcher m = YEAR_AND_MEASURE.matcher(cell.text());
            if (m.matches()) return new TablePeriod(Integer.parseInt(m.group(1)), 1, 1);
        }
        return null;
    }

    private static final java.util.regex.Pattern YEAR_AND_MEASURE = java.util.regex.Pattern.compile(
            "\\s*(?:FY\\s*)?((?:19|20)\\d\\d)\\s*(?:年|财年)?\\s*(?:[EF]\\s)?(?!.*(?:占比|份额|share|增速|增长|growth|CAGR|%))[^\\d]{1,24}");
}
