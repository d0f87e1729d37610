package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import zhiti.core.Citation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.chip.ChipMetrics;
import zhiti.econ.chip.ExportClassification;

/** TPP, performance density and the US ECCN 3A090 class of a chip, from {@link ChipMetrics}. */
public final class ChipMetricsTool implements Tool {

    private final CatalogNames names;

    public ChipMetricsTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.CHIP_METRICS.id();
    }

    @Override
    public String description() {
        return "US export-control metrics of an AI chip: TPP = dense TFLOPS (or TOPS) × bit width at the headline "
                + "precision, performance density = TPP ÷ die area (mm²), and the ECCN 3A090 class under the "
                + "October 2023 rule (3A090.a: TPP ≥ 4800, or TPP ≥ 1600 and PD ≥ 5.92; 3A090.b: 2400 ≤ TPP < 4800 "
                + "and 1.6 ≤ PD < 5.92, or TPP ≥ 1600 and 3.2 ≤ PD < 5.92). Give a catalog chip or tflops, bits, die_mm2.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("chip", "catalog accelerator, e.g. H100, A800, H20, Ascend 910B")
                .string("name", "label for a chip given by numbers, e.g. RTX 4090")
                .number("tflops", "dense (no sparsity) peak TFLOPS or TOPS at the given bit width (overrides chip)")
                .integer("bits", "bit width of that rate: 8 (FP8/INT8), 16 (BF16/FP16), 32 (FP32) (overrides chip)")
                .number("die_mm2", "applicable die area in mm², all logic dies (overrides chip)")
                .bool("not_datacenter", "true if the chip is not designed or marketed for datacenters (Note 2 "
                        + "to 3A090, e.g. a gaming card); default false")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(Signature.of("chip").needs(Quantity.HARDWARE, "chip").gives(Quantity.TPP, "/tpp")
                .givesIfKnown(Quantity.PERFORMANCE_DENSITY, "/performance_density")
                .gives(Quantity.EXPORT_CLASS, "/eccn").build());
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        Accelerator acc = a.has("chip") ? names.accelerator(a.text("chip").orElseThrow()) : null;
        String chip = acc != null ? acc.name() : a.text("name", "chip");
        String source = acc != null ? acc.source() : "user input";
        if (acc != null) {
            citations.add(CatalogNames.cite(acc.name(), acc.source()));
        }
        double tflops = a.has("tflops") ? a.requiredPositive("tflops", "")
                : acc != null && acc.headlineTflops().isPresent() ? acc.headlineTflops().getAsDouble()
                : missing("tflops", acc);
        int bits = a.has("bits") ? a.positiveInt("bits", 0)
                : acc != null && acc.tppBitWidth() > 0 ? acc.tppBitWidth() : (int) missing("bits", acc);
        double die = a.has("die_mm2") ? a.requiredPositive("die_mm2", "")
                : acc != null && acc.dieMm2() > 0 ? acc.dieMm2() : Double.NaN;
        boolean datacenter = !a.flag("not_datacenter");
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("chip", chip).put("tflops", tflops)
                .put("bits", bits).put("datacenter", datacenter);
        ObjectNode th = data.putObject("thresholds");
        th.put("a1_tpp", ExportClassification.TPP_A1).put("a2_tpp", ExportClassification.TPP_A2)
                .put("a2_pd", ExportClassification.PD_A2).put("b1_tpp_low", ExportClassification.TPP_B1_LOW)
                .put("b1_pd_low", ExportClassification.PD_B1_LOW).put("b2_pd_low", ExportClassification.PD_B2_LOW)
                .put("text", ExportClassification.THRESHOLDS).put("rule", ChipMetrics.SOURCE);
        List<Figure> figures;
        if (!Double.isNaN(die)) {
            figures = ChipMetrics.all(chip, tflops, bits, die, datacenter, source);
            var cls = ExportClassification.classify(figures.get(0).value(), figures.get(1).value(), datacenter);
            data.put("tpp", figures.get(0).value()).put("die_mm2", die).put("performance_density", figures.get(1).value())
                    .put("eccn", cls.eccn().label).put("paragraph", cls.paragraph());
        } else {
            Figure tpp = ChipMetrics.tpp(chip, tflops, bits, source);
            figures = new ArrayList<>(List.of(tpp));
            data.put("tpp", tpp.value()).putNull("performance_density");
            if (tpp.value() >= ExportClassification.TPP_A1) {
                // a.1 needs no density, so the class is settled without the die area
                var cls = ExportClassification.classify(tpp.value(), 0, datacenter);
                figures.add(cls.figure(chip));
                data.put("eccn", cls.eccn().label).put("paragraph", cls.paragraph());
            } else {
                data.put("eccn", "undetermined").put("paragraph", "die area unknown: give die_mm2 for the density test");
            }
        }
        String summary = chip + ": TPP " + Formatting.num(data.get("tpp").asDouble()) + " (" + Formatting.plain(tflops)
                + " × " + bits + ")" + (data.get("performance_density").isNull() ? ""
                : ", PD " + String.format(java.util.Locale.ROOT, "%.2f", data.get("performance_density").asDouble()))
                + ", " + data.get("eccn").asText();
        return new ToolResult(data, summary, figures, citations);
    }

    private static double missing(String key, Accelerator acc) {
        throw new IllegalArgumentException("give " + key + (acc == null ? " (or a catalog chip)"
                : " (the catalog has no TPP " + (key.equals("bits") ? "bit width" : "headline rate") + " for " + acc.name() + ")"));
    }
}
