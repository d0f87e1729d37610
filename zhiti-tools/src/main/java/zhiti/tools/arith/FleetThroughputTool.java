package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;

/** The dense peak of a fleet: accelerators × each one's peak, e.g. 1,000 × 320 TFLOP/s = 3.2e17 FLOP/s. */
public final class FleetThroughputTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("fleet").needs(Quantity.GPUS, "gpus").needs(Quantity.PEAK_FLOPS, "peak_flops")
                    .gives(Quantity.FLEET_FLOPS, "/fleet_flops").build(),
            Signature.of("gpus").needs(Quantity.FLEET_FLOPS, "fleet_flops").needs(Quantity.PEAK_FLOPS, "peak_flops")
                    .gives(Quantity.GPUS, "/gpus").build());

    @Override
    public String name() {
        return ToolName.FLEET_THROUGHPUT.id();
    }

    @Override
    public String description() {
        return "The dense peak of a whole fleet in FLOP/s = gpus × peak_flops (per accelerator, dense, at one precision).";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("gpus", "accelerators in the fleet, e.g. 1000 (or give fleet_flops to get this)")
                .number("fleet_flops", "the fleet's dense peak in FLOP/s, e.g. 1e18 for an exaFLOP (instead of gpus)")
                .number("peak_flops", "dense peak per accelerator in FLOP/s, e.g. 9.894e14")
                .required("peak_flops").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double peak = a.positive("peak_flops", "the dense peak per accelerator in FLOP/s, e.g. 9.894e14");
        if (peak < 1e9) {
            throw new IllegalArgumentException("peak_flops is in FLOP/s (an H100 is 9.894e14); " + Stated.num(peak)
                    + " looks like TFLOP/s: multiply by 1e12");
        }
        if (a.has("fleet_flops")) {
            a.refuseWith("fleet_flops", "gpus");
            double fleet = a.positive("fleet_flops", "");
            double exact = fleet / peak;
            Figure n = new Figure("accelerators for " + Stated.num(fleet) + " FLOP/s", Math.ceil(exact - 1e-9), "GPU",
                    "accelerators = ⌈fleet peak ÷ peak per accelerator⌉", Figure.inputs("fleet peak (FLOP/s)", fleet,
                    "peak (FLOP/s)", peak, "exact", exact), Stated.SOURCE);
            ObjectNode data = Stated.data("gpus").put("gpus", n.value()).put("gpus_exact", exact).put("fleet_flops", fleet)
                    .put("peak_flops", peak);
            return new ToolResult(data, Stated.num(fleet) + " FLOP/s ÷ " + Stated.num(peak / 1e12) + " TFLOP/s = "
                    + Stated.num(exact) + " accelerators", List.of(n), List.of());
        }
        double gpus = a.positive("gpus", "the number of accelerators, e.g. 1000");
        Figure f = new Figure("fleet dense peak", gpus * peak, "FLOP/s", "fleet peak = accelerators × peak per accelerator",
                Figure.inputs("accelerators", gpus, "peak (FLOP/s)", peak), Stated.SOURCE);
        ObjectNode data = Stated.data("fleet").put("fleet_flops", f.value()).put("gpus", gpus).put("peak_flops", peak);
        return new ToolResult(data, Stated.num(gpus) + " × " + Stated.num(peak / 1e12) + " TFLOP/s = "
                + Stated.num(f.value()) + " FLOP/s", List.of(f), List.of());
    }
}
