package zhiti.tools.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.tools.econ.EconTools;

/** What queries return: rankings and listings that agree with the catalog and catalog_list, figures, user files. */
class CatalogSqlTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final CatalogSql SQL = CatalogSql.builtIn();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path allowed;
    static CatalogSql withFiles;

    @BeforeAll
    static void userFiles() throws Exception {
        allowed = Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(allowed.resolve("sub"));
        Files.writeString(allowed.resolve("fleet.csv"), """
                name,units,site
                H100 SXM5 80GB,1024,上海数据中心
                B200,256,北京
                """, StandardCharsets.UTF_8);
        // a Parquet file written by a DuckDB of the test's own, not by the read-only one under test
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
             Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('MI300X', 64), ('Gaudi3', 32)) t(name, units)) TO '"
                    + allowed.resolve("more.parquet") + "' (FORMAT parquet)");
        }
        withFiles = new CatalogSql(List.of(allowed), CatalogSql.DEFAULT_TIMEOUT);
    }

    @Test
    void topFiveByFp8PerWattFollowTheCatalog() {
        Result r = SQL.query("SELECT name, fp8_tflops / tdp_w AS fp8_tflops_per_w FROM accelerators "
                + "WHERE fp8_tflops IS NOT NULL ORDER BY 2 DESC, name LIMIT 5", 100);
        record Ranked(String name, double perWatt) {
        }
        List<Ranked> expected = CATALOG.accelerators().all().stream()
                .filter(a -> a.denseTflops(Precision.FP8).isPresent() && a.tdpWatts() > 0)
                .map(a -> new Ranked(a.name(), a.denseTflops(Precision.FP8).get() / a.tdpWatts()))
                .sorted(Comparator.comparingDouble(Ranked::perWatt).reversed().thenComparing(Ranked::name))
                .limit(5).toList();
        assertThat(r.column("name")).containsExactlyElementsOf(expected.stream().map(Ranked::name).toList());
        for (int i = 0; i < 5; i++) {
            assertThat(r.number(i, "fp8_tflops_per_w")).hasValue(expected.get(i).perWatt());
        }
        assertThat(r.truncated()).isFalse();
        assertThat(r.tables()).containsExactly("accelerators");

        List<Figure> figures = ResultFigures.of(r);
        assertThat(figures).hasSize(5);
        Figure top = figures.getFirst();
        assertThat(top.name()).isEqualTo(expected.getFirst().name() + " fp8_tflops_per_w");
        assertThat(top.unit()).isEqualTo("TFLOP/s per W");
        assertThat(top.formula()).startsWith("SQL: SELECT name, fp8_tflops / tdp_w");
        assertThat(top.inputs()).containsEntry("name", expected.getFirst().name());
        assertThat(top.source()).contains("catalog tables").contains("accelerators");
        // the derived column says the same as the division
        Result derived = SQL.query("SELECT name, fp8_tflops_per_w FROM accelerators WHERE fp8_tflops_per_w IS NOT NULL "
                + "ORDER BY 2 DESC, name LIMIT 5", 5);
        assertThat(derived.column("name")).isEqualTo(r.column("name"));

        // the helper the offline brain calls ranks the same way and keeps each row's source
        Result helper = SQL.ranking("accelerators", "fp8_tflops", "tdp_w", 5);
        assertThat(helper.column("name")).isEqualTo(r.column("name"));
        Figure first = ResultFigures.of(helper).getFirst();
        assertThat(first.unit()).isEqualTo("TFLOP/s per W");
        assertThat(first.source()).isEqualTo(CATALOG.accelerators().get(expected.getFirst().name()).source());
        assertThatThrownBy(() -> SQL.ranking("accelerators", "vendor", null, 5))
                .hasMessageContaining("no int/double column 'vendor'").hasMessageContaining("fp8_tflops");
    }

    @Test
    void the3A090ListingIsCatalogListsListing() throws Exception {
        Result r = SQL.query("SELECT name, export_class, eccn FROM accelerators WHERE export_class = '3A090' "
                + "ORDER BY name", 100);
        JsonNode listed = catalogList("{\"kind\":\"accelerators\",\"export_class\":\"3A090\",\"limit\":100}");
        Map<String, String> expected = new LinkedHashMap<>();
        listed.get("rows").forEach(row -> expected.put(row.get("name").asText(), row.get("eccn").asText()));
        Map<String, String> got = new LinkedHashMap<>();
        for (int i = 0; i < r.rowCount(); i++) {
            got.put(r.text(i, "name"), r.text(i, "eccn"));
        }
        assertThat(expected).isNotEmpty();
        assertThat(got).isEqualTo(expected);
        assertThat(r.column("export_class")).containsOnly("3A090");
        assertThat(SQL.listing("accelerators", "export_class", "3A090").column("name"))
                .containsExactlyElementsOf(got.keySet());

        // chips catalog_list cannot class are 'undetermined' here, and systems follow their chips (4A090)
        List<String> undetermined = new ArrayList<>();
        listed.get("excluded").forEach(e -> undetermined.add(e.get("name").asText()));
        assertThat(SQL.query("SELECT name FROM accelerators WHERE export_class = 'undetermined'").column("name"))
                .containsExactlyInAnyOrderElementsOf(undetermined);
        JsonNode systems = catalogList("{\"kind\":\"systems\",\"export_class\":\"4A090\",\"limit\":100}");
        List<String> systemNames = new ArrayList<>();
        systems.get("rows").forEach(row -> systemNames.add(row.get("name").asText()));
        assertThat(SQL.query("SELECT name FROM systems WHERE export_class = '4A090'").column("name"))
                .containsExactlyInAnyOrderElementsOf(systemNames);
    }

    @Test
    void anAggregateGivesFiguresWithUnitsFromItsColumnNames() {
        Result r = SQL.query("SELECT count(*) AS chips, avg(bf16_tflops) AS avg_bf16_tflops, max(memory_gb) "
                + "FROM accelerators WHERE vendor = 'NVIDIA'", 10);
        List<Accelerator> nvidia = CATALOG.accelerators().all().stream().filter(a -> a.vendor().equals("NVIDIA"))
                .toList();
        OptionalDouble avg = nvidia.stream().flatMap(a -> a.denseTflops(Precision.BF16).stream())
                .mapToDouble(Double::doubleValue).average();
        double maxMemory = nvidia.stream().mapToDouble(Accelerator::memoryGb).filter(m -> !Double.isNaN(m)).max()
                .orElseThrow();

        Map<String, Figure> figures = new LinkedHashMap<>();
        ResultFigures.of(r).forEach(f -> figures.put(f.name(), f));
        assertThat(figures).containsOnlyKeys("chips", "avg_bf16_tflops", "max(memory_gb)");
        assertThat(figures.get("chips").value()).isEqualTo(nvidia.size());
        assertThat(figures.get("avg_bf16_tflops").value()).isCloseTo(avg.orElseThrow(), within(1e-9));
        assertThat(figures.get("avg_bf16_tflops").unit()).isEqualTo("TFLOP/s");
        assertThat(figures.get("max(memory_gb)").value()).isEqualTo(maxMemory);
        assertThat(figures.get("max(memory_gb)").unit()).isEqualTo("GB");
        assertThat(figures.values()).allSatisfy(f -> {
            assertThat(f.formula()).isEqualTo("SQL: " + r.sql());
            assertThat(f.source()).isEqualTo("catalog tables (sources per row): accelerators");
        });
    }

    @Test
    void aSelectedSourceAndUnitTravelWithEachFigure() {
        Accelerator h100 = CATALOG.accelerators().get("H100 SXM5 80GB");
        Result r = SQL.query("SELECT name, vendor, tdp_w, source FROM accelerators WHERE name = 'H100 SXM5 80GB'");
        Figure tdp = ResultFigures.of(r).getFirst();
        assertThat(tdp.name()).isEqualTo("H100 SXM5 80GB tdp_w");
        assertThat(tdp.value()).isEqualTo(h100.tdpWatts());
        assertThat(tdp.unit()).isEqualTo("W");
        assertThat(tdp.source()).isEqualTo(h100.source());
        assertThat(tdp.inputs()).containsEntry("name", "H100 SXM5 80GB").containsEntry("vendor", "NVIDIA");

        Result nev = SQL.query("SELECT series, date, value, unit, source FROM series "
                + "WHERE series = 'NEV share (China)' AND kind = 'observed' ORDER BY date LIMIT 1");
        Figure first = ResultFigures.of(nev).getFirst();
        assertThat(first.unit()).isEqualTo(nev.text(0, "unit")).contains("%");
        assertThat(first.name()).startsWith("NEV share (China) " + nev.text(0, "date"));

        // big results are data, not figures
        assertThat(ResultFigures.of(SQL.query("SELECT name, tdp_w FROM accelerators"))).isEmpty();
    }

    @Test
    void userCsvAndParquetUnderAnAllowedDirectoryJoinTheCatalog() {
        Result r = withFiles.query("SELECT f.name, f.site, f.units * a.tdp_w / 1000 AS fleet_kw FROM read_csv('"
                + allowed.resolve("fleet.csv") + "') f JOIN accelerators a USING (name) ORDER BY f.name");
        assertThat(r.column("name")).containsExactly("B200", "H100 SXM5 80GB");
        assertThat(r.column("site")).containsExactly("北京", "上海数据中心");
        assertThat(r.number(1, "fleet_kw")).hasValue(1024 * CATALOG.accelerators().get("H100 SXM5 80GB").tdpWatts()
                / 1000);
        assertThat(r.files()).singleElement().asString().startsWith("read_csv('").contains("fleet.csv");
        assertThat(r.tables()).containsExactly("accelerators");
        Figure kw = ResultFigures.of(r).get(1);
        assertThat(kw.unit()).isEqualTo("kW");
        assertThat(kw.inputs()).containsEntry("site", "上海数据中心");
        assertThat(kw.source()).contains("user files: read_csv(").contains("accelerators");

        Result pq = withFiles.query("SELECT sum(units) AS units FROM read_parquet('" + allowed.resolve("more.parquet")
                + "')");
        assertThat(pq.number(0, "units")).hasValue(96.0);
        // a directory inside an allowed one, reached through '..' that stays inside, is still inside
        assertThat(withFiles.query("SELECT count(*) AS n FROM read_csv('" + allowed + "/sub/../fleet.csv')")
                .number(0, "n")).hasValue(2.0);
    }

    @Test
    void rowsStopAtTheLimitAndSaySo() {
        Result r = SQL.query("SELECT range AS i FROM range(1000000000000)", 10);
        assertThat(r.rowCount()).isEqualTo(10);
        assertThat(r.truncated()).isTrue();
        assertThat(r.truncation()).contains("more than 10 rows").contains("limit");
        assertThat(SQL.query("SELECT * FROM accelerators").truncated()).isFalse();
        assertThatThrownBy(() -> SQL.query("SELECT 1", 0)).hasMessageContaining("limit must be between 1 and 10000");
        assertThatThrownBy(() -> SQL.query("SELECT 1", 10_001)).hasMessageContaining("limit");
        String wide = SQL.query("SELECT repeat('x', 100000) AS s").text(0, "s");
        assertThat(wide).hasSizeLessThan(3_000).contains("cut at");
    }

    @Test
    void dialectTheJSqlParserLacksStillRunsAndStringsMayHoldSemicolons() {
        assertThat(SQL.query("FROM accelerators SELECT name WHERE name = 'B200'").column("name"))
                .containsExactly("B200");
        assertThat(SQL.query("SELECT 2 ** 10 AS x").number(0, "x")).hasValue(1024.0);
        assertThat(SQL.query("SELECT ';DROP TABLE accelerators; --' AS s; -- done").text(0, "s"))
                .isEqualTo(";DROP TABLE accelerators; --");
        assertThat(SQL.query("VALUES (1, 'a'), (2, 'b')").rowCount()).isEqualTo(2);
        assertThat(SQL.query("WITH x AS (SELECT vendor, count(*) AS n FROM accelerators GROUP BY ALL) "
                + "SELECT * FROM x ORDER BY n DESC LIMIT 1").text(0, "vendor")).isEqualTo("NVIDIA");
    }

    @Test
    void theToolReturnsColumnsRowsAndATablePreview() throws Exception {
        ToolRegistry tools = new ToolRegistry();
        new SqlToolProvider().register(tools, new zhiti.agent.ToolContext(zhiti.agent.Settings.none()
                .with(CatalogSql.DIRS_SETTING, allowed.toString()), dir, dir.resolve("artifacts")));
        var tool = tools.find(ToolName.SQL_QUERY.id()).orElseThrow();
        assertThat(tool.description()).hasSizeLessThan(1500).contains("accelerators(").contains("fp8_tflops")
                .contains("series(").contains(allowed.toString());
        ObjectNode args = JSON.createObjectNode().put("sql", "SELECT name, memory_gb FROM accelerators "
                + "ORDER BY memory_gb DESC NULLS LAST, name").put("limit", 3);
        Observation o = tools.call(new Step("s1", tool.name(), args, "test"));
        assertThat(o.ok()).as(o.error()).isTrue();
        JsonNode d = o.data();
        assertThat(d.get("columns").get(1).get("name").asText()).isEqualTo("memory_gb");
        assertThat(d.get("columns").get(1).get("type").asText()).isEqualTo("DOUBLE");
        assertThat(d.get("rows")).hasSize(3);
        assertThat(d.get("row_count").asInt()).isEqualTo(3);
        assertThat(d.get("truncated").asBoolean()).isTrue();
        assertThat(d.get("tables").get(0).asText()).isEqualTo("accelerators");
        assertThat(o.summary()).contains("3 rows from accelerators (truncated").contains("name").contains("memory_gb");
        assertThat(o.figures()).hasSize(3);

        Observation bad = tools.call(new Step("s2", tool.name(), JSON.createObjectNode().put("sql", "DROP TABLE models"),
                "test"));
        assertThat(bad.ok()).isFalse();
        assertThat(bad.error()).contains("exactly one read-only SELECT");
    }

    private static JsonNode catalogList(String args) throws Exception {
        ToolRegistry econ = EconTools.register(new ToolRegistry(), CATALOG);
        Observation o = econ.call(new Step("c", ToolName.CATALOG_LIST.id(), (ObjectNode) JSON.readTree(args), "test"));
        assertThat(o.ok()).as(o.error()).isTrue();
        return o.data();
    }
}
