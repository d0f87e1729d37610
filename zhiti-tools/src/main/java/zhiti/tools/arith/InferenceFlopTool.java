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
import zhiti.core.Figure;
import zhiti.econ.inference.InferenceCompute;

/**
 * Inference work per generated token, 2 FLOP per parameter that does work on it (the active ones for a mixture of
 * experts), and what it adds up to: FLOP for a number of generated tokens, or the average FLOP/s a day's tokens
 * demand. Useful work only: the hardware it ties up is that ÷ (peak × utilisation).
 */
public final class InferenceFlopTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("dense").needs(Quantity.PARAMS, "params")
                    .gives(Quantity.FLOP_PER_TOKEN, "/flop_per_token").build(),
            Signature.of("moe").needs(Quantity.ACTIVE_PARAMS, "params")
                    .gives(Quantity.FLOP_PER_TOKEN, "/flop_per_token").build(),
            Signature.of("total").needs(Quantity.FLOP_PER_TOKEN, "flop_per_token")
                    .needs(Quantity.TOKENS, "generated_tokens").gives(Quantity.COMPUTE, "/flop_total").build());
    // flop_per_token with tokens_per_day also gives flops_demand (FLOP/s), a by-product no plan chains on

    @Override
    public String name() {
        return ToolName.INFERENCE_FLOP.id();
    }

    @Override
    public String description() {
        return "Inference FLOP per generated token = 2 × params (for a mixture of experts the active parameters). "
                + "With generated_tokens: FLOP = FLOP/token × tokens. With tokens_per_day: the average compute "
                + "demand flops_demand = FLOP/token × tokens/day ÷ 86,400 s (FLOP/s). Give params or "
                + "flop_per_token. Useful work, before utilisation.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("params", "parameters that work per token (active ones for a mixture of experts), e.g. 3.7e10")
                .number("flop_per_token", "FLOP per generated token instead of params, e.g. 7.4e10")
                .number("generated_tokens", "tokens generated, e.g. 1e9 (gives their total FLOP)")
                .number("tokens_per_day", "tokens generated per day, e.g. 1e11 (gives the average FLOP/s)")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        if (a.has("params") == a.has("flop_per_token")) {
            throw new IllegalArgumentException("give exactly one of params (e.g. 7e10; the active parameters for a "
                    + "mixture of experts) or flop_per_token (e.g. 1.4e11)");
        }
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = Stated.data(a.has("generated_tokens") ? "total"
                : a.has("tokens_per_day") ? "demand" : a.has("params") ? "dense" : "per-token");
        double perToken;
        String summary;
        if (a.has("params")) {
            double params = a.positive("params", "");
            if (params < 1e3) {
                throw new IllegalArgumentException("params " + params + " is a count of parameters, not billions: "
                        + "write 7e10 for 70B");
            }
            Figure f = InferenceCompute.flopPerToken(params, Stated.SOURCE);
            figures.add(f);
            perToken = f.value();
            data.put("params", params);
            summary = "2 × " + Stated.num(params) + " = " + Stated.num(perToken) + " FLOP per token";
        } else {
            perToken = a.positive("flop_per_token", "");
            summary = Stated.num(perToken) + " FLOP per token";
        }
        data.put("flop_per_token", perToken);
        if (a.has("generated_tokens")) {
            double tokens = a.positive("generated_tokens", "");
            Figure total = InferenceCompute.flopForTokens(perToken, tokens, Stated.SOURCE);
            figures.add(total);
            data.put("generated_tokens", tokens).put("flop_total", total.value());
            summary += "; × " + Stated.num(tokens) + " tokens = " + Stated.num(total.value()) + " FLOP";
        }
        if (a.has("tokens_per_day")) {
            double perDay = a.positive("tokens_per_day", "");
            Figure demand = InferenceCompute.flopsForDailyTokens(perToken, perDay, Stated.SOURCE);
            figures.add(demand);
            data.put("tokens_per_day", perDay).put("flops_demand", demand.value());
            summary += "; × " + Stated.num(perDay) + " tokens/day ÷ 86,400 s = " + Stated.num(demand.value())
                    + " FLOP/s on average";
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("flop_per_token alone computes nothing: add tokens_per_day (average "
                    + "FLOP/s) or generated_tokens (total FLOP), or give params instead");
        }
        return new ToolResult(data, summary, figures, List.of());
    }
}
