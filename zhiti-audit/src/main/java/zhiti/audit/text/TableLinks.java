package zhiti.audit.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.text.TableLayout.Role;
import zhiti.audit.text.TableLayout.RowKind;

/**
 * Which printed cells each derived cell of a table rests on: a total row or column on its parts, a share on its
 * value and the total, a growth rate on the same row (or column) one period earlier, a CAGR on its first and last
 * values. Only pairs the layout makes unambiguous are linked; the arithmetic and the verdict are the check's.
 */
public final class TableLinks {
    private static final Pattern RANGE = Pattern.compile("((?:19|20)\\d\\d)\\s*(?:年|E|A)?\\s*[-–—~～至到]\\s*((?:19|20)?\\d\\d)");
    private static final Pattern A_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    public enum Kind { SUM, SHARE, GROWTH, CAGR }

    /** A printed number and what it is called in an explanation ("用电量 (TWh) [中国]"). */
    public record Ref(String name, Num num) {
        public double value() {
            return num.value();
        }
    }

    /**
     * One derived cell and the cells it rests on. SUM: inputs are the parts, {@code alternative} the subtotals when
     * there are any. SHARE: inputs[0] the value, the rest the total (one stated cell, or every part). GROWTH: inputs
     * are [earlier, later]. CAGR: [first, last], with the span in years and the number of printed steps between.
     * Cells of one derived column or row share a {@code group}; a group is judged only when at least
     * {@code quorum} of its cells could be. A {@code fallback} link is another reading of a cell whose span the
     * table does not name (a CAGR over a shorter run of its years): it counts only if it reproduces the figure.
     */
    public record Link(Kind kind, String group, int quorum, Ref stated, List<Ref> inputs, List<Ref> alternative,
                       double years, int steps, boolean decline, boolean fallback) {
        public Link {
            inputs = List.copyOf(inputs);
            alternative = List.copyOf(alternative);
        }
    }

    private final TableLayout layout;
    private final Table table;
    private final List<Link> out = new ArrayList<>();

    private TableLinks(TableLayout layout) {
        this.layout = layout;
        this.table = layout.table();
    }

    /** The links of a table; columns in {@code computed} are already explained by a ratio or product. */
    public static List<Link> of(TableLayout layout, Set<Integer> computed) {
        TableLinks l = new TableLinks(layout);
        l.totalRows();
        l.totalColumns();
        for (int c : layout.columns(Role.SHARE)) if (!computed.contains(c)) l.share(c);
        for (int c : layout.columns(Role.GROWTH)) l.rateColumn(c, false);
        for (int c : layout.columns(Role.CAGR)) l.rateColumn(c, true);
        l.rateRows();
        return l.out;
    }

    // ---- totals

    private void totalRows() {
        List<Table.Row> rows = table.rows();
        for (Table.Row r : rows) {
            RowKind k = layout.kind(r);
            if (k != RowKind.TOTAL && k != RowKind.SUBTOTAL) continue;
            List<Table.Row> parts = new ArrayList<>(), subtotals = new ArrayList<>();
            boolean unreadable = false;
            for (int i = r.index() - 1; i >= 0; i--) { // back to the previous total (or subtotal, for a subtotal)
                RowKind ki = layout.kind(rows.get(i));
                if (ki == RowKind.TOTAL || (k == RowKind.SUBTOTAL && ki == RowKind.SUBTOTAL)) break;
                if (ki == RowKind.DATA) parts.add(0, rows.get(i));
                if (ki == RowKind.SUBTOTAL) subtotals.add(0, rows.get(i));
                unreadable |= ki == RowKind.UNALIGNED;
            }
            if (parts.isEmpty()) // a total printed above its parts
                for (int i = r.index() + 1; i < rows.size() && !isTotal(rows.get(i)); i++) {
                    if (layout.kind(rows.get(i)) == RowKind.DATA) parts.add(rows.get(i));
                    unreadable |= layout.kind(rows.get(i)) == RowKind.UNALIGNED;
                }
            if (parts.size() < 2 || unreadable) continue; // a part whose columns are unknown: the sum cannot be had
            for (int c = 0; c < table.columnCount(); c++) {
                if (!layout.additive(c) || r.number(c) == null) continue;
                List<Ref> ps = refs(parts, c, r.number(c));
                if (ps == null) continue;
                List<Ref> alt = subtotals.size() >= 2 ? refs(subtotals, c, r.number(c)) : null;
                out.add(new Link(Kind.SUM, "row " + r.index(), 1, ref(r, c), ps, alt == null ? List.of() : alt, 0, 0, false, false));
            }
        }
    }

    private boolean isTotal(Table.Row r) {
        return layout.kind(r) == RowKind.TOTAL || layout.kind(r) == RowKind.SUBTOTAL;
    }

    private void totalColumns() {
        for (int t : layout.columns(Role.TOTAL)) {
            List<Integer> parts = partColumns(t, -1);
            if (parts.size() < 2) parts = partColumns(t, +1);
            if (parts.size() < 2) continue;
            for (Table.Row r : table.rows()) {
                Num total = r.number(t);
                RowKind k = layout.kind(r);
                if (total == null || k == RowKind.GROWTH || k == RowKind.CAGR || k == RowKind.UNALIGNED) continue;
                List<Ref> ps = new ArrayList<>();
                for (int c : parts) {
                    Num p = r.number(c);
                    if (p == null || !p.sameKind(total)) { ps = null; break; }
                    ps.add(ref(r, c));
                }
                // one row alone cannot show that these columns are the total's parts
                if (ps != null) out.add(new Link(Kind.SUM, "column " + t, 2, ref(r, t), ps, List.of(), 0, 0, false, false));
            }
        }
    }

    /**
     * The value columns next to a total column, on one side, up to the first column that is neither a value nor a
     * rate printed beside its value ("云 | 同比 | 广告 | 合计": 云 and 广告).
     */
    private List<Integer> partColumns(int t, int step) {
        List<Integer> out = new ArrayList<>();
        for (int c = t + step; c >= 0 && c < table.columnCount(); c += step) {
            Role r = layout.role(c);
            if (r == Role.GROWTH || r == Role.CAGR || r == Role.SHARE) continue;
            if (r != Role.VALUE || !layout.additive(c)) break;
            if (step < 0) out.add(0, c); else out.add(c);
        }
        return out;
    }

    /** The parts' cells in column c, or null when one is missing or of another kind than the total. */
    private List<Ref> refs(List<Table.Row> rows, int c, Num total) {
        List<Ref> out = new ArrayList<>();
        for (Table.Row p : rows) {
            Num n = p.number(c);
            if (n == null || !n.sameKind(total)) return null;
            out.add(ref(p, c));
        }
        return out;
    }

    // ---- shares

    private void share(int s) {
        int v = valueColumn(s);
        if (v < 0) return;
        List<Table.Row> totals = table.rows().stream().filter(r -> layout.kind(r) == RowKind.TOTAL && r.number(v) != null).toList();
        List<Table.Row> data = table.rows().stream().filter(r -> layout.kind(r) == RowKind.DATA).toList();
        boolean unreadable = table.rows().stream().anyMatch(r -> layout.kind(r) == RowKind.UNALIGNED);
        List<Ref> denominator = new ArrayList<>();
        if (totals.size() == 1) {
            denominator.add(ref(totals.get(0), v));
        } else if (totals.isEmpty()) {
            // no stated total: the rows are the whole only if their shares add up to 100%
            double sum = 0, rounding = 0;
            for (Table.Row r : data) {
                if (r.number(v) == null || r.number(s) == null) return;
                sum += r.number(s).value();
                rounding += r.number(s).rounding();
                denominator.add(ref(r, v));
            }
            if (unreadable || data.size() < 2 || Math.abs(sum - 100) > rounding + 0.5) return;
        } else {
            return;
        }
        for (Table.Row r : table.rows()) {
            RowKind k = layout.kind(r);
            if (r.number(s) == null || r.number(v) == null || k == RowKind.UNALIGNED || k == RowKind.GROWTH || k == RowKind.CAGR) continue;
            List<Ref> in = new ArrayList<>();
            in.add(ref(r, v));
            in.addAll(denominator);
            out.add(new Link(Kind.SHARE, "share " + s, 1, ref(r, s), in, List.of(), 0, 0, false, false));
        }
    }

    /** The amount column a share, growth or CAGR column is about: the nearest value column to its left. */
    private int valueColumn(int c) {
        for (int i = c - 1; i >= 0; i--) if (layout.isValue(i) && layout.role(i) != Role.PERIOD) return i;
        return -1;
    }

    // ---- growth and CAGR

    private void rateColumn(int g, boolean cagr) {
        String h = layout.header(g);
        boolean decline = layout.decline(g);
        if (layout.timeOrdered()) {
            int v = valueColumn(g);
            if (v < 0) return;
            List<Table.Row> series = table.rows().stream().filter(r -> layout.kind(r) == RowKind.DATA)
                    .sorted(Comparator.comparingInt(r -> layout.period(r).index())).toList();
            for (Table.Row r : series) {
                if (r.number(g) == null) continue;
                if (cagr) cagrInRows(series, r, v, g, h, decline);
                else for (int lag : lags(h, layout.period(r))) {
                    Table.Row prev = at(series, layout.period(r).index() - lag);
                    if (prev != null) growth("growth " + g + " lag " + lag, ref(r, g), ref(prev, v), ref(r, v), decline);
                }
            }
            return;
        }
        List<Integer> periods = periodColumns(g, cagr && !RANGE.matcher(h).find());
        if (periods.size() < 2) return;
        for (Table.Row r : table.rows()) {
            if (r.number(g) == null || layout.kind(r) == RowKind.UNALIGNED) continue;
            if (cagr) {
                int[] ends = ends(periods, h);
                if (ends == null) continue;
                List<Point> points = new ArrayList<>();
                for (int c : periods) points.add(new Point(r.number(c) == null ? null : ref(r, c), table.columnPeriod(c).time()));
                cagr("cagr " + g, ref(r, g), points, periods.indexOf(ends[0]), periods.indexOf(ends[1]), RANGE.matcher(h).find(), decline);
            } else {
                int cur = periods.get(periods.size() - 1);
                Matcher y = A_YEAR.matcher(h);
                if (y.find()) cur = periods.stream().filter(c -> table.columnPeriod(c).year() == Integer.parseInt(y.group(1))
                        && table.columnPeriod(c).perYear() == 1).findFirst().orElse(-1);
                if (cur < 0) continue;
                for (int lag : lags(h, table.columnPeriod(cur))) {
                    int prev = column(periods, table.columnPeriod(cur).index() - lag, table.columnPeriod(cur));
                    if (prev >= 0) growth("growth " + g + " lag " + lag, ref(r, g), ref(r, prev), ref(r, cur), decline);
                }
            }
        }
    }

    /** Rows that print rates of their neighbours: a growth row under its values, a CAGR row under a time series. */
    private void rateRows() {
        List<Table.Row> rows = table.rows();
        List<Integer> periods = periodColumns(table.columnCount(), false);
        for (Table.Row r : rows) {
            RowKind k = layout.kind(r);
            if (k == RowKind.GROWTH && periods.size() >= 2) {
                Table.Row base = null;
                for (int i = r.index() - 1; i >= 0 && base == null; i--)
                    if (layout.kind(rows.get(i)) == RowKind.DATA || isTotal(rows.get(i))) base = rows.get(i);
                if (base == null) continue;
                for (int c : periods) {
                    if (r.number(c) == null) continue;
                    for (int lag : lags(r.label(), table.columnPeriod(c))) {
                        int prev = column(periods, table.columnPeriod(c).index() - lag, table.columnPeriod(c));
                        if (prev >= 0 && base.number(prev) != null && base.number(c) != null)
                            growth("growth row " + r.index() + " lag " + lag, ref(r, c), ref(base, prev), ref(base, c), TableLayout.declineWord(r.label()));
                    }
                }
            } else if (k == RowKind.CAGR && layout.timeOrdered()) {
                List<Table.Row> series = rows.stream().filter(x -> layout.kind(x) == RowKind.DATA)
                        .sorted(Comparator.comparingInt(x -> layout.period(x).index())).toList();
                for (int c = 0; c < table.columnCount(); c++)
                    if (layout.isValue(c) && r.number(c) != null) cagrInRows(series, r, c, c, r.label(), TableLayout.declineWord(r.label()));
            }
        }
    }

    private void growth(String group, Ref rate, Ref earlier, Ref later, boolean decline) {
        if (earlier.num() == null || later.num() == null || earlier.value() <= 0 || !earlier.num().sameKind(later.num())) return;
        out.add(new Link(Kind.GROWTH, group, 1, rate, List.of(earlier, later), List.of(), 0, 1, decline, false));
    }

    /** A CAGR in row r about value column v: over the range its header names, else from the first row to r. */
    private void cagrInRows(List<Table.Row> series, Table.Row r, int v, int g, String header, boolean decline) {
        Table.Row first = series.get(0), last = layout.kind(r) == RowKind.DATA && r != first ? r : series.get(series.size() - 1);
        Matcher m = RANGE.matcher(header + " " + r.label());
        boolean named = m.find();
        if (named) {
            int y1 = Integer.parseInt(m.group(1)), y2 = year2(y1, m.group(2));
            first = series.stream().filter(x -> layout.period(x).year() == y1 && layout.period(x).sub() == 1).findFirst().orElse(null);
            last = series.stream().filter(x -> layout.period(x).year() == y2 && layout.period(x).sub() == 1).findFirst().orElse(null);
        }
        if (first == null || last == null) return;
        List<Point> points = new ArrayList<>();
        for (Table.Row x : series) points.add(new Point(x.number(v) == null ? null : ref(x, v), layout.period(x).time()));
        cagr("cagr " + g, ref(r, g), points, series.indexOf(first), series.indexOf(last), named, decline);
    }

    /** A value at a point in time, in a series of rows or period columns (ref null where the value is not printed). */
    private record Point(Ref ref, double time) {
    }

    /**
     * The CAGR from points[from] to points[to]. When the table names no span, the other spans that share one end
     * with it become fallbacks: a report may give the rate of the forecast years only, and a reading that
     * reproduces the figure is taken over a flag.
     */
    private void cagr(String group, Ref rate, List<Point> points, int from, int to, boolean named, boolean decline) {
        if (from < 0 || to <= from || points.get(from).ref() == null || points.get(to).ref() == null) return;
        out.add(cagrLink(group, rate, points, from, to, decline, false));
        if (named) return;
        for (int i = 0; i < points.size(); i++)
            for (int j = i + 1; j < points.size(); j++)
                if ((i == from) != (j == to) && (i == from || j == to) && points.get(i).ref() != null && points.get(j).ref() != null)
                    out.add(cagrLink(group + " fallback", rate, points, i, j, decline, true));
    }

    private static Link cagrLink(String group, Ref rate, List<Point> points, int i, int j, boolean decline, boolean fallback) {
        return new Link(Kind.CAGR, group, 1, rate, List.of(points.get(i).ref(), points.get(j).ref()), List.of(),
                points.get(j).time() - points.get(i).time(), j - i, decline, fallback);
    }

    /** The first and last period columns of a CAGR: the range its header names, else the span of the columns. */
    private int[] ends(List<Integer> periods, String header) {
        Matcher m = RANGE.matcher(header);
        if (!m.find()) return new int[] {periods.get(0), periods.get(periods.size() - 1)};
        int y1 = Integer.parseInt(m.group(1)), y2 = year2(y1, m.group(2));
        int a = -1, b = -1;
        for (int c : periods) {
            TablePeriod p = table.columnPeriod(c);
            if (p.perYear() != 1) continue;
            if (p.year() == y1) a = c;
            if (p.year() == y2) b = c;
        }
        return a < 0 || b < 0 ? null : new int[] {a, b};
    }

    private static int year2(int y1, String g) {
        int y = Integer.parseInt(g);
        return y < 100 ? y1 / 100 * 100 + y : y;
    }

    /** How many periods back "growth" means: one for yearly data; for quarters or months a year (同比) or one (环比). */
    private static List<Integer> lags(String header, TablePeriod p) {
        if (p.perYear() == 1) return List.of(1);
        if (TableLayout.yearOnYear(header)) return List.of(p.perYear());
        if (TableLayout.sequential(header)) return List.of(1);
        return List.of(p.perYear(), 1);
    }

    /**
     * Value columns headed by a period, left of column {@code before}; for a CAGR only those after the rate column
     * before it ("2020 | 2025E | CAGR | 2030E | CAGR": the second CAGR spans 2025–2030).
     */
    private List<Integer> periodColumns(int before, boolean block) {
        List<Integer> out = new ArrayList<>();
        for (int c = before - 1; c >= 0; c--) {
            Role role = layout.role(c);
            if (block && (role == Role.GROWTH || role == Role.CAGR) && !out.isEmpty()) {
                for (int p = c - 1; p >= 0; p--) // the block starts from the last period before that rate column
                    if (layout.isValue(p) && table.columnPeriod(p) != null) { out.add(0, p); break; }
                break;
            }
            if (layout.isValue(c) && table.columnPeriod(c) != null) out.add(0, c);
        }
        if (out.size() >= 2) {
            TablePeriod p0 = table.columnPeriod(out.get(0));
            for (int c : out) if (!table.columnPeriod(c).sameSize(p0)) return List.of();
            for (int i = 1; i < out.size(); i++)
                if (table.columnPeriod(out.get(i)).index() <= table.columnPeriod(out.get(i - 1)).index()) return List.of();
        }
        return out;
    }

    private int column(List<Integer> periods, int index, TablePeriod like) {
        for (int c : periods) if (table.columnPeriod(c).sameSize(like) && table.columnPeriod(c).index() == index) return c;
        return -1;
    }

    private Table.Row at(List<Table.Row> series, int index) {
        for (Table.Row r : series) if (layout.period(r).index() == index) return r;
        return null;
    }

    private Ref ref(Table.Row r, int c) {
        String h = layout.header(c).isBlank() ? "column " + (c + 1) : layout.header(c);
        if (h.length() > 30) h = h.substring(0, 30) + "…";
        return new Ref(h + " [" + r.name() + "]", r.number(c));
    }
}
