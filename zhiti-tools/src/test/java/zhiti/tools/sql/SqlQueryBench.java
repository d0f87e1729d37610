package zhiti.tools.sql;

import java.sql.Connection;
import java.util.List;

/**
 * Not a test: times the first query of a process (catalog load, DuckDB start, the file written and opened read-only)
 * and warm queries with their guard. Run with {@code java -cp <test classpath> zhiti.tools.sql.SqlQueryBench}.
 */
public final class SqlQueryBench {

    private SqlQueryBench() {
    }

    public static void main(String[] args) throws Exception {
        long n0 = System.nanoTime();
        new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties()).close();
        System.out.printf("DuckDB native library loaded (in-memory open): %.0f ms%n", ms(n0, System.nanoTime()));
        long t0 = System.nanoTime();
        CatalogTables.ALL.forEach(t -> t.rows());
        long catalogs = System.nanoTime();
        CatalogDatabase db = CatalogDatabase.open(List.of());
        long opened = System.nanoTime();
        long size;
        try (Connection c = db.connect(); var st = c.createStatement();
             var r = st.executeQuery("SELECT path FROM duckdb_databases() WHERE database_name NOT IN ('system', 'temp')")) {
            r.next();
            size = java.nio.file.Files.size(java.nio.file.Path.of(r.getString(1)));
        }
        db.close();
        CatalogSql sql = CatalogSql.builtIn();
        String q = "SELECT name, fp8_tflops / tdp_w AS fp8_tflops_per_w FROM accelerators "
                + "WHERE fp8_tflops IS NOT NULL ORDER BY 2 DESC LIMIT 5";
        sql.query(q);
        long first = System.nanoTime();
        System.out.printf("catalog rows built in Java: %.0f ms%n", ms(t0, catalogs));
        System.out.printf("DuckDB file written + opened read-only (first open): %.0f ms; file %d bytes%n",
                ms(catalogs, opened), size);
        System.out.printf("first query on a second database (copy + open + guard + run): %.0f ms%n", ms(opened, first));
        int n = 200;
        long a = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sql.query(q);
        }
        long b = System.nanoTime();
        System.out.printf("warm query (ranking, 5 rows): %.2f ms each over %d%n", ms(a, b) / n, n);
        CatalogDatabase guardDb = CatalogDatabase.open(List.of());
        try (Connection c = guardDb.connect()) {
            long g0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                QueryGuard.check(q, c);
            }
            System.out.printf("  of which one guard pass (JSqlParser + DuckDB parse): %.2f ms%n", ms(g0, System.nanoTime()) / n);
            long j0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                net.sf.jsqlparser.parser.CCJSqlParserUtil.parseStatements(q, p -> p.withTimeOut(2000));
            }
            System.out.printf("  JSqlParser alone: %.2f ms%n", ms(j0, System.nanoTime()) / n);
        }
        guardDb.close();
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
