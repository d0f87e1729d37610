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
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.inference.WeightMemory;

/** Weight memory = parameters × bytes per value, and how many accelerators it takes just to hold the weights. */
public final class ModelMemoryTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("weights").needs(Quantity.PARAMS, "params")
                    .defaults(Quantity.BYTES_PER_VALUE, "bytes_per_value", 2, DecodeThroughputTool.BYTES_ZH,
                            DecodeThroughputTool.BYTES_EN)
                    .gives(Quantity.WEIGHT_BYTES, "/weight_bytes").build(),
            Signature.of("fit").needs(Quantity.PARAMS, "params")
                    .needs(Quantity.ACCELERATOR_MEMORY, "memory_bytes")
                    .defaults(Quantity.BYTES_PER_VALUE, "bytes_per_value", 2, DecodeThroughputTool.BYTES_ZH,
                            DecodeThroughputTool.BYTES_EN)
                    .gives(Quantity.WEIGHT_BYTES, "/weight_bytes").gives(Quantity.MEMORY_GPUS, "/accelerators").build());

    private final Chips chips;

    ModelMemoryTool(Chips chips) {
        this.chips = chips;
    }

    @Override
    public String name() {
        return ToolName.MODEL_MEMORY.id();
    }

    @Override
    public String description() {
        return "Memory the weights take, bytes = params × bytes_per_value (2 for 16-bit); with memory_bytes (or a "
                + "catalog hardware), accelerators needed just to hold them = ⌈weight bytes ÷ memory⌉. Weights "
                + "only: KV cache and activations need more.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("params", "total parameters (all experts for a mixture of experts), e.g. 4.05e11")
                .number("bytes_per_value", "bytes per weight: 2 (fp16/bf16), 1 (fp8/int8), 0.5 (int4); default 2")
                .number("memory_bytes", "memory per accelerator in bytes, e.g. 8e10 for 80 GB (overrides hardware)")
                .string("hardware", "catalog accelerator whose memory to use, e.g. H100, H20")
                .required("params").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double params = a.positive("params", "total parameters, e.g. 4.05e11");
        double bytes = a.args().positive("bytes_per_value", 2);
        Figure w = WeightMemory.bytes(params, bytes, Stated.SOURCE);
        List<Citation> citations = new ArrayList<>();
        boolean fit = a.has("memory_bytes") || a.has("hardware");
        ObjectNode data = Stated.data(fit ? "fit" : "weights").put("params", params).put("bytes_per_value", bytes)
                .put("weight_bytes", w.value()).put("weight_gb", w.value() / 1e9);
        String summary = Stated.num(params) + " × " + Stated.num(bytes) + " bytes = " + Stated.num(w.value() / 1e9)
                + " GB of weights";
        if (!fit) {
            return new ToolResult(data, summary, List.of(w), citations);
        }
        double memory;
        String source = Stated.SOURCE;
        if (a.has("memory_bytes")) {
            memory = a.positive("memory_bytes", "");
        } else {
            Accelerator acc = chips.accelerator(a.args().text("hardware").orElseThrow(), citations);
            if (!(acc.memoryGb() > 0)) {
                throw new IllegalArgumentException("the catalog has no memory size for " + acc.name()
                        + "; give memory_bytes");
            }
            memory = acc.memoryGb() * 1e9;
            source = Chips.mixed(acc);
            data.put("hardware", acc.name());
        }
        WeightMemory.Fit f = WeightMemory.acceleratorsToHold(w.value(), memory, source);
        data.put("memory_bytes", memory).put("accelerators", f.accelerators().value())
                .put("accelerators_exact", f.exact());
        summary += "; " + (long) f.accelerators().value() + " accelerators of " + Stated.num(memory / 1e9)
                + " GB to hold them (" + Stated.num(f.exact()) + " exact)";
        return new ToolResult(data, summary, List.of(w, f.accelerators()), citations);
    }
}
