package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.training.GpuHours;

/**
 * GPU-hours from a compute budget or from a fleet and its running time, the wall-clock time a fleet needs for a
 * number of GPU-hours, and the compute a number of GPU-hours delivers: the link between compute and rental cost
 * that training_cost does in one go.
 */
public final class GpuHoursTool implements Tool {

    static final String UTILISATION_ZH = "利用率取稠密峰值的 40%";
    static final String UTILISATION_EN = "utilisation 40% of dense peak (Megatron-LM measured 44–52% on A100 clusters)";

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("compute").needs(Quantity.COMPUTE, "compute_flop").needs(Quantity.PEAK_FLOPS, "peak_flops")
                    .defaults(Quantity.UTILISATION, "utilisation", 0.4, UTILISATION_ZH, UTILISATION_EN)
                    .gives(Quantity.GPU_HOURS, "/gpu_hours").build(),
            Signature.of("fleet-days").needs(Quantity.GPUS, "gpus").needs(Quantity.DAYS, "days")
                    .gives(Quantity.GPU_HOURS, "/gpu_hours").gives(Quantity.HOURS, "/hours").build(),
            Signature.of("fleet-hours").needs(Quantity.GPUS, "gpus").needs(Quantity.HOURS, "hours")
                    .gives(Quantity.GPU_HOURS, "/gpu_hours").build(),
            Signature.of("days-from-gpu-hours").needs(Quantity.GPU_HOURS, "gpu_hours").needs(Quantity.GPUS, "gpus")
                    .gives(Quantity.DAYS, "/days").gives(Quantity.HOURS, "/hours").build(),
            Signature.of("delivered").needs(Quantity.GPU_HOURS, "gpu_hours").needs(Quantity.PEAK_FLOPS, "peak_flops")
                    .defaults(Quantity.UTILISATION, "utilisation", 0.4, UTILISATION_ZH, UTILISATION_EN)
                    .gives(Quantity.COMPUTE, "/compute_flop").build());

    private final Chips chips;

    GpuHoursTool(Chips chips) {
        this.chips = chips;
    }

    @Override
    public String name() {
        return ToolName.GPU_HOURS.id();
    }

    @Override
    public String description() {
        return "GPU-hours (accelerator-hours). From compute: GPU-hours = compute_flop ÷ (peak × utilisation × "
                + "3,600 s), peak from peak_flops or a catalog hardware; from a fleet: gpus × hours (or days × 24); "
                + "or back from gpu_hours and gpus to the wall-clock hours and days; or from gpu_hours with "
                + "peak_flops (or hardware) and utilisation, the compute delivered = GPU-hours × 3,600 s × peak × "
                + "utilisation.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("compute_flop", "training or serving compute in FLOP, e.g. 3.15e23")
                .number("peak_flops", "dense peak per accelerator in FLOP/s, e.g. 3.12e14 (overrides hardware)")
                .string("hardware", "catalog accelerator or server system whose dense peak to use, e.g. H100")
                .oneOf("precision", "number format of the catalog peak; default the chip's (bf16)",
                        "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .number("utilisation", "share of dense peak sustained, 0-1, e.g. 0.4 (needed with a peak)")
                .number("gpus", "accelerators in the fleet, e.g. 1024")
                .number("days", "wall-clock days the fleet runs, e.g. 30")
                .number("hours", "wall-clock hours the fleet runs, e.g. 720")
                .number("gpu_hours", "GPU-hours to turn into wall-clock time (with gpus) or compute (with a peak)")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        if (a.has("compute_flop")) {
            a.refuseWith("compute_flop", "gpus", "days", "hours", "gpu_hours");
            return fromCompute(a);
        }
        if (a.has("gpu_hours") && !a.has("gpus")) {
            a.refuseWith("gpu_hours and a peak", "days", "hours");
            return delivered(a);
        }
        a.refuseWith("a fleet", "peak_flops", "hardware", "precision", "utilisation");
        if (!a.has("gpus")) {
            throw new IllegalArgumentException("give compute_flop with peak_flops (or hardware) and utilisation; "
                    + "or gpus with days or hours; or gpu_hours with gpus (wall-clock time) or with peak_flops "
                    + "and utilisation (compute delivered)");
        }
        double gpus = a.positive("gpus", "accelerators in the fleet, e.g. 1024");
        if (a.has("gpu_hours")) {
            a.refuseWith("gpu_hours", "days", "hours");
            double gpuHours = a.positive("gpu_hours", "");
            Figure hours = GpuHours.hoursFor(gpuHours, gpus, Stated.SOURCE);
            Figure days = GpuHours.daysIn(hours.value(), Stated.SOURCE);
            ObjectNode data = Stated.data("days-from-gpu-hours").put("days", days.value())
                    .put("hours", hours.value()).put("gpu_hours", gpuHours).put("gpus", gpus);
            return new ToolResult(data, Stated.num(gpuHours) + " GPU-hours on "
                    + Stated.num(gpus) + " GPUs = " + Stated.num(hours.value()) + " hours = "
                    + Stated.num(days.value()) + " days", List.of(hours, days), List.of());
        }
        if (a.has("days") == a.has("hours")) {
            throw new IllegalArgumentException("with gpus give exactly one of days or hours (or gpu_hours to get "
                    + "the wall-clock time)");
        }
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = Stated.data(a.has("days") ? "fleet-days" : "fleet-hours").put("gpus", gpus);
        double hours;
        if (a.has("days")) {
            double days = a.positive("days", "");
            Figure h = GpuHours.hoursIn(days, Stated.SOURCE);
            figures.add(h);
            hours = h.value();
            data.put("days", days);
        } else {
            hours = a.positive("hours", "");
        }
        Figure gh = GpuHours.fromFleet(gpus, hours, Stated.SOURCE);
        figures.add(0, gh);
        data.put("hours", hours).put("gpu_hours", gh.value());
        return new ToolResult(data, Stated.num(gpus) + " GPUs × " + Stated.num(hours) + " hours = "
                + Stated.num(gh.value()) + " GPU-hours", figures, List.of());
    }

    private ToolResult fromCompute(Stated a) {
        double c = a.positive("compute_flop", "compute in FLOP, e.g. 3.15e23");
        List<Citation> citations = new ArrayList<>();
        ObjectNode data = Stated.data("compute").put("compute_flop", c);
        Peak peak = peak(a, "compute_flop", data, citations);
        double u = utilisation(a);
        Figure gh = GpuHours.fromCompute(c, peak.flops(), u, peak.source());
        data.put("peak_flops", peak.flops()).put("utilisation", u).put("gpu_hours", gh.value());
        return new ToolResult(data, Stated.num(c) + " FLOP ÷ (" + Stated.num(peak.flops()) + " FLOP/s × "
                + Stated.num(u) + " × 3,600 s) = " + Stated.num(gh.value()) + " GPU-hours", List.of(gh), citations);
    }

    private ToolResult delivered(Stated a) {
        double gpuHours = a.positive("gpu_hours", "GPU-hours, e.g. 1e6");
        List<Citation> citations = new ArrayList<>();
        ObjectNode data = Stated.data("delivered").put("gpu_hours", gpuHours);
        Peak peak = peak(a, "gpu_hours", data, citations);
        double u = utilisation(a);
        Figure c = GpuHours.deliveredCompute(gpuHours, peak.flops(), u, peak.source());
        data.put("peak_flops", peak.flops()).put("utilisation", u).put("compute_flop", c.value());
        return new ToolResult(data, Stated.num(gpuHours) + " GPU-hours × 3,600 s × " + Stated.num(peak.flops())
                + " FLOP/s × " + Stated.num(u) + " = " + Stated.num(c.value()) + " FLOP", List.of(c), citations);
    }

    /** A dense peak per accelerator and where it came from (the question, or a catalog row beside it). */
    private record Peak(double flops, String source) {
    }

    private Peak peak(Stated a, String with, ObjectNode data, List<Citation> citations) {
        if (a.has("peak_flops")) {
            return new Peak(a.positive("peak_flops", ""), Stated.SOURCE);
        }
        if (!a.has("hardware")) {
            throw new IllegalArgumentException("with " + with + " give peak_flops (dense FLOP/s per accelerator, "
                    + "e.g. 9.89e14 for an H100 at bf16) or a catalog hardware name");
        }
        Accelerator acc = chips.accelerator(a.args().text("hardware").orElseThrow(), citations);
        Precision p = a.has("precision") ? Precision.parse(a.args().text("precision").orElseThrow())
                : acc.defaultPrecision();
        data.put("hardware", acc.name()).put("precision", p.label());
        return new Peak(acc.peakFlops(p), Chips.mixed(acc));
    }

    /** Stated, never assumed here: a planner that assumes 40% sends it and says so. */
    private static double utilisation(Stated a) {
        if (!a.has("utilisation")) {
            throw new IllegalArgumentException("missing utilisation: the share of dense peak sustained, e.g. 0.4 ("
                    + UTILISATION_EN + ")");
        }
        return a.args().fraction("utilisation", 0.4);
    }
}
