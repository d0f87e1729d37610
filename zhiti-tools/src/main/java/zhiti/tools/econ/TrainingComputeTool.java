package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.training.TrainingCompute;
import zhiti.econ.units.Formats;

/** Training compute C = 6·N·D for a catalog model or for given parameters and tokens. */
public final class TrainingComputeTool implements Tool {

    private final Catalog catalog;

    public TrainingComputeTool(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return ToolName.TRAINING_COMPUTE.id();
    }

    @Override
    public String description() {
        return "Training compute of a dense transformer, C = 6·N·D FLOP. Give a catalog model (e.g. GPT-3) or "
                + "params and tokens; explicit params/tokens override the catalog's.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("model", "catalog model name, e.g. GPT-3, Llama 2 70B")
                .number("params", "N, parameters (active parameters for a mixture of experts), e.g. 1.75e11")
                .number("tokens", "D, training tokens, e.g. 3e11")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(
                Signature.of("dense").needs(Quantity.PARAMS, "params").needs(Quantity.TOKENS, "tokens")
                        .gives(Quantity.COMPUTE, "/compute_flop").build(),
                // a mixture of experts does 6 FLOP per active parameter per token: the same formula on N_active
                Signature.of("moe").needs(Quantity.ACTIVE_PARAMS, "params").needs(Quantity.TOKENS, "tokens")
                        .gives(Quantity.COMPUTE, "/compute_flop").build());
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        ModelCard card = args.hasNonNull("model") ? catalog.models().get(args.get("model").asText()) : null;
        double n = args.hasNonNull("params") ? args.get("params").asDouble()
                : card != null ? card.paramsPerToken() : Double.NaN;
        double d = args.hasNonNull("tokens") ? args.get("tokens").asDouble()
                : card != null && card.trainingTokens().isPresent() ? card.trainingTokens().getAsDouble() : Double.NaN;
        if (Double.isNaN(n) || Double.isNaN(d)) {
            throw new IllegalArgumentException("need N and D: give params and tokens"
                    + (card != null ? " (the catalog has no training tokens for " + card.name() + ")" : ", or a model"));
        }
        boolean fromCatalog = card != null && !args.hasNonNull("params") && !args.hasNonNull("tokens");
        String source = fromCatalog ? card.source() : card != null ? "user input; " + card.source() : "user input";
        Figure c = TrainingCompute.dense(n, d, source);
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("compute_flop", c.value()).put("params", n).put("tokens", d);
        return new ToolResult(data, "C = " + Formats.sci(c.value()) + " FLOP", List.of(c), List.of());
    }
}
