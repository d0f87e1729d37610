package zhiti.tools.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * The catalog tables in a DuckDB file, written once per process into a private temporary directory, and opened
 * read-only with the engine locked down: no file or network access except reading under the allowed directories,
 * no extension installs or loads, no spilling to disk, bounded memory and threads, and the configuration locked so
 * a query cannot undo any of it. The settings are read back after opening; a mismatch refuses to serve queries.
 */
final class CatalogDatabase implements AutoCloseable {

    /** DuckDB's memory cap for one database; a query needing more fails with DuckDB's out-of-memory message. */
    static final String MEMORY_LIMIT = "256MB";
    static final int THREADS = 2;

    private static final Set<CatalogDatabase> OPEN = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger COPIES = new AtomicInteger();

    private final DuckDBConnection base;
    private final List<Path> directories;

    private CatalogDatabase(DuckDBConnection base, List<Path> directories) {
        this.base = base;
        this.directories = directories;
    }

    /** The catalog file, written on first use; the JVM deletes it at exit after closing what it opened. */
    private static Path built;

    /**
     * Opens the catalog read-only, allowing reads of files under {@code directories} only (real, absolute paths).
     */
    static CatalogDatabase open(List<Path> directories) {
        Properties p = new Properties();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("access_mode", "read_only");
        expected.put("enable_external_access", "false");
        expected.put("autoinstall_known_extensions", "false");
        expected.put("autoload_known_extensions", "false");
        expected.put("allow_community_extensions", "false");
        expected.put("allow_unsigned_extensions", "false");
        expected.put("threads", Integer.toString(THREADS));
        expected.forEach(p::setProperty);
        p.setProperty("temp_directory", ""); // nothing spills to disk
        p.setProperty("memory_limit", MEMORY_LIMIT);
        if (!directories.isEmpty()) {
            p.setProperty("allowed_directories", directories.stream()
                    .map(d -> "'" + d.toString().replace("'", "''") + "'").collect(Collectors.joining(",", "[", "]")));
        }
        try {
            // DuckDB keeps one instance per file and its settings are per instance: each set of directories gets a
            // copy of the file of its own
            Path file = catalogFile();
            Path copy = file.resolveSibling("catalog-" + COPIES.incrementAndGet() + ".duckdb");
            Files.copy(file, copy);
            DuckDBConnection c = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:" + copy, p);
            try (Statement s = c.createStatement()) {
                s.execute("SET lock_configuration = true"); // last: from here on no statement can change a setting
            }
            expected.put("lock_configuration", "true");
            CatalogDatabase db = new CatalogDatabase(c, directories);
            db.verify(expected);
            OPEN.add(db);
            return db;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot open the SQL catalog database: " + e.getMessage(), e);
        }
    }

    /** A connection of its own for one query; closing it leaves the database open. */
    Connection connect() throws SQLException {
        return base.duplicate();
    }

    List<Path> directories() {
        return directories;
    }

    @Override
    public void close() {
        OPEN.remove(this);
        try {
            base.close();
        } catch (SQLException e) {
            // closing at exit; nothing left to do with the error
        }
    }

    private void verify(Map<String, String> expected) throws SQLException {
        try (PreparedStatement ps = base.prepareStatement("SELECT current_setting(?)::VARCHAR")) {
            for (var e : expected.entrySet()) {
                String actual = value(ps, e.getKey());
                if (!e.getValue().equalsIgnoreCase(actual)) {
                    close();
                    throw new IllegalStateException("refusing to run SQL: DuckDB setting " + e.getKey() + " is '"
                            + actual + "', expected '" + e.getValue() + "'");
                }
            }
            Set<String> allowed = Stream.of(value(ps, "allowed_directories").replaceAll("^\\[|]$", "").split(", "))
                    .filter(s -> !s.isBlank()).map(s -> s.replaceAll("/+$", "")).collect(Collectors.toSet());
            Set<String> wanted = directories.stream().map(d -> d.toString().replaceAll("/+$", ""))
                    .collect(Collectors.toSet());
            if (!allowed.equals(wanted)) {
                close();
                throw new IllegalStateException("refusing to run SQL: DuckDB allows " + allowed + ", expected " + wanted);
            }
        }
    }

    private static String value(PreparedStatement ps, String setting) throws SQLException {
        ps.setString(1, setting);
        try (ResultSet r = ps.executeQuery()) {
            return r.next() ? String.valueOf(r.getString(1)) : "";
        }
    }

    private static synchronized Path catalogFile() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static Path build() {
        try {
            Path dir = Files.createTempDirectory("zhiti-sql-");
            Path file = dir.resolve("catalog.duckdb");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                List.copyOf(OPEN).forEach(CatalogDatabase::close);
                deleteTree(dir);
            }, "zhiti-sql-cleanup"));
            try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties())) {
                for (CatalogTable<?> t : CatalogTables.ALL) {
                    write(c, t);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the SQL catalog database", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the SQL catalog database: " + e.getMessage(), e);
        }
    }

    private static void write(Connection c, CatalogTable<?> t) throws SQLException {
        List<CatalogColumn<?>> cols = new ArrayList<>(t.columns());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + t.name() + " (" + cols.stream().map(col -> col.name() + " " + col.type().sql)
                    .collect(Collectors.joining(", ")) + ")");
        }
        String marks = cols.stream().map(col -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.name() + " VALUES (" + marks + ")")) {
            for (Object[] row : t.rows()) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        ps.setNull(i + 1, jdbcType(cols.get(i).type()));
                    } else {
                        ps.setObject(i + 1, row[i]);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int jdbcType(ColumnType t) {
        return switch (t) {
            case TEXT -> Types.VARCHAR;
            case INT -> Types.INTEGER;
            case DOUBLE -> Types.DOUBLE;
            case BOOL -> Types.BOOLEAN;
        };
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
