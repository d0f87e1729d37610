package zhiti.tools.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A table built from one catalog list: its name, its columns in order, and the entries that become its rows. */
record CatalogTable<T>(String name, List<CatalogColumn<T>> columns, Supplier<List<T>> entries) {

    CatalogTable {
        columns = List.copyOf(columns);
    }

    /** The rows, each value as its column reads it from the entry. */
    List<Object[]> rows() {
        List<Object[]> out = new ArrayList<>();
        for (T e : entries.get()) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = columns.get(i).value().apply(e);
            }
            out.add(row);
        }
        return out;
    }

    List<String> columnNames() {
        return columns.stream().map(CatalogColumn::name).toList();
    }

    /** A column by name, of one of the given types, or an error naming the columns that qualify. */
    CatalogColumn<T> column(String name, Set<ColumnType> types) {
        return columns.stream().filter(c -> c.name().equals(name) && types.contains(c.type())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + " has no " + types.stream().sorted()
                        .map(t -> t.label).collect(Collectors.joining("/")) + " column '" + name
                        + "'; it has " + columns.stream().filter(c -> types.contains(c.type()))
                        .map(CatalogColumn::name).toList()));
    }

    /** "name(col type, …)" grouped by type, short enough for a tool description. */
    String describe() {
        StringBuilder b = new StringBuilder(name).append('(');
        for (ColumnType t : ColumnType.values()) {
            List<String> names = columns.stream().filter(c -> c.type() == t).map(CatalogColumn::name).toList();
            if (!names.isEmpty()) {
                if (b.charAt(b.length() - 1) != '(') {
                    b.append("; ");
                }
                b.append(t.label).append(": ").append(String.join(", ", names));
            }
        }
        return b.append(')').toString();
    }
}
