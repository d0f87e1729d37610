package zhiti.tools.sql;

/** The SQL type of a catalog column: how DuckDB declares it and how the schema text names it. */
enum ColumnType {
    TEXT("VARCHAR", "text"), INT("INTEGER", "int"), DOUBLE("DOUBLE", "double"), BOOL("BOOLEAN", "bool");

    final String sql;
    final String label;

    ColumnType(String sql, String label) {
        this.sql = sql;
        this.label = label;
    }
}
