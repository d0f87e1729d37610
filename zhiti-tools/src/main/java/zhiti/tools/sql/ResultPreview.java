package zhiti.tools.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A short plain-text table of a result's first rows, for a tool summary or a terminal. */
final class ResultPreview {

    static final int ROWS = 10;
    private static final int CELL = 28;

    private ResultPreview() {
    }

    static String of(Result r) {
        StringBuilder b = new StringBuilder();
        b.append(r.rowCount()).append(r.rowCount() == 1 ? " row" : " rows");
        if (!r.tables().isEmpty() || !r.files().isEmpty()) {
            List<String> from = new ArrayList<>(r.tables());
            from.addAll(r.files());
            b.append(" from ").append(String.join(", ", from));
        }
        if (r.truncated()) {
            b.append(" (truncated: ").append(r.truncation()).append(')');
        }
        if (r.columns().isEmpty()) {
            return b.toString();
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(r.columns().stream().map(c -> cut(c.name())).toArray(String[]::new));
        r.rows().stream().limit(ROWS).forEach(row -> lines.add(row.stream().map(ResultPreview::cell)
                .toArray(String[]::new)));
        int[] width = new int[r.columns().size()];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            b.append('\n');
            for (int i = 0; i < l.length; i++) {
                b.append(i == 0 ? "" : " | ").append(i == l.length - 1 ? l[i] : pad(l[i], width[i]));
            }
        }
        if (r.rowCount() > ROWS) {
            b.append("\n… ").append(r.rowCount() - ROWS).append(" more rows in data.rows");
        }
        return b.toString();
    }

    /** A cell as a reader wants it: NULL for unknown, numbers to six significant digits, large ones as 4.67e+10. */
    static String cell(Object v) {
        return switch (v) {
            case null -> "NULL";
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e9 -> Long.toString(d.longValue());
            case Double d -> trim(String.format(Locale.ROOT, Math.abs(d) >= 1e-4 && Math.abs(d) < 1e9 ? "%.6g" : "%.5e", d));
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            default -> cut(v.toString().replace('\n', ' '));
        };
    }

    private static String trim(String s) {
        if (s.contains("e")) {
            return s.replaceAll("\\.?0+e", "e");
        }
        return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
    }

    private static String cut(String s) {
        return s.length() <= CELL ? s : s.substring(0, CELL - 1) + "…";
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }
}
