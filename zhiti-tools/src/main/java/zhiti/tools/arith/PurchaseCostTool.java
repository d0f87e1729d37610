package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.cost.Purchase;
import zhiti.tools.econ.Currencies;

/**
 * Buying by the unit at a stated price: the total for so many accelerators or servers, the price each a total
 * implies, and a server's price split over the accelerators in it.
 */
public final class PurchaseCostTool implements Tool {

    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("gpus", List.of("gpus", "usd_per_gpu"));
        MODES.put("servers", List.of("servers", "usd_per_server"));
        MODES.put("per-gpu", List.of("usd", "gpus"));
        MODES.put("per-server", List.of("usd", "servers"));
        MODES.put("server-per-gpu", List.of("usd_per_server", "gpus_per_server"));
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("gpus").needs(Quantity.GPUS, "gpus").needs(Quantity.USD_PER_GPU, "usd_per_gpu")
                    .withUnitArg("currency").gives(Quantity.CAPEX_USD, "/usd").build(),
            Signature.of("servers").needs(Quantity.SERVERS, "servers").needs(Quantity.USD_PER_SERVER, "usd_per_server")
                    .withUnitArg("currency").gives(Quantity.CAPEX_USD, "/usd").build(),
            Signature.of("per-gpu").needs(Quantity.CAPEX_USD, "usd").withUnitArg("currency").needs(Quantity.GPUS, "gpus")
                    .gives(Quantity.USD_PER_GPU, "/usd_each").build(),
            Signature.of("per-server").needs(Quantity.CAPEX_USD, "usd").withUnitArg("currency")
                    .needs(Quantity.SERVERS, "servers").gives(Quantity.USD_PER_SERVER, "/usd_each").build(),
            Signature.of("server-per-gpu").needs(Quantity.USD_PER_SERVER, "usd_per_server").withUnitArg("currency")
                    .needs(Quantity.GPUS_PER_SERVER, "gpus_per_server").gives(Quantity.USD_PER_GPU, "/usd_each").build());

    @Override
    public String name() {
        return ToolName.PURCHASE_COST.id();
    }

    @Override
    public String description() {
        return "Buying at a stated unit price: USD = gpus × usd_per_gpu, or servers × usd_per_server; the price each "
                + "= usd ÷ gpus (or ÷ servers); a server's price per accelerator = usd_per_server ÷ gpus_per_server. "
                + "currency names the currency of the prices (default USD).";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("gpus", "accelerators bought, e.g. 20000")
                .number("usd_per_gpu", "price of one accelerator, e.g. 15000")
                .number("servers", "servers bought, e.g. 227500")
                .number("usd_per_server", "price of one server, e.g. 29000")
                .number("usd", "a total paid, to turn into a price each (with gpus or servers)")
                .integer("gpus_per_server", "accelerators in one server, e.g. 8 (with usd_per_server)")
                .string("currency", "currency of the prices, e.g. CNY; default USD")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        String mode = a.mode(MODES);
        String currency = a.args().text("currency", "USD");
        ObjectNode data = Stated.data(mode);
        boolean each = !mode.equals("gpus") && !mode.equals("servers");
        String unit = mode.contains("server") && !mode.equals("server-per-gpu") ? "server" : "GPU";
        double first;
        double second;
        switch (mode) {
            case "gpus" -> {
                first = a.positive("gpus", "");
                second = a.positive("usd_per_gpu", "");
                data.put("gpus", first).put("usd_per_gpu", second);
            }
            case "servers" -> {
                first = a.positive("servers", "");
                second = a.positive("usd_per_server", "");
                data.put("servers", first).put("usd_per_server", second);
            }
            case "server-per-gpu" -> {
                first = a.positive("usd_per_server", "");
                second = a.args().positiveInt("gpus_per_server", 1);
                data.put("usd_per_server", first).put("gpus_per_server", second);
            }
            default -> {
                first = a.positive("usd", "");
                second = a.positive(unit.equals("GPU") ? "gpus" : "servers", "");
                data.put("usd", first).put(unit.equals("GPU") ? "gpus" : "servers", second);
            }
        }
        Figure f = Currencies.in(each ? Purchase.each(first, second, unit, Stated.SOURCE)
                : Purchase.total(first, second, unit, Stated.SOURCE), currency);
        String money = f.unit().replaceAll("/.*", "");
        data.put(each ? "usd_each" : "usd", f.value()).put("currency", money);
        String summary = each
                ? Stated.num(first) + " " + money + " ÷ " + Stated.num(second) + " " + unit + "s = "
                        + Stated.num(f.value()) + " " + money + " per " + unit
                : Stated.num(first) + " " + unit + "s × " + Stated.num(second) + " " + money + " = "
                        + Stated.num(f.value()) + " " + money;
        return new ToolResult(data, summary, List.of(f), List.of());
    }
}
