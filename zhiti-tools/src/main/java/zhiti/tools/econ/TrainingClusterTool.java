package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhiti.agent.Tool;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.training.ClusterSizing;
import zhiti.econ.training.ClusterSizing.Estimate;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.units.Formats;

/** GPUs and servers to finish a training run by a deadline, or the days a given fleet needs. */
public final class TrainingClusterTool implements Tool {

    private final Catalog catalog;

    public TrainingClusterTool(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "training_cluster";
    }

    @Override
    public String description() {
        return "Size a training cluster: with days, the accelerators (and servers, for a server system such as "
                + "DGX A100) needed to finish compute_flop by then; with gpus, the days that fleet needs. Sustained "
                + "throughput = dense peak at the precision × utilisation.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("compute_flop", "training compute in FLOP, e.g. 3.15e23")
                .string("hardware", "accelerator or server system from the catalog, e.g. A100, H100, DGX A100")
                .number("days", "deadline in days (give days or gpus)")
                .integer("gpus", "fleet size in accelerators (give days or gpus)")
                .number("utilisation", "fraction of dense peak sustained, 0-1 (model FLOPs utilisation)")
                .oneOf("precision", "number format whose dense peak applies", "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .required("compute_flop", "hardware", "utilisation", "precision").build();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        String name = args.get("hardware").asText();
        Hardware hw = catalog.hardware(name);
        double c = args.get("compute_flop").asDouble();
        Precision p = Precision.parse(args.get("precision").asText());
        double u = args.get("utilisation").asDouble();
        boolean hasDays = args.hasNonNull("days");
        boolean hasGpus = args.hasNonNull("gpus");
        if (hasDays == hasGpus) {
            throw new IllegalArgumentException("give exactly one of days (to size the fleet) or gpus (to get the days)");
        }
        Estimate e = hasDays ? ClusterSizing.forDeadline(c, hw, p, u, args.get("days").asDouble())
                : ClusterSizing.daysFor(c, hw, p, u, args.get("gpus").asLong());
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("mode", hasDays ? "deadline" : "fleet").put("hardware", hw.name()).put("accelerator", hw.accelerator().name())
                .put("gpus", e.gpus()).put("gpus_exact", e.gpusExact()).put("servers", e.servers())
                .put("days", e.days()).put("utilisation", u).put("precision", p.label())
                .put("peak_flops", hw.accelerator().peakFlops(p));
        if (hw.server() != null) {
            data.put("gpus_per_server", hw.server().acceleratorsPerServer());
        }
        String summary = hasDays
                ? e.gpus() + " GPUs" + (hw.server() != null ? " = " + e.servers() + " × " + hw.name() : "")
                : Formats.human(e.days()) + " days on " + e.gpus() + " GPUs";
        return new ToolResult(data, summary, e.figures(), List.of());
    }
}
