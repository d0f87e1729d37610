package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.training.ClusterSizing;
import zhiti.econ.training.ClusterSizing.Estimate;
import zhiti.econ.training.ClusterSizing.Peak;
import zhiti.econ.units.Formats;

/** GPUs and servers to finish a training run by a deadline, or the days a given fleet needs. */
public final class TrainingClusterTool implements Tool {

    static final String[] UTILISATION_NOTE = {"利用率取稠密峰值的 40%",
            "utilisation 40% of dense peak (Megatron-LM measured 44–52% on A100 clusters)"};
    static final String[] PRECISION_NOTE = {"按稠密 BF16 峰值计算（无 BF16 的芯片用 FP16），不计稀疏加速",
            "the dense BF16 peak (FP16 on chips without BF16), no sparsity speed-up"};

    private final Catalog catalog;

    public TrainingClusterTool(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return ToolName.TRAINING_CLUSTER.id();
    }

    @Override
    public String description() {
        return "Size a training cluster: with days, the accelerators (and servers, for a server system such as "
                + "DGX A100) needed to finish compute_flop by then; with gpus, the days that fleet needs. Sustained "
                + "throughput = dense peak at the precision × utilisation; peak_flops replaces the catalog peak.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("compute_flop", "training compute in FLOP, e.g. 3.15e23")
                .string("hardware", "accelerator or server system from the catalog, e.g. A100, H100, DGX A100")
                .number("days", "deadline in days (give days or gpus)")
                .integer("gpus", "fleet size in accelerators (give days or gpus)")
                .number("utilisation", "fraction of dense peak sustained, 0-1 (model FLOPs utilisation)")
                .oneOf("precision", "number format whose dense peak applies; default bf16 (fp16 on chips without bf16)",
                        "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .number("peak_flops", "dense peak per accelerator in FLOP/s as the question states it, e.g. 9.89e14; "
                        + "replaces the catalog peak")
                .required("compute_flop", "hardware", "utilisation").build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(sizing("deadline", Quantity.DAYS, "days").gives(Quantity.GPUS, "/gpus")
                        .givesIfKnown(Quantity.SERVERS, "/servers").build(),
                sizing("fleet", Quantity.GPUS, "gpus").gives(Quantity.DAYS, "/days")
                        .givesIfKnown(Quantity.SERVERS, "/servers").build());
    }

    private static Signature.Builder sizing(String mode, Quantity given, String arg) {
        return Signature.of(mode).needs(Quantity.COMPUTE, "compute_flop").needs(Quantity.HARDWARE, "hardware")
                .needs(given, arg)
                .defaults(Quantity.UTILISATION, "utilisation", 0.4, UTILISATION_NOTE[0], UTILISATION_NOTE[1])
                .defaults(Quantity.PRECISION, "precision", null, PRECISION_NOTE[0], PRECISION_NOTE[1])
                .overrides(Quantity.PEAK_FLOPS, "peak_flops");
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        Hardware hw = catalog.hardware(a.text("hardware").orElseThrow());
        double c = a.requiredPositive("compute_flop", "training compute in FLOP, e.g. 3.15e23");
        Precision p = a.text("precision").map(Precision::parse).orElse(hw.accelerator().defaultPrecision());
        double u = a.fraction("utilisation", Double.NaN);
        boolean hasDays = a.has("days");
        boolean hasGpus = a.has("gpus");
        if (hasDays == hasGpus) {
            throw new IllegalArgumentException("give exactly one of days (to size the fleet) or gpus (to get the days)");
        }
        Optional<Double> catalogPeak = hw.accelerator().denseTflops(p).map(t -> t * 1e12);
        OptionalDouble stated = a.positive("peak_flops");
        Peak peak = stated.isPresent() ? Peak.stated(stated.getAsDouble()) : Peak.dense(hw.accelerator(), p);
        Estimate e = hasDays ? ClusterSizing.forDeadline(c, hw, peak, u, a.requiredPositive("days", ""))
                : ClusterSizing.daysFor(c, hw, peak, u, wholeGpus(a));
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("mode", hasDays ? "deadline" : "fleet").put("hardware", hw.name()).put("accelerator", hw.accelerator().name())
                .put("gpus", e.gpus()).put("gpus_exact", e.gpusExact())
                .put("days", e.days()).put("utilisation", u).put("precision", p.label())
                .put("peak_flops", peak.flops()).put("peak_source", stated.isPresent() ? "stated" : "catalog");
        catalogPeak.ifPresent(v -> data.put("catalog_peak_flops", v));
        if (hw.server() != null) {
            // servers only mean something for a server system; a bare accelerator has none to count
            data.put("servers", e.servers()).put("gpus_per_server", hw.server().acceleratorsPerServer());
        }
        String summary = hasDays
                ? e.gpus() + " GPUs" + (hw.server() != null ? " = " + e.servers() + " × " + hw.name() : "")
                : Formats.human(e.days()) + " days on " + e.gpus() + " GPUs";
        if (stated.isPresent()) {
            summary += " (stated peak " + Formatting.num(peak.flops()) + " FLOP/s per GPU)";
        }
        return new ToolResult(data, summary, e.figures(), CatalogNames.cite(hw));
    }

    private static long wholeGpus(ToolArgs a) {
        double g = a.requiredPositive("gpus", "fleet size in accelerators");
        if (g != Math.rint(g)) {
            throw new IllegalArgumentException("gpus must be a whole number, got " + Formatting.plain(g));
        }
        return (long) g;
    }
}
