package zhiti.tools.sql;

import java.util.function.Function;

/**
 * One column of a catalog table: its name (units are part of the name), SQL type, the unit a figure drawn from it
 * carries ("" for text and keys), and how its value is read from a catalog entry (null when unknown).
 */
record CatalogColumn<T>(String name, ColumnType type, String unit, Function<T, Object> value) {

    static <T> CatalogColumn<T> text(String name, Function<T, Object> value) {
        return new CatalogColumn<>(name, ColumnType.TEXT, "", value);
    }

    static <T> CatalogColumn<T> integer(String name, String unit, Function<T, Object> value) {
        return new CatalogColumn<>(name, ColumnType.INT, unit, value);
    }

    static <T> CatalogColumn<T> number(String name, String unit, Function<T, Object> value) {
        return new CatalogColumn<>(name, ColumnType.DOUBLE, unit, value);
    }

    static <T> CatalogColumn<T> bool(String name, Function<T, Object> value) {
        return new CatalogColumn<>(name, ColumnType.BOOL, "", value);
    }
}
