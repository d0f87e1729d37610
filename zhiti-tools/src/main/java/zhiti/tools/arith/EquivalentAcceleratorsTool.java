package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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
import zhiti.econ.chip.EquivalentFleet;
import zhiti.econ.chip.EquivalentFleet.Match;

/** How many of one catalog accelerator match the dense peak of a fleet of another ("H20s for 100 H100"). */
public final class EquivalentAcceleratorsTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(Signature.of("match")
            .needs(Quantity.REFERENCE_GPUS, "gpus").needs(Quantity.REFERENCE_HARDWARE, "reference_hardware")
            .needs(Quantity.HARDWARE, "hardware").overrides(Quantity.PRECISION, "precision")
            .overrides(Quantity.PEAK_FLOPS, "peak_flops")
            .gives(Quantity.GPUS, "/gpus").build(),
            Signature.of("bandwidth").fixed("metric", "memory_bandwidth").needs(Quantity.REFERENCE_GPUS, "gpus")
                    .needs(Quantity.REFERENCE_HARDWARE, "reference_hardware").needs(Quantity.HARDWARE, "hardware")
                    .gives(Quantity.BANDWIDTH_GPUS, "/gpus").build(),
            Signature.of("time").needs(Quantity.REFERENCE_DAYS, "days").needs(Quantity.REFERENCE_HARDWARE, "reference_hardware")
                    .needs(Quantity.HARDWARE, "hardware").overrides(Quantity.PRECISION, "precision")
                    .gives(Quantity.DAYS, "/days").build());

    private final Chips chips;

    EquivalentAcceleratorsTool(Chips chips) {
        this.chips = chips;
    }

    @Override
    public String name() {
        return ToolName.EQUIVALENT_ACCELERATORS.id();
    }

    @Override
    public String description() {
        return "How many accelerators of `hardware` match the dense peak compute of `gpus` of `reference_hardware`: "
                + "count = ⌈gpus × peak_ref ÷ peak⌉, both peaks at one precision (default the first of bf16, fp16, "
                + "fp8 both chips list); with metric memory_bandwidth, their memory bandwidths instead. With days instead of gpus: the days "
                + "the same job takes on as many `hardware` at the same utilisation, days × peak_ref ÷ peak.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("gpus", "number of reference accelerators, e.g. 100")
                .string("reference_hardware", "catalog accelerator of the reference fleet, e.g. H100")
                .string("hardware", "catalog accelerator to count, e.g. H20")
                .oneOf("precision", "number format of both peaks; default the first of bf16, fp16, fp8 both list",
                        "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .number("days", "days the job takes on the reference accelerators (instead of gpus), e.g. 10")
                .number("peak_flops", "a measured or stated dense peak of `hardware` in FLOP/s, used in place of the "
                        + "catalog's (e.g. 1.7e14 for an H20 benchmarked at 170 TFLOPS)")
                .oneOf("metric", "what is matched: dense peak compute (default) or memory bandwidth", "compute",
                        "memory_bandwidth")
                .required("reference_hardware", "hardware").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        if (a.has("days")) {
            a.refuseWith("days (the time on the other chip)", "gpus");
        }
        double n = a.has("days") ? 0 : a.positive("gpus", "the number of reference accelerators, e.g. 100 (or days, "
                + "for the time the same job takes on the other chip)");
        List<Citation> citations = new ArrayList<>();
        Accelerator ref = chips.accelerator(a.args().text("reference_hardware").orElseThrow(() ->
                new IllegalArgumentException("missing reference_hardware: the chip of the fleet compared with, e.g. H100")),
                citations);
        Accelerator target = chips.accelerator(a.args().text("hardware").orElseThrow(() ->
                new IllegalArgumentException("missing hardware: the chip to count, e.g. H20")), citations);
        Optional<Precision> p = a.args().text("precision").map(Precision::parse);
        if (a.has("days")) {
            double days = a.positive("days", "");
            Figure d = EquivalentFleet.swapDays(days, ref, target, p);
            ObjectNode data = Stated.data("time").put("days", d.value()).put("reference_days", days)
                    .put("reference_hardware", ref.name()).put("hardware", target.name()).put("factor", d.value() / days);
            return new ToolResult(data, Stated.num(days) + " days on " + ref.name() + " → " + Stated.num(d.value())
                    + " days on as many " + target.name() + " (×" + Stated.num(d.value() / days) + ")", List.of(d), citations);
        }
        if (a.args().text("metric").filter("memory_bandwidth"::equals).isPresent()) {
            Figure[] bw = EquivalentFleet.matchBandwidth(n, ref, target);
            ObjectNode data = Stated.data("bandwidth").put("gpus", bw[0].value()).put("gpus_exact", bw[1].value())
                    .put("reference_gpus", n).put("reference_hardware", ref.name()).put("hardware", target.name());
            return new ToolResult(data, (long) bw[0].value() + " × " + target.name() + " (" + Stated.num(bw[1].value())
                    + " exact) match the memory bandwidth of " + Stated.num(n) + " × " + ref.name() + " ("
                    + Stated.num(target.memoryBandwidthTBs()) + " vs " + Stated.num(ref.memoryBandwidthTBs()) + " TB/s)",
                    List.of(bw[0], bw[1]), citations);
        }
        // a peak the user measured for the chip counted replaces the catalog's; the reference keeps its own
        Match m = EquivalentFleet.match(n, ref, target, p, a.has("peak_flops")
                ? OptionalDouble.of(a.positive("peak_flops", "")) : OptionalDouble.empty());
        ObjectNode data = Stated.data("match").put("gpus", m.count().value()).put("gpus_exact", m.exact())
                .put("reference_gpus", n).put("reference_hardware", ref.name()).put("hardware", target.name())
                .put("precision", m.precision().label()).put("reference_peak_flops", m.referencePeakFlops())
                .put("peak_flops", m.peakFlops());
        String summary = (long) m.count().value() + " × " + target.name() + " (" + Stated.num(m.exact())
                + " exact) match " + Stated.num(n) + " × " + ref.name() + " at dense " + m.precision().label() + " ("
                + Stated.num(m.peakFlops() / 1e12) + " vs " + Stated.num(m.referencePeakFlops() / 1e12) + " TFLOP/s)";
        // the whole count is what one buys; the exact quotient and the peak ratio say how close it is
        Figure exact = new Figure(target.name() + " needed (exact)", m.exact(), "GPU",
                "accelerators = reference accelerators × reference peak ÷ peak",
                Figure.inputs("reference accelerators", n, "reference peak (FLOP/s)", m.referencePeakFlops(),
                        "peak (FLOP/s)", m.peakFlops()), Chips.mixed(target));
        // larger over smaller: "one B200 is 7.2 A100s" whichever of the two the fleet is counted in
        boolean refLarger = m.referencePeakFlops() >= m.peakFlops();
        Figure ratio = new Figure((refLarger ? ref.name() + " ÷ " + target.name() : target.name() + " ÷ " + ref.name())
                + " peak ratio", refLarger ? m.referencePeakFlops() / m.peakFlops() : m.peakFlops() / m.referencePeakFlops(), "×",
                "ratio = larger peak ÷ smaller peak", Figure.inputs("reference peak (FLOP/s)", m.referencePeakFlops(),
                "peak (FLOP/s)", m.peakFlops()), Chips.mixed(target));
        return new ToolResult(data, summary, List.of(m.count(), exact, ratio), citations);
    }
}
