package zhiti.tools.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import zhiti.agent.Settings;

/**
 * Read-only SQL over Zhiti's catalogs — tables {@code accelerators}, {@code systems}, {@code models} and
 * {@code series} — and over the user's CSV and Parquet files under the allowed directories, run by DuckDB. Each
 * query is checked to be one SELECT ({@link QueryGuard}), runs on a connection of a read-only, locked-down database
 * ({@link CatalogDatabase}), returns at most {@code limit} rows and a bounded amount of text, and is cancelled when it
 * runs past the timeout. Every failure is an {@link IllegalArgumentException} whose message says what to change.
 * This is the Java entry point (the offline brain lists and ranks with it); {@code sql_query} wraps it as a tool.
 */
public final class CatalogSql {

    /** Comma-separated absolute directories whose files queries may read (env ZHITI_SQL_DIRS). */
    public static final String DIRS_SETTING = "sql.dirs";
    /** Wall-clock limit of one query in seconds (env ZHITI_SQL_TIMEOUT_SECONDS); default 5. */
    public static final String TIMEOUT_SETTING = "sql.timeout_seconds";
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
    static final int MAX_CELL_CHARS = 2_000;
    static final int MAX_RESULT_CHARS = 1_000_000;
    private static final int MAX_ERROR_CHARS = 800;

    /** One read-only database per set of allowed directories, opened on first use and kept for the process. */
    private static final Map<List<Path>, CatalogDatabase> DATABASES = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "zhiti-sql-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final List<Path> directories;
    private final Duration timeout;

    /**
     * @param directories absolute, existing directories whose files may be read (their real paths are used)
     */
    public CatalogSql(List<Path> directories, Duration timeout) {
        this.directories = realDirectories(directories);
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("the SQL timeout must be above 0 and at most "
                    + MAX_TIMEOUT.toSeconds() + " s, got " + timeout.toMillis() / 1000.0 + " s");
        }
        this.timeout = timeout;
    }

    /** The catalogs only: no files can be read. */
    public static CatalogSql builtIn() {
        return new CatalogSql(List.of(), DEFAULT_TIMEOUT);
    }

    /** Directories from {@value #DIRS_SETTING}, timeout from {@value #TIMEOUT_SETTING}. */
    public static CatalogSql fromSettings(Settings settings) {
        List<Path> dirs = settings.list(DIRS_SETTING).stream().map(Path::of).toList();
        double seconds = settings.number(TIMEOUT_SETTING, DEFAULT_TIMEOUT.toMillis() / 1000.0);
        return new CatalogSql(dirs, Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /** The catalog tables and their columns with types, one table per line. */
    public static String describe() {
        return CatalogTables.describe();
    }

    public static List<String> tableNames() {
        return CatalogTables.names();
    }

    public List<Path> directories() {
        return directories;
    }

    public Duration timeout() {
        return timeout;
    }

    public Result query(String sql) {
        return query(sql, DEFAULT_LIMIT);
    }

    /**
     * Runs one read-only SELECT and returns at most {@code limit} rows (1 to {@value #MAX_LIMIT}); {@code truncated}
     * says whether more rows were left out.
     */
    public Result query(String sql, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + " rows, got " + limit);
        }
        CatalogDatabase db = DATABASES.computeIfAbsent(directories, CatalogDatabase::open);
        try (Connection c = db.connect()) {
            QueryGuard.Checked checked = QueryGuard.check(sql, c);
            // the limit is applied by DuckDB, so a query of a billion rows never materializes them
            String wrapped = "SELECT * FROM (\n" + checked.statement() + "\n) AS zhiti_query LIMIT " + (limit + 1);
            QueryGuard.checkRunnable(wrapped, c);
            return run(c, sql, wrapped, limit, checked);
        } catch (QueryGuard.Rejected r) {
            throw new IllegalArgumentException(r.syntax ? sqlError(r.getMessage()) : refusal(r.getMessage()));
        } catch (SQLException e) {
            throw new IllegalArgumentException(sqlError(e.getMessage()));
        }
    }

    /**
     * The rows of a table whose text column equals a value, by their name: e.g. {@code listing("accelerators",
     * "export_class", "3A090")} runs {@code SELECT name, export_class, source FROM accelerators WHERE export_class =
     * '3A090' ORDER BY name}.
     */
    public Result listing(String table, String column, String value) {
        CatalogTable<?> t = CatalogTables.table(table);
        String col = t.column(column, Set.of(ColumnType.TEXT)).name();
        String label = t.columns().getFirst().name();
        return query("SELECT " + label + ", " + col + ", " + CatalogTables.SOURCE + " FROM " + t.name() + " WHERE "
                + col + " = '" + value.replace("'", "''") + "' ORDER BY " + label, MAX_LIMIT);
    }

    /**
     * The top {@code n} rows of a table by a numeric column, or by the quotient of two ({@code denominator} may be
     * null), highest first, rows lacking the value left out: e.g. {@code ranking("accelerators", "fp8_tflops",
     * "tdp_w", 5)} gives the five chips with the most FP8 TFLOPS per watt, in a column fp8_tflops_per_tdp_w.
     */
    public Result ranking(String table, String numerator, String denominator, int n) {
        CatalogTable<?> t = CatalogTables.table(table);
        Set<ColumnType> numbers = Set.of(ColumnType.INT, ColumnType.DOUBLE);
        String top = t.column(numerator, numbers).name();
        String metric = top;
        String alias = top;
        if (denominator != null) {
            String bottom = t.column(denominator, numbers).name();
            metric = top + " / NULLIF(" + bottom + ", 0)";
            alias = top + "_per_" + bottom;
        }
        String label = t.columns().getFirst().name();
        return query("SELECT " + label + ", " + metric + " AS " + alias + ", " + CatalogTables.SOURCE + " FROM "
                + t.name() + " WHERE " + metric + " IS NOT NULL ORDER BY 2 DESC, " + label + " LIMIT " + n, n);
    }

    private Result run(Connection c, String sql, String wrapped, int limit, QueryGuard.Checked checked)
            throws SQLException {
        AtomicBoolean expired = new AtomicBoolean();
        try (Statement st = c.createStatement()) {
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                expired.set(true);
                cancel(st);
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (ResultSet rs = st.executeQuery(wrapped)) {
                return read(rs, sql, limit, checked);
            } catch (SQLException e) {
                if (expired.get()) {
                    throw new IllegalArgumentException("the query ran longer than the " + seconds()
                            + " s limit and was stopped; narrow it (a WHERE filter, a smaller join, a recursive "
                            + "CTE that ends) and try again");
                }
                throw e;
            } finally {
                watchdog.cancel(false);
            }
        }
    }

    private static Result read(ResultSet rs, String sql, int limit, QueryGuard.Checked checked) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<Result.Column> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(new Result.Column(md.getColumnLabel(i), md.getColumnTypeName(i)));
        }
        List<List<Object>> rows = new ArrayList<>();
        String truncation = "";
        long chars = 0;
        while (rs.next()) {
            if (rows.size() == limit) {
                truncation = "more than " + limit + " rows; raise limit (max " + MAX_LIMIT + ") or narrow the query";
                break;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                Object v = cell(rs, i);
                chars += v == null ? 4 : v.toString().length();
                row.add(v);
            }
            if (chars > MAX_RESULT_CHARS) {
                truncation = "the result passed " + MAX_RESULT_CHARS + " characters after " + rows.size()
                        + " rows; select fewer columns or rows";
                break;
            }
            rows.add(row);
        }
        return new Result(sql, columns, rows, !truncation.isEmpty(), truncation, checked.tables(), checked.files());
    }

    /** A cell as a plain Java value: numbers and booleans as they are, everything else (dates, lists) as text. */
    private static Object cell(ResultSet rs, int i) throws SQLException {
        Object v = rs.getObject(i);
        if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Double
                || v instanceof java.math.BigDecimal || v instanceof java.math.BigInteger) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String s = rs.getString(i);
        return s == null || s.length() <= MAX_CELL_CHARS ? s : s.substring(0, MAX_CELL_CHARS) + "… (cut at "
                + MAX_CELL_CHARS + " characters)";
    }

    private static void cancel(Statement st) {
        try {
            st.cancel();
        } catch (SQLException e) {
            // the query already ended
        }
    }

    private String refusal(String reason) {
        return "sql_query runs exactly one read-only SELECT (a WITH … SELECT or VALUES query is fine): " + reason
                + ". Nothing was run. " + reach() + ".";
    }

    private String sqlError(String message) {
        String m = message == null ? "unknown error" : message;
        int line = m.indexOf("\nLINE ");
        m = (line > 0 ? m.substring(0, line) : m).strip().replaceAll("\\s*\\n\\s*", " ");
        if (m.length() > MAX_ERROR_CHARS) {
            m = m.substring(0, MAX_ERROR_CHARS) + "…";
        }
        String hint = m.startsWith("Permission Error") ? (directories.isEmpty()
                ? " No directories are open to queries (setting " + DIRS_SETTING + ")."
                : " Only files under " + dirList() + " can be read.") : "";
        return "SQL error: " + m + (m.endsWith(".") ? "" : ".") + hint + " " + reach() + ":\n" + describe();
    }

    private String reach() {
        String files = directories.isEmpty() ? "" : "; files under " + dirList()
                + " with read_csv('/path/file.csv') or read_parquet('/path/file.parquet')";
        return "Query the tables " + String.join(", ", tableNames()) + files;
    }

    private String dirList() {
        return String.join(", ", directories.stream().map(Path::toString).toList());
    }

    private String seconds() {
        double s = timeout.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    private static List<Path> realDirectories(List<Path> dirs) {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            if (!d.isAbsolute()) {
                throw new IllegalArgumentException(DIRS_SETTING + " entries must be absolute directories, got '" + d
                        + "'");
            }
            try {
                Path real = d.toRealPath();
                if (!Files.isDirectory(real)) {
                    throw new IllegalArgumentException(DIRS_SETTING + " entry '" + d + "' is not a directory");
                }
                if (!out.contains(real)) {
                    out.add(real);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(DIRS_SETTING + " entry '" + d + "' does not exist or cannot be read");
            }
        }
        return List.copyOf(out);
    }
}
