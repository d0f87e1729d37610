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

/**
 * How many sequences' KV caches fit in the memory left for them: ⌊free bytes ÷ KV bytes per sequence⌋, since a
 * sequence whose cache does not fit whole cannot be served (no paging or offload assumed).
 */
public final class CacheCapacityTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(Signature.of("sequences")
            .needs(Quantity.CACHE_MEMORY_BYTES, "free_bytes")
            .needs(Quantity.KV_CACHE_BYTES, "kv_bytes_per_sequence")
            .gives(Quantity.SEQUENCES_FIT, "/sequences").build());

    @Override
    public String name() {
        return ToolName.CACHE_CAPACITY.id();
    }

    @Override
    public String description() {
        return "Sequences whose KV cache fits at once = floor(free_bytes ÷ kv_bytes_per_sequence), free_bytes being "
                + "the accelerator memory left after the weights; inference_memory gives the KV bytes of one sequence.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("free_bytes", "memory free for the KV cache in bytes, e.g. 4e10")
                .number("kv_bytes_per_sequence", "KV-cache bytes of one sequence at its full length, e.g. 1.07e9")
                .required("free_bytes", "kv_bytes_per_sequence").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double free = a.positive("free_bytes", "memory free for the KV cache in bytes, e.g. 4e10");
        double each = a.positive("kv_bytes_per_sequence", "KV-cache bytes of one sequence, e.g. 1.07e9");
        double exact = free / each;
        long whole = (long) Math.floor(exact + 1e-9);
        Figure fit = new Figure("sequences that fit", whole, "sequence",
                "sequences = ⌊free bytes ÷ KV bytes per sequence⌋",
                Figure.inputs("free bytes", free, "KV bytes per sequence", each), Stated.SOURCE);
        ObjectNode data = Stated.data("sequences").put("sequences", whole).put("sequences_exact", exact)
                .put("free_bytes", free).put("kv_bytes_per_sequence", each);
        return new ToolResult(data, Stated.num(free) + " B ÷ " + Stated.num(each) + " B per sequence = "
                + Stated.num(exact) + " → " + whole + " whole sequences", List.of(fit), List.of());
    }
}
