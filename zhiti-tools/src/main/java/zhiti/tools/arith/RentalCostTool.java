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
import zhiti.econ.cost.RentOrBuy;

/**
 * Rental cost = GPU-hours × price per accelerator-hour, or the other way round, the GPU-hours a budget rents =
 * USD ÷ price. A price per server-hour is taken only with the number of accelerators in the server: guessing 8
 * would be wrong for 4-GPU and 16-GPU nodes, and silently so.
 */
public final class RentalCostTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("rent")
                    .needs(Quantity.GPU_HOURS, "gpu_hours").needs(Quantity.USD_PER_GPU_HOUR, "usd_per_gpu_hour")
                    .withUnitArg("currency").gives(Quantity.USD, "/usd").build(),
            Signature.of("budget")
                    .needs(Quantity.USD, "usd").needs(Quantity.USD_PER_GPU_HOUR, "usd_per_gpu_hour")
                    .withUnitArg("currency").gives(Quantity.GPU_HOURS, "/gpu_hours").build());

    @Override
    public String name() {
        return ToolName.RENTAL_COST.id();
    }

    @Override
    public String description() {
        return "Rental cost in USD = gpu_hours × usd_per_gpu_hour (price per accelerator-hour); or with usd (a "
                + "budget) instead of gpu_hours, the GPU-hours it rents = usd ÷ usd_per_gpu_hour. A per-server-hour "
                + "price needs gpus_per_server to be turned into a per-GPU price; the tool does not guess it.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("gpu_hours", "accelerator-hours to rent, e.g. 672000")
                .number("usd", "a budget in USD to turn into GPU-hours instead, e.g. 1e7 (not with gpu_hours)")
                .number("usd_per_gpu_hour", "price per accelerator-hour in USD, e.g. 1.88")
                .string("currency", "currency of the price and of the cost, e.g. CNY for 每卡时 15 元; default USD")
                .number("usd_per_server_hour", "price per server-hour in USD instead, e.g. 98.32 (needs gpus_per_server)")
                .integer("gpus_per_server", "accelerators in one rented server, e.g. 8")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        boolean budget = a.has("usd");
        if (budget) {
            a.refuseWith("usd (a budget)", "gpu_hours");
        }
        double amount = budget ? a.positive("usd", "")
                : a.positive("gpu_hours", "accelerator-hours, e.g. 672000 (gpu_hours can compute them); or usd, a "
                        + "budget to turn into GPU-hours");
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = Stated.data(budget ? "budget" : "rent");
        double price = price(a, figures, data);
        if (budget) {
            Figure hours = RentOrBuy.gpuHoursForBudget(amount, price, "stated price", Stated.SOURCE);
            figures.add(0, hours);
            data.put("gpu_hours", hours.value()).put("usd", amount).put("usd_per_gpu_hour", price);
            return new ToolResult(data, "$" + Stated.num(amount) + " ÷ $" + Stated.num(price) + " per GPU-hour = "
                    + Stated.num(hours.value()) + " GPU-hours", figures, List.of());
        }
        Figure cost = zhiti.tools.econ.Currencies.in(RentOrBuy.rent(amount, price, "stated price", Stated.SOURCE),
                a.args().text("currency", "USD"));
        figures.add(0, cost);
        data.put("usd", cost.value()).put("gpu_hours", amount).put("usd_per_gpu_hour", price).put("currency", cost.unit());
        String sign = cost.unit().equals("USD") ? "$" : "";
        String after = sign.isEmpty() ? " " + cost.unit() : "";
        return new ToolResult(data, Stated.num(amount) + " GPU-hours × " + sign + Stated.num(price) + after + " = " + sign
                + Stated.num(cost.value()) + after, figures, List.of());
    }

    /** The price per accelerator-hour, stated or split from a server-hour price by the stated server size. */
    private static double price(Stated a, List<Figure> figures, ObjectNode data) {
        if (!a.has("usd_per_server_hour")) {
            a.refuseWith("usd_per_gpu_hour", "gpus_per_server");
            return a.positive("usd_per_gpu_hour", "the price per accelerator-hour in USD, e.g. 1.88");
        }
        a.refuseWith("usd_per_server_hour", "usd_per_gpu_hour");
        double server = a.positive("usd_per_server_hour", "");
        if (!a.has("gpus_per_server")) {
            throw new IllegalArgumentException("usd_per_server_hour is a price for several accelerators: give "
                    + "gpus_per_server (e.g. 8 for a DGX/HGX node) or the per-accelerator usd_per_gpu_hour; "
                    + "the tool does not guess the server size");
        }
        int per = a.args().positiveInt("gpus_per_server", 1);
        Figure perGpu = new Figure("price per GPU-hour", server / per, "USD/GPU-hour",
                "USD/GPU-hour = USD/server-hour ÷ GPUs per server",
                Figure.inputs("USD/server-hour", server, "GPUs per server", per), Stated.SOURCE);
        figures.add(perGpu);
        data.put("usd_per_server_hour", server).put("gpus_per_server", per);
        return perGpu.value();
    }
}
