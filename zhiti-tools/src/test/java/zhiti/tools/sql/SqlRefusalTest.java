package zhiti.tools.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import zhiti.econ.catalog.Catalog;

/**
 * What sql_query refuses, and that refusing leaves no trace: writes, second statements, settings, extensions,
 * attachments, files outside the allowed directory, queries that run too long, and SQL that does not parse.
 */
class SqlRefusalTest {

    @TempDir
    static Path dir;
    static Path allowed;
    static Path outside;
    static CatalogSql sql;

    @BeforeAll
    static void directories() throws Exception {
        allowed = Files.createDirectories(dir.resolve("allowed"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(allowed.resolve("ok.csv"), "a,b\n1,2\n");
        Files.writeString(outside.resolve("secret.csv"), "secret\nhunter2\n");
        Files.createSymbolicLink(allowed.resolve("link.csv"), outside.resolve("secret.csv"));
        sql = new CatalogSql(List.of(allowed), Duration.ofSeconds(1));
    }

    static Stream<String> notOneSelect() {
        String out = allowed.resolve("out.csv").toString();
        return Stream.of(
                "INSERT INTO accelerators (name) VALUES ('X1')",
                "CREATE TABLE t AS SELECT 1 AS x",
                "CREATE TEMP TABLE t AS SELECT 1 AS x",
                "DROP TABLE accelerators",
                "UPDATE accelerators SET tdp_w = 1",
                "DELETE FROM accelerators",
                "SELECT 1; DROP TABLE accelerators",
                "SELECT 1; ATTACH '" + allowed.resolve("x.db") + "' AS x",
                "SELECT * INTO t FROM accelerators",
                "ATTACH '" + allowed.resolve("new.db") + "' AS w",
                "COPY accelerators TO '" + out + "'",
                "COPY (SELECT * FROM accelerators) TO '" + out + "' (FORMAT csv)",
                "EXPORT DATABASE '" + allowed.resolve("dump") + "'",
                "PRAGMA enable_profiling",
                "SET enable_external_access = true",
                "SET lock_configuration = false",
                "RESET allowed_directories",
                "INSTALL httpfs",
                "LOAD httpfs",
                "CALL pragma_version()",
                "DESCRIBE accelerators");
    }

    @ParameterizedTest
    @MethodSource("notOneSelect")
    void onlyOneReadOnlySelectIsRun(String text) {
        assertThatThrownBy(() -> sql.query(text, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one read-only SELECT")
                .hasMessageContaining("Nothing was run")
                .hasMessageContaining("accelerators, systems, models, series");
    }

    @Test
    void theRefusalSaysWhatWasFound() {
        assertThatThrownBy(() -> sql.query("SELECT 1; DROP TABLE accelerators")).hasMessageContaining("2 statements")
                .hasMessageContaining("SELECT; DROP");
        assertThatThrownBy(() -> sql.query("ATTACH 'x.db'")).hasMessageContaining("ATTACH statements are not allowed");
        assertThatThrownBy(() -> sql.query("SELECT * INTO t FROM accelerators")).hasMessageContaining("INTO");
    }

    /** After every refusal the catalog, the settings and the allowed directory are as they were. */
    @AfterEach
    void nothingChanged() throws Exception {
        assertThat(sql.query("SELECT count(*) AS n FROM accelerators WHERE tdp_w = 1 OR name = 'X1'")
                .number(0, "n")).hasValue(0.0);
        assertThat(sql.query("SELECT count(*) AS n FROM accelerators").number(0, "n"))
                .hasValue((double) Catalog.builtIn().accelerators().all().size());
        assertThat(sql.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 't'").number(0, "n"))
                .hasValue(0.0);
        assertThat(sql.query("SELECT current_setting('enable_external_access')::VARCHAR AS v, "
                + "current_setting('lock_configuration')::VARCHAR AS l").rows().getFirst())
                .containsExactly("false", "true");
        try (Stream<Path> files = Files.list(allowed)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ok.csv", "link.csv");
        }
    }

    static Stream<String> outsideFiles() {
        return Stream.of(
                "SELECT * FROM read_csv('/etc/passwd')",
                "SELECT * FROM read_text('/etc/hostname')",
                "SELECT * FROM read_blob('/etc/hostname')",
                "SELECT * FROM glob('/etc/*')",
                "SELECT * FROM read_csv('" + outside.resolve("secret.csv") + "')",
                "SELECT * FROM read_csv('" + allowed + "/../outside/secret.csv')",
                "SELECT * FROM read_csv('" + allowed + "' || '/../outside/secret.csv')",
                "SELECT * FROM read_csv('" + allowed.resolve("link.csv") + "')",
                "SELECT * FROM read_csv('file://" + outside.resolve("secret.csv") + "')",
                "SELECT * FROM read_csv('https://example.com/data.csv')");
    }

    @ParameterizedTest
    @MethodSource("outsideFiles")
    void filesOutsideTheAllowedDirectoryCannotBeRead(String text) throws Exception {
        assertThatThrownBy(() -> sql.query(text, 10))
                .hasMessageContaining("Permission Error")
                .hasMessageContaining("Only files under " + allowed.toRealPath())
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void withoutAllowedDirectoriesNoFileCanBeRead() throws Exception {
        assertThatThrownBy(() -> CatalogSql.builtIn().query("SELECT * FROM read_csv('" + allowed.resolve("ok.csv")
                + "')")).hasMessageContaining("Permission Error").hasMessageContaining(CatalogSql.DIRS_SETTING);
        // names under the allowed directory may be listed (the link too), though the link cannot be read
        assertThat(sql.query("SELECT file FROM glob('" + allowed + "/*.csv') ORDER BY file").column("file"))
                .containsExactly(allowed.toRealPath().resolve("link.csv").toString(),
                        allowed.toRealPath().resolve("ok.csv").toString());
    }

    @Test
    @Timeout(30)
    void aQueryThatRunsForeverStopsAtTheTimeout() {
        for (String forever : List.of(
                "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r",
                "SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE a.range + b.range < 0")) {
            assertThatThrownBy(() -> sql.query(forever))
                    .hasMessageContaining("ran longer than the 1 s limit and was stopped");
        }
        assertThat(sql.query("SELECT 42 AS answer").number(0, "answer")).hasValue(42.0);
    }

    @Test
    void sqlErrorsCarryDuckDbsMessageAndTheSchema() {
        assertThatThrownBy(() -> sql.query("SELEC name FROM accelerators"))
                .hasMessageStartingWith("SQL error: Parser Error: syntax error at or near \"SELEC\"")
                .hasMessageContaining("accelerators(").hasMessageContaining("fp8_tflops")
                .hasMessageContaining("models(").hasMessageContaining("series(");
        assertThatThrownBy(() -> sql.query("SELECT fp9_tflops FROM accelerators"))
                .hasMessageContaining("Binder Error").hasMessageContaining("fp9_tflops")
                .hasMessageContaining("systems(");
        assertThatThrownBy(() -> sql.query("   ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> sql.query("-- only a comment")).hasMessageContaining("only comments");
    }

    @Test
    void badDirectorySettingsAreRefusedWithTheirFix() {
        assertThatThrownBy(() -> new CatalogSql(List.of(Path.of("relative/dir")), CatalogSql.DEFAULT_TIMEOUT))
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> new CatalogSql(List.of(dir.resolve("missing")), CatalogSql.DEFAULT_TIMEOUT))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> new CatalogSql(List.of(allowed.resolve("ok.csv")), CatalogSql.DEFAULT_TIMEOUT))
                .hasMessageContaining("not a directory");
    }
}
