package zhiti.econ.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.core.Figure;
import zhiti.econ.SeedTable;
import zhiti.econ.chip.ExportClassification.Eccn;

class ChipMetricsTest {

    /**
     * Our reading of the October 2023 rule (88 FR 73458) for each chip of seed 001's table of chips barred from
     * export to China; RTX 4090/4080 are gaming cards (not designed or marketed for datacenters, Note 2).
     */
    private static final Map<String, Eccn> EXPECTED = Map.ofEntries(
            Map.entry("H100 SXM", Eccn.A_3A090), Map.entry("H20 SXM", Eccn.NOT_3A090),
            Map.entry("L40S", Eccn.A_3A090), Map.entry("L40", Eccn.B_3A090), Map.entry("L20", Eccn.NOT_3A090),
            Map.entry("L4", Eccn.A_3A090), Map.entry("L2", Eccn.NOT_3A090), Map.entry("A100 SXM", Eccn.A_3A090),
            Map.entry("V100 SXM", Eccn.NOT_3A090), Map.entry("RTX 4090", Eccn.A_3A090),
            Map.entry("RTX 4080", Eccn.NOT_3A090), Map.entry("AMD MI210", Eccn.B_3A090),
            Map.entry("AMD MI250X", Eccn.A_3A090), Map.entry("AMD MI300X", Eccn.A_3A090),
            Map.entry("Intel Gaudi2", Eccn.A_3A090));

    /**
     * Seed 001, table of US-embargoed AI chips (S001-T1): TPP = TFLOPS × bit width and density = TPP ÷ die mm².
     * The seed prints TFLOPS rounded to whole numbers (RTX 4090: 661 × 8 = 5288 vs printed 5285, from 660.6) and
     * density to one decimal, so TPP must agree within half a TFLOPS times the bit width and density within 0.05.
     */
    @Test
    void everyChipOfSeed001MatchesItsTppAndDensity() {
        List<Map<String, String>> rows = SeedTable.rows("S001-T1_export_controlled_ai_chips.csv");
        assertThat(rows).hasSize(15);
        for (Map<String, String> r : rows) {
            String name = r.get("gpu");
            int bits = (int) SeedTable.num(r, "bit_width");
            boolean datacenter = !name.startsWith("RTX");
            List<Figure> f = ChipMetrics.all(name, SeedTable.num(r, "tflops_dense"), bits, SeedTable.num(r, "die_mm2"),
                    datacenter, "seed 001");
            assertThat(f.get(0).value()).as("TPP of %s", name).isCloseTo(SeedTable.num(r, "tpp"), within(bits * 0.5));
            assertThat(f.get(1).value()).as("density of %s", name)
                    .isCloseTo(SeedTable.num(r, "performance_density"), within(0.05 + 1e-9));
            // the density printed from the seed's own TPP must round the same way
            double fromSeedTpp = SeedTable.num(r, "tpp") / SeedTable.num(r, "die_mm2");
            assertThat(fromSeedTpp).isCloseTo(SeedTable.num(r, "performance_density"), within(0.05 + 1e-9));
            var cls = ExportClassification.classify(f.get(0).value(), f.get(1).value(), datacenter);
            assertThat(cls.eccn()).as("class of %s (%s)", name, cls.paragraph()).isEqualTo(EXPECTED.get(name));
            assertThat(f.get(2).formula()).contains("TPP ≥ 4800").contains("5.92").contains("1.6").contains("3.2");
        }
    }

    /** BIS's own worked example: TPP 4800 is 600 TOPS at 8 bits or 300 TFLOPS at 16 bits. */
    @Test
    void thresholdExamplesFromTheRule() {
        assertThat(ChipMetrics.tpp("x", 600, 8, "t").value()).isEqualTo(4800);
        assertThat(ChipMetrics.tpp("y", 300, 16, "t").value()).isEqualTo(4800);
        assertThat(ExportClassification.classify(4800, 1, true).paragraph()).startsWith("a.1");
        assertThat(ExportClassification.classify(4799, 5.92, true).paragraph()).startsWith("a.2");
        assertThat(ExportClassification.classify(4799, 5.91, true).paragraph()).startsWith("b.1");
        assertThat(ExportClassification.classify(2399, 3.2, true).paragraph()).startsWith("b.2");
        assertThat(ExportClassification.classify(2399, 3.19, true).eccn()).isEqualTo(Eccn.NOT_3A090);
        assertThat(ExportClassification.classify(4799, 9, false).eccn()).isEqualTo(Eccn.NOT_3A090);
    }

    @Test
    void badChipInputIsExplained() {
        assertThatThrownBy(() -> ChipMetrics.tpp("H100", 989, 0, "t")).hasMessageContaining("bit width");
        assertThatThrownBy(() -> ChipMetrics.performanceDensity("H100", 15832, 814e6, "t")).hasMessageContaining("mm²");
        assertThatThrownBy(() -> ChipMetrics.tpp("H100", -1, 8, "t")).hasMessageContaining("positive");
    }
}
