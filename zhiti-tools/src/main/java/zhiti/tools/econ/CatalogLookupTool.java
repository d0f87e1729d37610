package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.ServerSystem;

/** Looks a model, accelerator, server system or series up in the econ catalog and returns its facts with their source. */
public final class CatalogLookupTool implements Tool {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;
    private final SeriesCatalog series;

    public CatalogLookupTool(Catalog catalog) {
        this(catalog, SeriesCatalog.builtIn());
    }

    public CatalogLookupTool(Catalog catalog, SeriesCatalog series) {
        this.catalog = catalog;
        this.series = series;
    }

    @Override
    public String name() {
        return ToolName.CATALOG_LOOKUP.id();
    }

    @Override
    public String description() {
        return "Look up a model (parameters, training tokens, layers, heads), an accelerator (dense peak TFLOP/s per "
                + "precision, memory, TDP, prices), a server system (GPUs per server, power), hardware (either one: "
                + "an accelerator or a server system) in Zhiti's catalog, or a time series (cost per GFLOPS, "
                + "bitcoin hash rate, battery cost, cloud market, NEV share …: dated points, unit, source). Hardware "
                + "lookups also give peak_flops (FLOP/s at precision), memory_bytes, memory_bandwidth_bytes_per_s and "
                + "watts_per_gpu. Returns facts with sources; unknown names return the nearest known names.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .oneOf("kind", "what to look up; hardware takes an accelerator or a server system", "model",
                        "accelerator", "system", "hardware", "series")
                .string("name", "name or alias, e.g. GPT-3, H100, DGX A100, 英伟达 A100, cost per GFLOPS")
                .oneOf("precision", "accelerator, system and hardware lookups: the number format of peak_flops; "
                        + "default bf16 (fp16 on chips without bf16)", "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .required("kind", "name").build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(
                Signature.of("model").fixed("kind", "model").needs(Quantity.MODEL, "name")
                        .gives(Quantity.PARAMS, "/params")
                        .givesIfKnown(Quantity.ACTIVE_PARAMS, "/active_params")
                        .givesIfKnown(Quantity.TOKENS, "/training_tokens")
                        .givesIfKnown(Quantity.LAYERS, "/layers")
                        .givesIfKnown(Quantity.KV_HEADS, "/kv_heads")
                        .givesIfKnown(Quantity.HEAD_DIM, "/head_dim")
                        .givesIfKnown(Quantity.SEQ_LEN, "/seq_len").build(),
                // the peak depends on a number format, which is an assumption unless stated; the other facts do not
                Signature.of("peak").fixed("kind", "hardware").needs(Quantity.HARDWARE, "name")
                        .defaults(Quantity.PRECISION, "precision", null,
                                "按稠密 BF16 峰值计算（无 BF16 的芯片用 FP16），不计稀疏加速",
                                "the dense BF16 peak (FP16 on chips without BF16), no sparsity speed-up")
                        .gives(Quantity.PEAK_FLOPS, "/peak_flops").build(),
                Signature.of("hardware").fixed("kind", "hardware").needs(Quantity.HARDWARE, "name")
                        .givesIfKnown(Quantity.MEMORY_BANDWIDTH, "/memory_bandwidth_bytes_per_s")
                        .givesIfKnown(Quantity.ACCELERATOR_MEMORY, "/memory_bytes")
                        .givesIfKnown(Quantity.WATTS_PER_GPU, "/watts_per_gpu")
                        .givesIfKnown(Quantity.USD_PER_GPU_HOUR, "/rental_usd_per_h")
                        .givesIfKnown(Quantity.GPUS_PER_SERVER, "/gpus_per_server")
                        .givesIfKnown(Quantity.CAPEX_USD, "/unit_price_usd")
                        .givesIfKnown(Quantity.TPP, "/tpp").build());
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        String name = args.get("name").asText();
        String precision = args.path("precision").asText(null);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        List<Figure> figures = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        String source;
        switch (args.get("kind").asText()) {
            case "model" -> {
                ModelCard m = catalog.models().get(name);
                source = m.source();
                model(data, figures, m);
            }
            case "accelerator" -> {
                Accelerator a = catalog.accelerators().get(name);
                source = a.source();
                accelerator(data, a);
                HardwareFacts.put(data, figures, Hardware.of(a), HardwareFacts.precision(a, precision));
            }
            case "system" -> {
                ServerSystem s = catalog.systems().get(name);
                source = s.source();
                data.put("name", s.name()).put("accelerators_per_server", s.acceleratorsPerServer())
                        .put("source", source);
                accelerator(data.putObject("accelerator"), s.accelerator());
                HardwareFacts.put(data, figures, Hardware.of(s), HardwareFacts.precision(s.accelerator(), precision));
                citations.add(CatalogNames.cite(s.accelerator().name(), s.accelerator().source()));
            }
            case "hardware" -> {
                Hardware hw = catalog.hardware(name);
                source = hw.source();
                accelerator(data, hw.accelerator());
                HardwareFacts.put(data, figures, hw, HardwareFacts.precision(hw.accelerator(), precision));
                if (hw.isSystem()) {
                    citations.add(CatalogNames.cite(hw.accelerator().name(), hw.accelerator().source()));
                }
                data.put("hardware", hw.name());
            }
            case "series" -> {
                Series s = series.get(name);
                source = s.source();
                data.put("name", s.name()).put("unit", s.unit()).put("source", source)
                        .put("date_convention", s.dateConvention());
                var points = data.putArray("points");
                for (Series.Point p : s.points()) {
                    ObjectNode o = points.addObject().put("date", p.date().toString()).put("value", p.value())
                            .put("kind", p.kind());
                    if (!p.note().isBlank()) {
                        o.put("note", p.note());
                    }
                }
                Series.Point last = s.observed().isEmpty() ? s.last() : s.observed().getLast();
                figures.add(fact(s.name() + " at " + last.date(), last.value(), s.unit(), source));
            }
            default -> throw new IllegalArgumentException("kind must be model, accelerator, system, hardware or series");
        }
        String shown = data.has("hardware") ? data.get("hardware").asText() : data.get("name").asText();
        // the row looked up first, then the accelerator inside a system
        citations.addFirst(CatalogNames.cite(shown, data.has("system_source") && data.has("hardware")
                ? data.get("system_source").asText() : source));
        return new ToolResult(data, shown + " (" + source + ")", figures, citations);
    }

    /**
     * A model's facts; shape numbers only where catalogued, except that a model with heads but no recorded KV
     * heads gets kv_heads = heads (no grouped-query attention: every query head keeps its own K and V), the same
     * reading inference_memory makes, so both routes to a KV cache agree.
     */
    private static void model(ObjectNode data, List<Figure> figures, ModelCard m) {
        String source = m.source();
        data.put("name", m.name()).put("params", m.params()).put("source", source);
        figures.add(fact(m.name() + " parameters", m.params(), "parameter", source));
        if (m.activeParams().isPresent()) {
            data.put("active_params", m.activeParams().getAsDouble());
            figures.add(fact(m.name() + " active parameters", m.activeParams().getAsDouble(), "parameter", source));
        }
        if (m.trainingTokens().isPresent()) {
            data.put("training_tokens", m.trainingTokens().getAsDouble());
            figures.add(fact(m.name() + " training tokens", m.trainingTokens().getAsDouble(), "token", source));
        }
        ModelCard.Shape s = m.shape();
        s.layers().ifPresent(v -> {
            data.put("layers", v);
            figures.add(fact(m.name() + " layers", v, "layer", source));
        });
        s.hidden().ifPresent(v -> data.put("hidden", v));
        s.heads().ifPresent(v -> data.put("heads", v));
        if (s.kvHeads().isPresent()) {
            data.put("kv_heads", s.kvHeads().getAsInt());
            figures.add(fact(m.name() + " KV heads", s.kvHeads().getAsInt(), "head", source));
        } else if (s.heads().isPresent()) {
            data.put("kv_heads", s.heads().getAsInt()).put("kv_heads_from", "heads (no grouped-query attention recorded)");
            figures.add(new Figure(m.name() + " KV heads", s.heads().getAsInt(), "head",
                    "KV heads = attention heads (no grouped-query attention recorded)",
                    Figure.inputs("heads", s.heads().getAsInt()), source));
        }
        if (s.hidden().isPresent() && s.heads().isPresent()) {
            int dim = s.hidden().getAsInt() / s.heads().getAsInt();
            data.put("head_dim", dim);
            figures.add(new Figure(m.name() + " head dimension", dim, "dimension", "head dim = hidden ÷ heads",
                    Figure.inputs("hidden", s.hidden().getAsInt(), "heads", s.heads().getAsInt()), source));
        }
        s.seqLen().ifPresent(v -> {
            data.put("seq_len", v);
            figures.add(fact(m.name() + " context length", v, "token", source));
        });
        s.experts().ifPresent(v -> data.put("experts", v));
        s.expertsPerToken().ifPresent(v -> data.put("experts_per_token", v));
    }

    /** The catalog's one view of an accelerator row, as JSON. */
    private static void accelerator(ObjectNode data, Accelerator a) {
        data.setAll((ObjectNode) JSON.valueToTree(a.facts()));
    }

    private static Figure fact(String name, double v, String unit, String source) {
        return new Figure(name, v, unit, "catalog value", java.util.Map.of(), source);
    }
}
