package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import zhiti.core.Citation;
import zhiti.agent.Tool;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.inference.InferenceCompute;
import zhiti.econ.catalog.Hardware;

/**
 * Inference compute: 2·N FLOP per token, per query at a utilisation, and the fleet a daily traffic needs
 * (accelerators, and servers and capex when a server system is named), from {@link InferenceCompute}.
 */
public final class InferenceComputeTool implements Tool {

    private final CatalogNames names;

    public InferenceComputeTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "inference_compute";
    }

    @Override
    public String description() {
        return "Inference compute of a transformer: FLOP per token = 2 × active parameters; peak-rate FLOP per query = "
                + "2·N·tokens ÷ utilisation; with traffic (queries_per_day, or daily_visits × queries_per_visit) and "
                + "hardware, the accelerators needed (traffic spread evenly over 86,400 s), and for a server system "
                + "(e.g. 8×T4 server, DGX A100) the servers and their capex.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("model", "catalog model, e.g. GPT-3 (active parameters are used for a mixture of experts)")
                .number("params", "active parameters per token N, e.g. 1.75e11 (overrides model)")
                .number("tokens_per_query", "tokens processed per query (prompt + answer), e.g. 267")
                .number("queries_per_day", "queries per day (or give daily_visits and queries_per_visit)")
                .number("daily_visits", "visits per day, e.g. 2.5e7")
                .number("queries_per_visit", "queries per visit; default 1")
                .string("hardware", "catalog accelerator or server system, e.g. T4, H100, 8×T4 server, DGX H100")
                .number("utilisation", "share of dense peak sustained while serving, 0-1; default 0.4")
                .oneOf("precision", "number format whose dense peak applies; default fp16",
                        "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .number("server_price_usd", "USD per server for the capex (default the catalog list price of the system)")
                .required("tokens_per_query").build();
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        double n;
        String source;
        if (a.has("params")) {
            n = a.requiredPositive("params", "");
            source = "user input";
        } else if (a.has("model")) {
            ModelCard m = names.model(a.text("model").orElseThrow());
            n = m.paramsPerToken();
            source = m.source();
            citations.add(CatalogNames.cite(m.name(), m.source()));
            data.put("model", m.name());
        } else {
            throw new IllegalArgumentException("give model (a catalog name such as GPT-3) or params (active parameters)");
        }
        double tokens = a.requiredPositive("tokens_per_query", "tokens per query, e.g. 267");
        double u = a.fraction("utilisation", 0.4);
        data.put("params", n).put("tokens_per_query", tokens).put("utilisation", u);
        Figure perToken = InferenceCompute.flopPerToken(n, source);
        Figure perQuery = InferenceCompute.flopPerQuery(n, tokens, u, source);
        figures.add(perToken);
        figures.add(perQuery);
        data.put("flop_per_token", perToken.value()).put("flop_per_query", perQuery.value());

        double queriesPerDay = queriesPerDay(a);
        String summary = Formatting.num(perToken.value()) + " FLOP/token, " + Formatting.num(perQuery.value())
                + " FLOP/query at " + Formatting.plain(u) + " utilisation";
        if (!Double.isNaN(queriesPerDay) && a.has("hardware")) {
            Hardware hw = names.hardware(a.text("hardware").orElseThrow());
            citations.addAll(CatalogNames.cite(hw));
            Precision p = Precision.parse(a.text("precision", "fp16"));
            double peak = hw.accelerator().peakFlops(p);
            data.put("hardware", hw.name()).put("precision", p.label()).put("peak_flops", peak)
                    .put("queries_per_day", queriesPerDay);
            OptionalDouble price = a.positive("server_price_usd");
            if (price.isEmpty() && hw.server() != null) {
                price = hw.server().listPriceUsd();
            }
            if (hw.server() != null && price.isPresent()) {
                // the sell-side chain: FLOP/s → accelerators → servers → capex
                double visits = a.has("daily_visits") ? a.requiredPositive("daily_visits", "") : queriesPerDay;
                double perVisit = a.has("daily_visits") ? a.positive("queries_per_visit", 1) : 1;
                var q = new InferenceCompute.QueryDemand(n, tokens, u, visits, perVisit, peak,
                        hw.server().acceleratorsPerServer(), price.getAsDouble());
                List<Figure> chain = InferenceCompute.demandChain(q, source);
                figures.addAll(chain.subList(2, chain.size()));
                data.put("flops_demand", chain.get(2).value()).put("accelerators", chain.get(3).value())
                        .put("servers", chain.get(4).value()).put("capex_usd", chain.get(5).value())
                        .put("server_price_usd", price.getAsDouble());
                summary += "; " + Formatting.num(chain.get(3).value()) + " " + hw.accelerator().name() + " = "
                        + Formatting.num(chain.get(4).value()) + " × " + hw.name() + ", capex "
                        + Formatting.usd(chain.get(5).value());
            } else {
                double tokensPerSecond = queriesPerDay * tokens / InferenceCompute.SECONDS_PER_DAY;
                Figure fleet = InferenceCompute.fleetForTraffic(tokensPerSecond, n, peak, u, source);
                figures.add(fleet);
                data.put("tokens_per_second", tokensPerSecond).put("accelerators", fleet.value());
                summary += "; " + Formatting.num(fleet.value()) + " × " + hw.accelerator().name();
                if (hw.server() != null) {
                    double servers = Math.ceil(fleet.value() / hw.server().acceleratorsPerServer());
                    data.put("servers", servers);
                    summary += " = " + Formatting.num(servers) + " × " + hw.name();
                }
            }
        } else if (!Double.isNaN(queriesPerDay)) {
            data.put("queries_per_day", queriesPerDay).put("note", "give hardware to size the fleet");
        }
        return new ToolResult(data, summary, figures, citations);
    }

    private static double queriesPerDay(ToolArgs a) {
        if (a.has("queries_per_day")) {
            return a.requiredPositive("queries_per_day", "");
        }
        if (a.has("daily_visits")) {
            return a.requiredPositive("daily_visits", "") * a.positive("queries_per_visit", 1);
        }
        return Double.NaN;
    }
}
