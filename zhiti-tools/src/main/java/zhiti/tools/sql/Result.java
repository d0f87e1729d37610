package zhiti.tools.sql;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a query returned: its columns (name and DuckDB type), the rows (each cell a String, Long, Double,
 * BigDecimal, BigInteger, Boolean or null), whether rows were cut off and why, and the catalog tables and files it
 * read.
 *
 * @param sql        the query as given
 * @param truncation why rows are missing (the row limit or the size cap); empty when {@code truncated} is false
 */
public record Result(String sql, List<Column> columns, List<List<Object>> rows, boolean truncated, String truncation,
                     List<String> tables, List<String> files) {

    /** A result column: its name as the query labels it and its DuckDB type (DOUBLE, VARCHAR, BIGINT, …). */
    public record Column(String name, String type) {
    }

    public Result {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r)))); // cells may be null
        rows = Collections.unmodifiableList(copy);
        truncation = truncation == null ? "" : truncation;
        tables = List.copyOf(tables);
        files = List.copyOf(files);
    }

    public int rowCount() {
        return rows.size();
    }

    /** The index of a column by name, ignoring case; -1 if the result has none. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Every value of a column, top to bottom; an error naming the columns if there is no such column. */
    public List<Object> column(String name) {
        int i = requireColumn(name);
        List<Object> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get(i)));
        return Collections.unmodifiableList(out);
    }

    /** The cell as text, or null. */
    public String text(int row, String column) {
        Object v = rows.get(row).get(requireColumn(column));
        return v == null ? null : v.toString();
    }

    /** The cell as a number, if it holds one. */
    public Optional<Double> number(int row, String column) {
        return rows.get(row).get(requireColumn(column)) instanceof Number n ? Optional.of(n.doubleValue())
                : Optional.empty();
    }

    /** The result as the tool returns it: columns, rows as arrays, row_count, truncated, tables and files read. */
    public ObjectNode toJson() {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        ArrayNode cols = d.putArray("columns");
        columns.forEach(c -> cols.addObject().put("name", c.name()).put("type", c.type()));
        ArrayNode rs = d.putArray("rows");
        for (List<Object> r : rows) {
            ArrayNode a = rs.addArray();
            r.forEach(v -> add(a, v));
        }
        d.put("row_count", rows.size()).put("truncated", truncated);
        if (truncated) {
            d.put("truncation", truncation);
        }
        tables.forEach(d.putArray("tables")::add);
        files.forEach(d.putArray("files")::add);
        return d.put("sql", sql);
    }

    private static void add(ArrayNode a, Object v) {
        switch (v) {
            case null -> a.addNull();
            case Boolean b -> a.add(b);
            case Long l -> a.add(l);
            case BigInteger b -> a.add(b);
            case BigDecimal b -> a.add(b);
            case Double x when Double.isFinite(x) -> a.add(x);
            case Number x -> a.add(x.toString()); // NaN and ±Infinity have no JSON number form
            default -> a.add(v.toString());
        }
    }

    private int requireColumn(String name) {
        int i = columnIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("the result has no column '" + name + "'; its columns are "
                    + columns.stream().map(Column::name).toList());
        }
        return i;
    }
}
