package zhiti.tools.econ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.econ.ToolCalls.failure;
import static zhiti.tools.econ.ToolCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.ToolName;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.chip.ExportClassification;

/** catalog_list: export-class listings, rankings, ranges, exclusions with reasons, refusals. */
class CatalogListToolTest {

    private static final String TOOL = ToolName.CATALOG_LIST.id();
    private static final Catalog CATALOG = Catalog.builtIn();

    /** Seed 001 names → catalog rows (the same mapping as the econ SeedChipTableTest). */
    private static final Map<String, String> SEED_NAME = Map.of("H100 SXM", "H100 SXM5 80GB", "H20 SXM", "H20",
            "A100 SXM", "A100 SXM4 40GB", "V100 SXM", "V100 SXM2 16GB", "AMD MI210", "MI210", "AMD MI250X", "MI250X",
            "AMD MI300X", "MI300X", "Intel Gaudi2", "Gaudi2");

    /** Every catalog chip's listed class is the one ExportClassification gives its TPP and density. */
    @Test
    void exportClassListingMatchesTheClassificationOfEveryChip() {
        JsonNode d = ok(TOOL, "{\"kind\":\"accelerators\",\"export_class\":\"3A090\",\"limit\":50}").data();
        Map<String, String> listed = classes(d);
        List<String> undetermined = new ArrayList<>();
        d.get("excluded").forEach(e -> undetermined.add(e.get("name").asText()));
        for (Accelerator a : CATALOG.accelerators().all()) {
            double tpp = a.tpp().orElse(Double.NaN);
            if (Double.isNaN(tpp) || (!(a.dieMm2() > 0) && tpp < ExportClassification.TPP_A1)) {
                assertThat(undetermined).as(a.name()).contains(a.name());
                continue;
            }
            double pd = a.dieMm2() > 0 ? tpp / a.dieMm2() : 0;
            var expected = ExportClassification.classify(tpp, pd, true).eccn();
            if (expected == ExportClassification.Eccn.NOT_3A090) {
                assertThat(listed).as(a.name()).doesNotContainKey(a.name());
            } else {
                assertThat(listed).as(a.name()).containsEntry(a.name(), expected.label);
            }
        }
        assertThat(d.get("count").asInt()).isEqualTo(listed.size());
        assertThat(d.get("excluded").get(0).get("reason").asText()).isNotBlank();
    }

    /**
     * Seed 001's table implies a class for each chip from its printed TPP and density; the catalog's own figures
     * (which differ for RTX 4080, MI300X and Gaudi2, see SeedChipTableTest) must land in the same class. H800 and
     * A800 are not in the table: their GH100 and GA100 silicon gives TPP 15,832 and 4,992, both 3A090.a.
     */
    @Test
    void seedTableChipsGetTheClassTheTableImplies() throws IOException {
        Map<String, String> all = new LinkedHashMap<>(classes(ok(TOOL, "{\"export_class\":\"3A090\",\"limit\":50}").data()));
        for (Map<String, String> r : seedRows()) {
            double tpp = Double.parseDouble(r.get("tpp"));
            double pd = Double.parseDouble(r.get("performance_density"));
            String implied = ExportClassification.classify(tpp, pd, true).eccn().label;
            String name = CATALOG.accelerators().get(SEED_NAME.getOrDefault(r.get("gpu"), r.get("gpu"))).name();
            assertThat(all.getOrDefault(name, "not 3A090")).as(r.get("gpu")).isEqualTo(implied);
        }
        assertThat(all).containsEntry("H800 SXM5", "3A090.a").containsEntry("A800 SXM4 80GB", "3A090.a")
                .containsEntry("H100 SXM5 80GB", "3A090.a").containsEntry("A100 SXM4 80GB", "3A090.a")
                .containsEntry("L40", "3A090.b").containsEntry("MI210", "3A090.b").doesNotContainKey("H20");
        JsonNode free = ok(TOOL, "{\"export_class\":\"not_controlled\",\"limit\":50}").data();
        assertThat(names(free)).contains("H20", "L20", "L2", "V100 SXM2 16GB", "T4");
    }

    /** FP8 TFLOPS ÷ TDP from the catalog, largest first; chips without an fp8 rate or a TDP are excluded. */
    @Test
    void ranksByFp8TflopsPerWatt() {
        Observation o = ok(TOOL, "{\"sort_by\":\"fp8_tflops_per_watt\",\"limit\":5}");
        JsonNode d = o.data();
        List<Accelerator> expected = CATALOG.accelerators().all().stream()
                .filter(a -> a.denseTflops(Precision.FP8).isPresent() && a.tdpWatts() > 0)
                .sorted(Comparator.comparingDouble((Accelerator a) -> -a.denseTflops(Precision.FP8).get() / a.tdpWatts()))
                .limit(5).toList();
        assertThat(names(d)).containsExactlyElementsOf(expected.stream().map(Accelerator::name).toList());
        assertThat(names(d)).startsWith("B200", "H100 PCIe");
        assertThat(d.get("rows").get(0).get("fp8_tflops_per_watt").asDouble()).isCloseTo(4500.0 / 1000, within(1e-9));
        assertThat(o.figures()).hasSize(5).allSatisfy(f -> assertThat(f.formula()).isEqualTo("FP8 TFLOPS ÷ TDP"));
        assertThat(o.citations()).hasSize(5);
        List<String> excluded = new ArrayList<>();
        d.get("excluded").forEach(e -> excluded.add(e.get("name").asText() + ": " + e.get("reason").asText()));
        assertThat(excluded).anyMatch(e -> e.startsWith("A100 SXM4 80GB: no dense fp8"))
                .anyMatch(e -> e.startsWith("L2: no TDP"));
        assertThat(o.summary()).contains("B200").contains("excluded");
    }

    @Test
    void filtersByVendorAndARange() {
        JsonNode more = ok(TOOL, "{\"vendor\":\"NVIDIA\",\"metric\":\"memory_gb\",\"min\":80,\"exclusive\":true,"
                + "\"sort_by\":\"memory_gb\"}").data();
        assertThat(names(more)).containsExactlyInAnyOrder("B200", "GB200 (per GPU)", "H200 SXM 141GB", "H20");
        JsonNode atLeast = ok(TOOL, "{\"vendor\":\"英伟达\",\"metric\":\"memory_gb\",\"min\":80}").data();
        assertThat(names(atLeast)).contains("H100 SXM5 80GB", "A100 SXM4 80GB").doesNotContain("MI300X");
        JsonNode recent = ok(TOOL, "{\"metric\":\"release\",\"min\":2024,\"sort_by\":\"release\",\"order\":\"asc\"}").data();
        assertThat(names(recent)).containsExactly("B200", "GB200 (per GPU)", "Gaudi3", "H200 SXM 141GB");
        JsonNode upTo2017 = ok(TOOL, "{\"metric\":\"release\",\"max\":2017}").data();
        assertThat(names(upTo2017)).containsExactlyInAnyOrder("V100 SXM2 32GB", "V100 SXM2 16GB");
    }

    @Test
    void systemsAreClassedByTheChipsInsideAndModelsByTheirSize() {
        JsonNode s = ok(TOOL, "{\"kind\":\"systems\",\"export_class\":\"4A090\"}").data();
        assertThat(names(s)).contains("DGX H100", "DGX A100").doesNotContain("HGX H20", "8×T4 inference server");
        assertThat(s.get("rows").get(0).get("eccn").asText()).startsWith("4A090.");
        Observation m = ok(TOOL, "{\"kind\":\"models\",\"metric\":\"params\",\"min\":1e11,\"sort_by\":\"params\"}");
        assertThat(names(m.data())).startsWith("GPT-4").doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(CATALOG.models().get(n).params()).isGreaterThanOrEqualTo(1e11));
        assertThat(m.figures()).extracting(Figure::name).first().asString().startsWith("parameters of GPT-4");
        JsonNode latest = ok(TOOL, "{\"kind\":\"models\",\"sort_by\":\"released\",\"limit\":1}").data();
        assertThat(names(latest)).containsExactly("DeepSeek-V3");
    }

    @Test
    void unknownArgumentsAreRefusedWithTheValidChoices() {
        assertThat(failure(TOOL, "{\"sort_by\":\"flops_per_dollar\"}")).contains("fp8_tflops_per_watt", "memory_gb");
        assertThat(failure(TOOL, "{\"sort_by\":\"tflops_per_watt\"}")).contains("bf16_tflops_per_watt");
        assertThat(failure(TOOL, "{\"kind\":\"datasets\"}")).contains("accelerators, systems, models");
        assertThat(failure(TOOL, "{\"kind\":\"models\",\"sort_by\":\"tdp_w\"}")).contains("params", "released");
        assertThat(failure(TOOL, "{\"export_class\":\"5A992\"}")).contains("3A090.a", "not_controlled");
        assertThat(failure(TOOL, "{\"export_class\":\"4A090\"}")).contains("kind systems");
        assertThat(failure(TOOL, "{\"kind\":\"models\",\"export_class\":\"3A090\"}")).contains("not models");
        assertThat(failure(TOOL, "{\"vendor\":\"Cerebras\"}")).contains("NVIDIA");
        assertThat(failure(TOOL, "{\"min\":80}")).contains("metric");
        assertThat(failure(TOOL, "{\"metric\":\"memory_gb\",\"min\":90,\"max\":80}")).contains("above max");
    }

    @Test
    void theLimitDefaultsToTenAndStopsAtFifty() {
        JsonNode d = ok(TOOL, "{}").data();
        assertThat(d.get("rows")).hasSize(CatalogListTool.DEFAULT_LIMIT);
        assertThat(d.get("count").asInt()).isEqualTo(CATALOG.accelerators().all().size());
        JsonNode capped = ok(TOOL, "{\"limit\":500}").data();
        assertThat(capped.at("/filters/limit").asInt()).isEqualTo(CatalogListTool.MAX_LIMIT);
        assertThat(capped.at("/filters/limit_capped_from").asInt()).isEqualTo(500);
    }

    private static Map<String, String> classes(JsonNode data) {
        Map<String, String> m = new LinkedHashMap<>();
        data.get("rows").forEach(r -> m.put(r.get("name").asText(), r.get("eccn").asText()));
        return m;
    }

    private static List<String> names(JsonNode data) {
        List<String> out = new ArrayList<>();
        data.get("rows").forEach(r -> out.add(r.get("name").asText()));
        return out;
    }

    private static List<Map<String, String>> seedRows() throws IOException {
        Path p = Path.of(System.getProperty("zhiti.shared"), "seed-tables", "S001-T1_export_controlled_ai_chips.csv");
        List<String> lines = Files.readAllLines(p);
        String[] header = lines.getFirst().replace("\uFEFF", "").split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
