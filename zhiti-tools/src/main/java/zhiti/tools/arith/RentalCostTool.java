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
 * Rental cost = GPU-hours × price per accelerator-hour. A price per server-hour is taken only with the number of
 * accelerators in the server: guessing 8 would be wrong for 4-GPU and 16-GPU nodes, and silently so.
 */
public final class RentalCostTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(Signature.of("rent")
            .needs(Quantity.GPU_HOURS, "gpu_hours").needs(Quantity.USD_PER_GPU_HOUR, "usd_per_gpu_hour")
            .withUnitArg("currency").gives(Quantity.USD, "/usd").build());

    @Override
    public String name() {
        return ToolName.RENTAL_COST.id();
    }

    @Override
    public String description() {
        return "Rental cost in USD = gpu_hours × usd_per_gpu_hour (price per accelerator-hour). A per-server-hour "
                + "price needs gpus_per_server to be turned into a per-GPU price; the tool does not guess it.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("gpu_hours", "accelerator-hours to rent, e.g. 672000")
                .number("usd_per_gpu_hour", "price per accelerator-hour in USD, e.g. 1.88")
                .string("currency", "currency of the price and of the cost, e.g. CNY for 每卡时 15 元; default USD")
                .number("usd_per_server_hour", "price per server-hour in USD instead, e.g. 98.32 (needs gpus_per_server)")
                .integer("gpus_per_server", "accelerators in one rented server, e.g. 8")
                .required("gpu_hours").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        double gpuHours = a.positive("gpu_hours", "accelerator-hours, e.g. 672000 (gpu_hours can compute them)");
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = Stated.data("rent");
        double price;
        if (a.has("usd_per_server_hour")) {
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
            price = perGpu.value();
            data.put("usd_per_server_hour", server).put("gpus_per_server", per);
        } else {
            a.refuseWith("usd_per_gpu_hour", "gpus_per_server");
            price = a.positive("usd_per_gpu_hour", "the price per accelerator-hour in USD, e.g. 1.88");
        }
        Figure cost = zhiti.tools.econ.Currencies.in(RentOrBuy.rent(gpuHours, price, "stated price", Stated.SOURCE),
                a.args().text("currency", "USD"));
        figures.add(0, cost);
        data.put("usd", cost.value()).put("gpu_hours", gpuHours).put("usd_per_gpu_hour", price).put("currency", cost.unit());
        return new ToolResult(data, Stated.num(gpuHours) + " GPU-hours × $" + Stated.num(price) + " = $"
                + Stated.num(cost.value()), figures, List.of());
    }
}
