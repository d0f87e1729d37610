package zhiti.tools.econ;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import zhiti.core.Figure;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.inference.InferenceCompute;

/** The two ways inference_compute sizes a serving fleet, each with the figures behind every number it reports. */
final class ServingFleet {

    /** A sized fleet: its figures, the data keys they fill and a summary clause. */
    record Sized(List<Figure> figures, ObjectNode data, String summary) {
    }

    private ServingFleet() {
    }

    /**
     * The sell-side chain (seed 002's ChatGPT estimate): FLOP per query → FLOP/s for a day's queries → accelerators
     * at peak → servers → capex, kept unrounded as the reports print it.
     */
    static Sized chain(ToolArgs a, double n, InferenceComputeTool.Traffic t, double u, double peak, Hardware hw,
                       double price, String source) {
        double visits = a.has("daily_visits") ? a.requiredPositive("daily_visits", "") : t.queriesPerDay().getAsDouble();
        double perVisit = a.has("daily_visits") ? a.positive("queries_per_visit", 1) : 1;
        var q = new InferenceCompute.QueryDemand(n, t.tokensPerQuery().getAsDouble(), u, visits, perVisit, peak,
                hw.server().acceleratorsPerServer(), price);
        List<Figure> chain = InferenceCompute.demandChain(q, source);
        ObjectNode d = JsonNodeFactory.instance.objectNode().put("flops_demand", chain.get(2).value())
                .put("accelerators", chain.get(3).value()).put("servers", chain.get(4).value())
                .put("capex_usd", chain.get(5).value()).put("server_price_usd", price);
        String s = Formatting.num(chain.get(3).value()) + " " + hw.accelerator().name() + " = "
                + Formatting.num(chain.get(4).value()) + " × " + hw.name() + ", capex " + Formatting.usd(chain.get(5).value());
        return new Sized(chain.subList(2, chain.size()), d, s);
    }

    /** Traffic spread evenly over the day, whole accelerators; servers and capex for a server system. */
    static Sized even(double n, InferenceComputeTool.Traffic t, double u, double peak, Hardware hw,
                      OptionalDouble price, String source) {
        double tokensPerSecond = t.tokensPerSecond();
        Figure demand = InferenceCompute.peakDemand(tokensPerSecond, n, u, source);
        Figure fleet = InferenceCompute.fleetForTraffic(tokensPerSecond, n, peak, u, source);
        double exact = demand.value() / peak;
        // the quotient before rounding up: "4.2 cards' worth of compute" is what a comparison of chips needs
        Figure unrounded = new Figure("accelerators' worth of compute (before rounding up)", exact, "accelerator",
                "accelerators = tokens/s × 2N ÷ (peak × utilisation)", fleet.inputs(), source);
        List<Figure> figures = new ArrayList<>(List.of(fleet, demand));
        if (Math.abs(exact - fleet.value()) > 1e-6) {
            figures.add(unrounded);
        }
        ObjectNode d = JsonNodeFactory.instance.objectNode().put("tokens_per_second", tokensPerSecond)
                .put("accelerators", fleet.value()).put("flops_demand", demand.value());
        StringBuilder s = new StringBuilder(Formatting.num(fleet.value()) + " × " + hw.accelerator().name());
        if (hw.server() != null) {
            int per = hw.server().acceleratorsPerServer();
            double servers = Math.ceil(fleet.value() / per);
            Figure sf = new Figure(hw.server().name() + " servers to serve the traffic", servers, "server",
                    "servers = ⌈accelerators ÷ accelerators per server⌉",
                    Figure.inputs("accelerators", fleet.value(), "per server", per), hw.server().source());
            figures.add(sf);
            d.put("servers", servers);
            s.append(" = ").append(Formatting.num(servers)).append(" × ").append(hw.name());
            if (price.isPresent()) {
                Figure capex = new Figure("server capex", servers * price.getAsDouble(), "USD",
                        "capex = servers × server price", Figure.inputs("servers", servers,
                        "server price (USD)", price.getAsDouble()), hw.server().source());
                figures.add(capex);
                d.put("capex_usd", capex.value()).put("server_price_usd", price.getAsDouble());
                s.append(", capex ").append(Formatting.usd(capex.value()));
            }
        }
        return new Sized(figures, d, s.toString());
    }
}
