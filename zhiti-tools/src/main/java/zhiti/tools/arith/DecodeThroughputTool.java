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
import zhiti.econ.inference.DecodeThroughput;
import zhiti.econ.inference.WeightMemory;

/**
 * Bandwidth-bound decode speed from parameters and memory bandwidth alone: each step reads every (active) weight
 * once, plus each sequence's KV cache. With a stated peak and utilisation instead, the compute ceiling
 * peak × utilisation ÷ 2N. inference_memory gives both for a catalog model.
 */
public final class DecodeThroughputTool implements Tool {

    static final String BYTES_ZH = "权重按 16 位（2 字节）计";
    static final String BYTES_EN = "16-bit (2-byte) weights";

    private static final List<Signature> SIGNATURES = List.of(signature("dense", Quantity.PARAMS),
            signature("moe", Quantity.ACTIVE_PARAMS),
            // utilisation is required, not defaulted: the compute ceiling is worth giving only when it is stated
            Signature.of("compute-bound").needs(Quantity.PARAMS, "params").needs(Quantity.PEAK_FLOPS, "peak_flops")
                    .needs(Quantity.UTILISATION, "utilisation")
                    .gives(Quantity.TOKENS_PER_SECOND, "/tokens_per_s").build());

    private final Chips chips;

    DecodeThroughputTool(Chips chips) {
        this.chips = chips;
    }

    private static Signature signature(String mode, Quantity params) {
        return Signature.of(mode).needs(params, "params")
                .needs(Quantity.MEMORY_BANDWIDTH, "bandwidth_bytes_per_s")
                .defaults(Quantity.BYTES_PER_VALUE, "bytes_per_value", 2, BYTES_ZH, BYTES_EN)
                .overrides(Quantity.KV_CACHE_BYTES, "kv_cache_bytes")
                .overrides(Quantity.GPUS, "gpus")
                .gives(Quantity.TOKENS_PER_SECOND, "/tokens_per_s").build();
    }

    @Override
    public String name() {
        return ToolName.DECODE_THROUGHPUT.id();
    }

    @Override
    public String description() {
        return "Memory-bandwidth-bound decode speed: tokens/s = batch × bandwidth ÷ (params × bytes_per_value + "
                + "batch × kv_cache_bytes); batch 1 by default. For a mixture of experts give the active "
                + "parameters. Bandwidth in bytes/s, or from a catalog hardware. With peak_flops and utilisation "
                + "instead of a bandwidth: the compute-bound ceiling tokens/s = peak × utilisation ÷ (2 × params); "
                + "small-batch decoding is usually bandwidth-bound, slower than that.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("params", "parameters read per token (active parameters for a mixture of experts), e.g. 7e10")
                .number("bandwidth_bytes_per_s", "memory bandwidth in bytes/s, e.g. 3.35e12 (overrides hardware)")
                .string("hardware", "catalog accelerator whose memory bandwidth to use, e.g. H100")
                .number("bytes_per_value", "bytes per weight: 2 (fp16/bf16), 1 (fp8/int8), 0.5 (int4); default 2")
                .number("kv_cache_bytes", "KV-cache bytes of one sequence, read every step; default 0")
                .integer("batch", "sequences decoded together; default 1")
                .integer("gpus", "accelerators the weights are split across with ideal tensor parallelism; their "
                        + "bandwidths add up; default 1")
                .number("peak_flops", "dense peak FLOP/s for the compute-bound ceiling, e.g. 9.89e14")
                .number("utilisation", "share of peak sustained, 0-1, e.g. 0.4 (only with peak_flops)")
                .required("params").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double params = a.positive("params", "parameters read per token, e.g. 7e10");
        if (a.has("peak_flops")) {
            a.refuseWith("peak_flops (compute-bound)", "bandwidth_bytes_per_s", "hardware", "bytes_per_value",
                    "kv_cache_bytes", "batch", "gpus");
            return computeBound(a, params);
        }
        a.refuseWith("a memory-bound call (utilisation goes with peak_flops)", "utilisation");
        double bytes = a.args().positive("bytes_per_value", 2);
        double kv = a.optional("kv_cache_bytes").orElse(0);
        int batch = a.args().positiveInt("batch", 1);
        List<Citation> citations = new ArrayList<>();
        ObjectNode data = Stated.data("memory-bound");
        double bandwidth;
        String source = Stated.SOURCE;
        if (a.has("bandwidth_bytes_per_s")) {
            bandwidth = a.positive("bandwidth_bytes_per_s", "");
        } else if (a.has("hardware")) {
            Accelerator acc = chips.accelerator(a.args().text("hardware").orElseThrow(), citations);
            if (!(acc.memoryBandwidthTBs() > 0)) {
                throw new IllegalArgumentException("the catalog has no memory bandwidth for " + acc.name()
                        + "; give bandwidth_bytes_per_s");
            }
            bandwidth = acc.memoryBandwidthTBs() * 1e12;
            source = Chips.mixed(acc);
            data.put("hardware", acc.name());
        } else {
            throw new IllegalArgumentException("missing bandwidth_bytes_per_s: memory bandwidth in bytes/s, e.g. "
                    + "3.35e12 for an H100 SXM (or give a catalog hardware)");
        }
        int gpus = a.args().positiveInt("gpus", 1);
        List<Figure> figures = new ArrayList<>();
        if (gpus > 1) {
            // ideal tensor parallelism: each accelerator reads its 1/n of the weights at once, so bandwidths add up
            Figure total = new Figure("aggregate memory bandwidth", gpus * bandwidth, "byte/s",
                    "bytes/s = accelerators × bandwidth each (ideal tensor parallelism)",
                    Figure.inputs("accelerators", gpus, "bandwidth each (bytes/s)", bandwidth), source);
            figures.add(total);
            bandwidth = total.value();
            data.put("gpus", gpus);
        }
        Figure weights = WeightMemory.bytes(params, bytes, Stated.SOURCE);
        Figure tps = DecodeThroughput.memoryBound(weights.value(), kv, batch, bandwidth, source);
        data.put("tokens_per_s", tps.value()).put("tokens_per_s_per_sequence", tps.value() / batch)
                .put("bytes_per_token", weights.value() / batch + kv).put("weight_bytes", weights.value())
                .put("kv_cache_bytes", kv).put("batch", batch).put("params", params).put("bytes_per_value", bytes)
                .put("bandwidth_bytes_per_s", bandwidth);
        String summary = "≈ " + Stated.num(tps.value()) + " tokens/s" + (batch > 1 ? " (batch " + batch + ")" : "")
                + ": " + Stated.num(bandwidth) + " B/s ÷ " + Stated.num(weights.value() / batch + kv)
                + " bytes read per token";
        figures.add(0, tps);
        figures.add(weights);
        return new ToolResult(data, summary + (gpus > 1 ? " (" + gpus + " accelerators, ideal tensor parallelism)" : ""),
                figures, citations);
    }

    private static ToolResult computeBound(Stated a, double params) {
        double peak = a.positive("peak_flops", "");
        if (!a.has("utilisation")) {
            throw new IllegalArgumentException("missing utilisation: the share of peak sustained while decoding, "
                    + "e.g. 0.4, as the question states it; if it states none, use the memory-bound speed "
                    + "(bandwidth_bytes_per_s or hardware), which is what usually limits decoding");
        }
        double u = a.args().fraction("utilisation", 0.4);
        Figure tps = DecodeThroughput.computeBound(params, peak, u, Stated.SOURCE);
        ObjectNode data = Stated.data("compute-bound").put("tokens_per_s", tps.value()).put("params", params)
                .put("peak_flops", peak).put("utilisation", u).put("note", DecodeThroughput.BANDWIDTH_NOTE);
        String summary = "≤ " + Stated.num(tps.value()) + " tokens/s compute-bound: " + Stated.num(peak)
                + " FLOP/s × " + Stated.num(u) + " ÷ (2 × " + Stated.num(params) + ") — "
                + DecodeThroughput.BANDWIDTH_NOTE;
        return new ToolResult(data, summary, List.of(tps), List.of());
    }
}
