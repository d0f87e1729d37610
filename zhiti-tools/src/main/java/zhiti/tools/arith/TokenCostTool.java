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
import zhiti.tools.econ.Currencies;

/**
 * What a million generated tokens cost on rented accelerators: the price of an accelerator-hour over the tokens it
 * makes in that hour, USD = usd_per_gpu_hour ÷ (tokens/s × 3,600) × 10⁶. Compute only — no idle time, no margin.
 */
public final class TokenCostTool implements Tool {

    private static final double MILLION = 1e6;
    private static final double SECONDS_PER_HOUR = 3_600;

    private static final List<Signature> SIGNATURES = List.of(Signature.of("rate")
            .needs(Quantity.USD_PER_GPU_HOUR, "usd_per_gpu_hour").withUnitArg("currency")
            .needs(Quantity.TOKENS_PER_SECOND, "tokens_per_s")
            .gives(Quantity.USD_PER_MILLION_TOKENS, "/usd_per_million_tokens").build());

    @Override
    public String name() {
        return ToolName.TOKEN_COST.id();
    }

    @Override
    public String description() {
        return "Cost per million generated tokens = usd_per_gpu_hour ÷ (tokens_per_s × 3600) × 1e6, tokens_per_s "
                + "being what one rented accelerator produces (decode_throughput gives it). Compute cost only.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("usd_per_gpu_hour", "rental price of one accelerator-hour, e.g. 2.2")
                .number("tokens_per_s", "tokens one accelerator generates per second, e.g. 2472")
                .string("currency", "currency of the price, e.g. CNY; default USD")
                .required("usd_per_gpu_hour", "tokens_per_s").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double price = a.positive("usd_per_gpu_hour", "the price of one accelerator-hour, e.g. 2.2");
        double rate = a.positive("tokens_per_s", "tokens one accelerator generates per second, e.g. 2472");
        double perHour = rate * SECONDS_PER_HOUR;
        Figure cost = Currencies.in(new Figure("cost per million tokens", price / perHour * MILLION, "USD",
                "USD per 1M tokens = USD/GPU-hour ÷ (tokens/s × 3,600 s) × 10⁶",
                Figure.inputs("USD/GPU-hour", price, "tokens/s", rate), Stated.SOURCE), a.args().text("currency", "USD"));
        ObjectNode data = Stated.data("rate").put("usd_per_million_tokens", cost.value()).put("tokens_per_hour", perHour)
                .put("usd_per_gpu_hour", price).put("tokens_per_s", rate).put("currency", cost.unit());
        String summary = Stated.num(price) + " " + cost.unit() + "/GPU-hour ÷ (" + Stated.num(rate) + " tokens/s × 3,600) × 10⁶ = "
                + Stated.num(cost.value()) + " " + cost.unit() + " per million tokens";
        return new ToolResult(data, summary, List.of(cost), List.of());
    }
}
