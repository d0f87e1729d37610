package zhiti.tools.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import zhiti.core.Figure;

/**
 * The figures of a small result: each numeric cell of a result of at most {@value #MAX_ROWS} rows becomes a figure
 * named by its row and column, with the unit its column name carries, the query as its formula, the row's key
 * columns (text, years) as inputs and the row's {@code source} as its source when the query selected it. Larger
 * results are data, not figures: an answer quotes a handful of numbers, not a table.
 */
public final class ResultFigures {

    static final int MAX_ROWS = 10;
    static final int MAX_FIGURES = 60;
    private static final int MAX_INPUT_CHARS = 160;
    /** Numeric columns that identify a row rather than measure it. */
    private static final Set<String> KEY_NUMBERS = Set.of("year", "rank", "rn", "row_number()", "id");
    /** Text columns too long or too repetitive to be a figure's input. */
    private static final Set<String> NOT_INPUTS = Set.of("aliases", "note", "notes", "unit");

    private ResultFigures() {
    }

    public static List<Figure> of(Result r) {
        if (r.rowCount() == 0 || r.rowCount() > MAX_ROWS) {
            return List.of();
        }
        int source = sourceColumn(r);
        int unit = r.columnIndex("unit");
        List<Integer> keys = new ArrayList<>();
        List<Integer> measures = new ArrayList<>();
        for (int i = 0; i < r.columns().size(); i++) {
            Result.Column c = r.columns().get(i);
            String name = c.name().toLowerCase(Locale.ROOT);
            if (i == source) {
                continue;
            }
            if (isNumeric(c) && !KEY_NUMBERS.contains(name) && !name.endsWith("_year")) {
                measures.add(i);
            } else if (!NOT_INPUTS.contains(name)) {
                keys.add(i);
            }
        }
        String formula = "SQL: " + r.sql().strip();
        List<Figure> out = new ArrayList<>();
        for (int row = 0; row < r.rowCount() && out.size() < MAX_FIGURES; row++) {
            List<Object> cells = r.rows().get(row);
            Map<String, Object> inputs = new LinkedHashMap<>();
            for (int k : keys) {
                if (cells.get(k) != null) {
                    inputs.put(r.columns().get(k).name(), input(cells.get(k)));
                }
            }
            String label = label(r, row, keys);
            String src = source >= 0 && cells.get(source) != null ? cells.get(source).toString() : fallbackSource(r);
            for (int m : measures) {
                if (cells.get(m) instanceof Number n && Double.isFinite(n.doubleValue()) && out.size() < MAX_FIGURES) {
                    String column = r.columns().get(m).name();
                    out.add(new Figure(label.isEmpty() ? column : label + " " + column, n.doubleValue(),
                            unit(column, unit >= 0 ? cells.get(unit) : null), formula, inputs, src));
                }
            }
        }
        return out;
    }

    /** A series value is in its row's unit; other columns carry the unit their name says. */
    private static String unit(String column, Object rowUnit) {
        String u = ColumnUnits.of(column);
        if (u.isEmpty() && rowUnit != null) {
            String c = column.toLowerCase(Locale.ROOT);
            if (c.contains("value") || c.contains("low") || c.contains("high")) {
                return rowUnit.toString();
            }
        }
        return u;
    }

    /** What names a row: its name; else its series and date; else its first text keys; else its number. */
    private static String label(Result r, int row, List<Integer> keys) {
        for (String col : List.of("name", "series")) {
            int i = r.columnIndex(col);
            if (i >= 0 && r.rows().get(row).get(i) != null) {
                String base = r.rows().get(row).get(i).toString();
                int date = col.equals("series") ? firstOf(r, "date", "year") : -1;
                return date >= 0 && r.rows().get(row).get(date) != null
                        ? base + " " + r.rows().get(row).get(date) : base;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int k : keys) {
            Object v = r.rows().get(row).get(k);
            if (v != null && parts.size() < 2) {
                parts.add(v.toString());
            }
        }
        if (!parts.isEmpty()) {
            return String.join(" ", parts);
        }
        return r.rowCount() == 1 ? "" : "row " + (row + 1);
    }

    private static int firstOf(Result r, String... names) {
        for (String n : names) {
            int i = r.columnIndex(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int sourceColumn(Result r) {
        for (int i = 0; i < r.columns().size(); i++) {
            String n = r.columns().get(i).name().toLowerCase(Locale.ROOT);
            if (n.equals(CatalogTables.SOURCE) || n.startsWith(CatalogTables.SOURCE + "_")) {
                return i;
            }
        }
        return -1;
    }

    private static String fallbackSource(Result r) {
        List<String> parts = new ArrayList<>();
        if (!r.tables().isEmpty()) {
            parts.add("catalog tables (sources per row): " + String.join(", ", r.tables()));
        }
        if (!r.files().isEmpty()) {
            parts.add("user files: " + String.join(", ", r.files()));
        }
        return parts.isEmpty() ? "computed by the query" : String.join("; ", parts);
    }

    private static Object input(Object v) {
        if (v instanceof Number || v instanceof Boolean) {
            return v;
        }
        String s = v.toString();
        return s.length() <= MAX_INPUT_CHARS ? s : s.substring(0, MAX_INPUT_CHARS) + "…";
    }

    static boolean isNumeric(Result.Column c) {
        String t = c.type().toUpperCase(Locale.ROOT);
        return t.startsWith("DECIMAL") || Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT",
                "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "REAL").contains(t);
    }
}
