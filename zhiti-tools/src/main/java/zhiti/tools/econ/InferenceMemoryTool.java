package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import zhiti.core.Citation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.inference.DecodeThroughput;
import zhiti.econ.inference.KvCache;

/**
 * Serving memory: KV-cache bytes ({@link KvCache}), weight bytes, whether they fit the accelerator, and the decode
 * speed when memory bandwidth is the limit ({@link DecodeThroughput}).
 */
public final class InferenceMemoryTool implements Tool {

    private final CatalogNames names;

    public InferenceMemoryTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.INFERENCE_MEMORY.id();
    }

    @Override
    public String description() {
        return "Inference memory and decode speed: KV-cache bytes = 2 × layers × kv_heads × head_dim × seq_len × batch "
                + "× bytes_per_value; weight bytes = parameters × bytes_per_value; with hardware, whether weights + "
                + "cache fit its memory and the memory-bandwidth-bound decode tokens/s = batch × bandwidth ÷ (active "
                + "weight bytes + batch × KV bytes per sequence). Shape comes from a catalog model or layers/kv_heads/head_dim.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("model", "catalog model with a known shape, e.g. Llama 2 70B, GPT-3")
                .number("params", "total parameters for the weight bytes (overrides model), e.g. 7e10")
                .integer("layers", "transformer layers (overrides model)")
                .integer("kv_heads", "key/value heads per layer, fewer than query heads under GQA (overrides model)")
                .integer("head_dim", "dimension per attention head, e.g. 128 (overrides model)")
                .integer("seq_len", "tokens per sequence held in the cache, e.g. 4096")
                .integer("batch", "sequences decoded together; default 1")
                .number("bytes_per_value", "bytes per weight and cache element: 2 (fp16/bf16), 1 (fp8/int8), 0.5 (int4); default 2")
                .string("hardware", "catalog accelerator or server system, e.g. H100, A100 (for memory fit and decode speed)")
                .number("utilisation", "share of dense peak for the compute-bound ceiling, 0-1; default 1")
                .required("seq_len").build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(
                cacheDefaults(Signature.of("kv-shape").needs(Quantity.LAYERS, "layers")
                        .needs(Quantity.KV_HEADS, "kv_heads").needs(Quantity.HEAD_DIM, "head_dim"))
                        .gives(Quantity.KV_CACHE_BYTES, "/kv_cache_bytes").build(),
                cacheDefaults(Signature.of("kv-shape-weights").needs(Quantity.LAYERS, "layers")
                        .needs(Quantity.KV_HEADS, "kv_heads").needs(Quantity.HEAD_DIM, "head_dim")
                        .needs(Quantity.PARAMS, "params"))
                        .gives(Quantity.KV_CACHE_BYTES, "/kv_cache_bytes").gives(Quantity.WEIGHT_BYTES, "/weight_bytes")
                        .gives(Quantity.SERVING_MEMORY_BYTES, "/serving_bytes").build(),
                // one token of one sequence: the cache grows by this much per token of context
                Signature.of("kv-per-token").needs(Quantity.LAYERS, "layers").needs(Quantity.KV_HEADS, "kv_heads")
                        .needs(Quantity.HEAD_DIM, "head_dim").fixed("seq_len", 1).fixed("batch", 1)
                        .defaults(Quantity.BYTES_PER_VALUE, "bytes_per_value", 2, "每个数值 16 位（2 字节）", "16-bit (2-byte) values")
                        .gives(Quantity.KV_BYTES_PER_TOKEN, "/kv_cache_bytes").build(),
                cacheDefaults(Signature.of("kv-model").needs(Quantity.MODEL, "model"))
                        .gives(Quantity.KV_CACHE_BYTES, "/kv_cache_bytes")
                        .givesIfKnown(Quantity.WEIGHT_BYTES, "/weight_bytes")
                        .givesIfKnown(Quantity.SERVING_MEMORY_BYTES, "/serving_bytes").build());
    }

    /** What a KV-cache estimate assumes when the question does not say: one 4k sequence in 16-bit values. */
    private static Signature.Builder cacheDefaults(Signature.Builder b) {
        return b.defaults(Quantity.SEQ_LEN, "seq_len", 4096, "上下文长度取 4,096 个 token", "a 4,096-token context")
                .defaults(Quantity.BATCH, "batch", 1, "批大小取 1", "batch size 1")
                .defaults(Quantity.BYTES_PER_VALUE, "bytes_per_value", 2, "每个数值 16 位（2 字节）",
                        "16-bit (2-byte) values");
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ModelCard m = a.has("model") ? names.model(a.text("model").orElseThrow()) : null;
        String source = "user input";
        if (m != null) {
            citations.add(CatalogNames.cite(m.name(), m.source()));
            data.put("model", m.name());
            source = m.source();
        }
        int layers = shape(a, "layers", m == null ? OptionalInt.empty() : m.shape().layers(), m);
        int kvHeads = a.has("kv_heads") ? a.positiveInt("kv_heads", 0) : kvHeads(m);
        int headDim = a.has("head_dim") ? a.positiveInt("head_dim", 0) : headDim(m);
        int seq = a.positiveInt("seq_len", 0);
        int batch = a.positiveInt("batch", 1);
        double bytes = a.positive("bytes_per_value", 2);
        Figure kv = KvCache.bytes(layers, kvHeads, headDim, seq, batch, bytes, source);
        figures.add(kv);
        data.put("layers", layers).put("kv_heads", kvHeads).put("head_dim", headDim).put("seq_len", seq)
                .put("batch", batch).put("bytes_per_value", bytes).put("kv_cache_bytes", kv.value())
                .put("kv_cache_gb", kv.value() / 1e9);
        String summary = "KV cache " + Formatting.num(kv.value() / 1e9) + " GB";

        double params = a.has("params") ? a.requiredPositive("params", "") : m != null ? m.params() : Double.NaN;
        double active = a.has("params") ? params : m != null ? m.paramsPerToken() : Double.NaN;
        if (!Double.isNaN(params)) {
            Figure w = new Figure("weight bytes", params * bytes, "byte", "bytes = parameters × bytes per value",
                    Figure.inputs("parameters", params, "bytes/value", bytes), source);
            figures.add(w);
            Figure both = new Figure("weights plus KV cache", w.value() + kv.value(), "byte",
                    "bytes = weight bytes + KV-cache bytes", Figure.inputs("weight bytes", w.value(), "KV-cache bytes",
                    kv.value()), source);
            figures.add(both);
            data.put("params", params).put("weight_bytes", w.value()).put("weight_gb", w.value() / 1e9)
                    .put("serving_bytes", both.value());
            summary += ", weights " + Formatting.num(w.value() / 1e9) + " GB, together "
                    + Formatting.num(both.value() / 1e9) + " GB";
        }
        if (a.has("hardware")) {
            Accelerator acc = names.accelerator(a.text("hardware").orElseThrow());
            citations.add(CatalogNames.cite(acc.name(), acc.source()));
            data.put("hardware", acc.name()).put("memory_gb", acc.memoryGb());
            if (!Double.isNaN(params)) {
                double total = params * bytes + kv.value();
                data.put("total_gb", total / 1e9).put("fits_one_accelerator", total <= acc.memoryGb() * 1e9)
                        .put("accelerators_for_memory", Math.ceil(total / (acc.memoryGb() * 1e9)));
                summary += "; " + (total <= acc.memoryGb() * 1e9 ? "fits" : "does not fit") + " one "
                        + acc.name() + " (" + Formatting.plain(acc.memoryGb()) + " GB)";
                if (acc.memoryBandwidthTBs() > 0) {
                    double u = a.fraction("utilisation", 1.0);
                    Precision p = bytes >= 2 ? Precision.BF16 : Precision.FP8;
                    double peak = acc.denseTflops(p).or(() -> acc.denseTflops(Precision.INT8))
                            .or(() -> acc.denseTflops(Precision.FP16)).map(t -> t * 1e12).orElseThrow(
                                    () -> new IllegalArgumentException(acc.name() + " has no catalogued tensor peak"));
                    List<Figure> decode = DecodeThroughput.tokensPerSecond(active * bytes, kv.value() / batch, batch,
                            acc.memoryBandwidthTBs() * 1e12, active, peak, u, acc.source());
                    figures.addAll(decode);
                    data.put("bandwidth_bytes_per_s", acc.memoryBandwidthTBs() * 1e12)
                            .put("decode_tokens_per_s_memory_bound", decode.get(0).value())
                            .put("decode_tokens_per_s_compute_bound", decode.get(1).value())
                            .put("decode_tokens_per_s", decode.get(2).value());
                    summary += "; decode ≤ " + Formatting.num(decode.get(2).value()) + " tokens/s";
                }
            }
        }
        return new ToolResult(data, summary, figures, citations);
    }

    private static int shape(ToolArgs a, String key, OptionalInt fromModel, ModelCard m) {
        if (a.has(key)) {
            return a.positiveInt(key, 0);
        }
        if (fromModel.isPresent()) {
            return fromModel.getAsInt();
        }
        throw new IllegalArgumentException("give " + key + (m == null ? " (or a catalog model with a known shape)"
                : " (the catalog has no " + key + " for " + m.name() + ")"));
    }

    private static int kvHeads(ModelCard m) {
        if (m != null && m.shape().kvHeads().isPresent()) {
            return m.shape().kvHeads().getAsInt();
        }
        if (m != null && m.shape().heads().isPresent()) {
            return m.shape().heads().getAsInt(); // no GQA recorded: every query head has its own K and V
        }
        throw new IllegalArgumentException("give kv_heads" + (m == null ? " (or a catalog model with a known shape)"
                : " (the catalog has no head count for " + m.name() + ")"));
    }

    private static int headDim(ModelCard m) {
        if (m != null && m.shape().hidden().isPresent() && m.shape().heads().isPresent()) {
            return m.shape().hidden().getAsInt() / m.shape().heads().getAsInt();
        }
        throw new IllegalArgumentException("give head_dim" + (m == null ? " (or a catalog model with a known shape)"
                : " (the catalog has no hidden size and heads for " + m.name() + ")"));
    }
}
