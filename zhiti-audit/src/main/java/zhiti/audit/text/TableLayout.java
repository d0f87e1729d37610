package zhiti.audit.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each column and row of a {@link Table} is, read from its header words and its cells: periods, ranks, plain
 * values, and the columns and rows a report derives from the others (totals, shares, growth rates, CAGRs). Only a
 * header that says so makes a column derived; a share, growth or CAGR column must also print percentages.
 */
public final class TableLayout {

    public enum Role { TEXT, PERIOD, RANK, VALUE, SHARE, GROWTH, CAGR, TOTAL }

    /**
     * DATA rows are the parts; PART rows ("其中：…") are already inside the row above, so never added again; GROWTH
     * and CAGR rows print rates of the rows around them ("增速", "CAGR"). An UNALIGNED row has a number of cells
     * neither the header nor most rows have: a cell went missing and the rest moved, so its columns are not known.
     */
    public enum RowKind { DATA, TOTAL, SUBTOTAL, PART, GROWTH, CAGR, UNALIGNED }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern CAGR = Pattern.compile("CAGR|复合|年均增长|年均增速|年均降|年均复合|compound|annuali[sz]ed", CI);
    private static final Pattern GROWTH = Pattern.compile("增速|增长|增幅|同比|环比|涨幅|跌幅|降幅|变化率|变动率|\\bYoY\\b|\\bQoQ\\b|\\bMoM\\b|growth|change|\\bchg\\b", CI);
    private static final Pattern SHARE = Pattern.compile("占比|份额|比重|市占率|占.{0,6}比|\\bshare\\b|^\\s*[(（]?[%％][)）]?\\s*$", CI);
    private static final Pattern TOTAL = Pattern.compile("合计|总计|总和|^\\s*(?:all|overall)\\s*$|^\\s*(?:total|sum|grand total)\\b|\\btotal\\s*$", CI);
    private static final Pattern SUBTOTAL = Pattern.compile("小计|sub-?total", CI);
    private static final Pattern PART = Pattern.compile("^\\s*(?:其中|of which|incl\\.?|including|含)", CI);
    private static final Pattern RANK = Pattern.compile("^\\s*(?:排名|排序|序号|名次|rank(?:ing)?|no\\.?|#)\\s*$", CI);
    private static final Pattern PERCENT_HEADER = Pattern.compile("[%％]|\\bpct\\b|percent", CI);
    private static final Pattern YOY = Pattern.compile("同比|\\bYoY\\b|year[- ]on[- ]year|y/y", CI);
    private static final Pattern SEQUENTIAL = Pattern.compile("环比|\\bQoQ\\b|\\bMoM\\b|sequential|q/q|m/m", CI);
    private static final Pattern DECLINE = Pattern.compile("降|减少|跌|decline|drop|decrease|reduction|fall", CI);
    /** Headers of columns that are rates, prices or averages: a total row does not add these up. */
    private static final Pattern NOT_ADDITIVE = Pattern.compile(
            "均|平均|average|mean|avg|单价|价格|price|率|ratio|\\bper\\b|每|密度|倍|density|margin|rate|评级|rating|score|得分|/|÷|\\*|×", CI);

    private final Table table;
    private final List<Role> roles = new ArrayList<>();
    private final List<RowKind> kinds = new ArrayList<>();
    private final int periodColumn;
    private final int headerWidth, modalWidth;
    private final Set<Integer> percentColumns = new HashSet<>();

    private TableLayout(Table table) {
        this.table = table;
        int hw = 0;
        for (Table.Row r : table.header()) hw = Math.max(hw, r.cells().size());
        headerWidth = hw;
        Map<Integer, Integer> widths = new HashMap<>();
        for (Table.Row r : table.rows()) widths.merge(r.cells().size(), 1, Integer::sum);
        modalWidth = widths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        for (Table.Row r : table.rows()) kinds.add(kindOf(r));
        for (int c = 0; c < table.columnCount(); c++) roles.add(roleOf(c));
        periodColumn = roles.indexOf(Role.PERIOD);
    }

    public static TableLayout of(Table t) {
        return new TableLayout(t);
    }

    public Table table() {
        return table;
    }

    public Role role(int c) {
        return c >= 0 && c < roles.size() ? roles.get(c) : Role.TEXT;
    }

    public RowKind kind(Table.Row r) {
        return kinds.get(r.index());
    }

    public String header(int c) {
        return table.column(c);
    }

    /** The header says the column measures a decline, so a positive figure is a fall ("降幅", "decline"). */
    public boolean decline(int c) {
        return DECLINE.matcher(header(c)).find();
    }

    /**
     * Whether a total row adds this column up: amounts, and shares (which add up to the total's share), but not
     * rates, prices, averages, or percentages that are not shares (a margin or a growth the header does not name).
     */
    public boolean additive(int c) {
        Role r = role(c);
        if (r == Role.VALUE && percentColumns.contains(c)) return false;
        return (r == Role.VALUE || r == Role.TOTAL || r == Role.SHARE) && !NOT_ADDITIVE.matcher(header(c).replace("占比", "")).find();
    }

    public List<Integer> columns(Role role) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) if (roles.get(c) == role) out.add(c);
        return out;
    }

    /** Whether column {@code c} holds amounts a derived column can rest on. */
    public boolean isValue(int c) {
        return role(c) == Role.VALUE || role(c) == Role.TOTAL;
    }

    /** The period of a row, read from the period column; null when there is none. */
    public TablePeriod period(Table.Row r) {
        if (periodColumn < 0) return null;
        Table.Cell c = r.cell(periodColumn);
        return c == null ? null : c.period();
    }

    /**
     * Whether the data rows run through time: each has a period of one size and they strictly rise or strictly fall.
     * Only then does "the row above" mean "the period before".
     */
    public boolean timeOrdered() {
        List<TablePeriod> ps = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            if (kind(r) != RowKind.DATA) continue;
            TablePeriod p = period(r);
            if (p == null) return false;
            ps.add(p);
        }
        if (ps.size() < 2) return false;
        int sign = Integer.signum(ps.get(1).index() - ps.get(0).index());
        for (int i = 1; i < ps.size(); i++)
            if (!ps.get(i).sameSize(ps.get(0)) || sign == 0 || Integer.signum(ps.get(i).index() - ps.get(i - 1).index()) != sign) return false;
        return true;
    }

    private RowKind kindOf(Table.Row r) {
        if (r.cells().size() != modalWidth && r.cells().size() != headerWidth) return RowKind.UNALIGNED;
        String l = r.label();
        if (rates(r)) {
            if (CAGR.matcher(l).find()) return RowKind.CAGR;
            if (GROWTH.matcher(l).find()) return RowKind.GROWTH;
        }
        if (SUBTOTAL.matcher(l).find()) return RowKind.SUBTOTAL;
        if (TOTAL.matcher(l).find()) return RowKind.TOTAL;
        if (PART.matcher(l).find()) return RowKind.PART;
        return RowKind.DATA;
    }

    private Role roleOf(int c) {
        int numbers = 0, periods = 0, filled = 0, percents = 0;
        List<Double> values = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            Table.Cell cell = r.cell(c);
            if (cell == null || cell.isBlank() || kind(r) == RowKind.UNALIGNED) continue;
            filled++;
            if (cell.period() != null) periods++;
            Num n = cell.number();
            if (n != null) {
                numbers++;
                if (n.unit() == Unit.PERCENT) percents++;
                if (kind(r) == RowKind.DATA) values.add(n.value());
            }
        }
        String h = header(c);
        if (periods >= 2 && periods >= numbers) return Role.PERIOD;
        if (numbers == 0 || numbers * 2 < filled) return Role.TEXT;
        if (RANK.matcher(h).find() || counting(values)) return Role.RANK;
        boolean percent = percents * 2 >= numbers || PERCENT_HEADER.matcher(h).find();
        if (percent) percentColumns.add(c);
        if (percent && CAGR.matcher(h).find()) return Role.CAGR;
        if (percent && GROWTH.matcher(h).find()) return Role.GROWTH;
        if (percent && SHARE.matcher(h).find()) return Role.SHARE;
        if (TOTAL.matcher(h).find() && !SUBTOTAL.matcher(h).find()) return Role.TOTAL;
        if (CAGR.matcher(h).find() || GROWTH.matcher(h).find()) return Role.TEXT; // a change in amounts, or a ratio: not a rate we can recompute
        return Role.VALUE;
    }

    /** A row whose numbers are all percentages. */
    private static boolean rates(Table.Row r) {
        int n = 0;
        for (Table.Cell c : r.cells()) {
            Num x = c.number();
            if (x == null) continue;
            if (x.unit() != Unit.PERCENT) return false;
            n++;
        }
        return n > 0;
    }

    /** Whether a header or label says year-on-year (同比, YoY) or period-on-period (环比, QoQ, MoM). */
    public static boolean yearOnYear(String s) {
        return YOY.matcher(s).find();
    }

    public static boolean sequential(String s) {
        return SEQUENTIAL.matcher(s).find();
    }

    public static boolean declineWord(String s) {
        return DECLINE.matcher(s).find();
    }

    /** 1, 2, 3, …: a row number, not a quantity. */
    private static boolean counting(List<Double> values) {
        if (values.size() < 3) return false;
        for (int i = 0; i < values.size(); i++) if (values.get(i) != i + 1) return false;
        return true;
    }
}
