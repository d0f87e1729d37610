package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.inference.InferenceCompute;

/**
 * Inference compute: 2·N FLOP per token, per query at a utilisation, and the fleet a daily traffic needs
 * (accelerators, and servers and capex when a server system is named), from {@link InferenceCompute}.
 */
public final class InferenceComputeTool implements Tool {

    /** Seed 002's ChatGPT estimate: a 20-character question and a 200-character answer. */
    static final double SEED_002_TOKENS_PER_QUERY = 267;
    private static final double DEFAULT_UTILISATION = 0.4;

    private final CatalogNames names;

    public InferenceComputeTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.INFERENCE_COMPUTE.id();
    }

    @Override
    public String description() {
        return "Inference compute of a transformer: FLOP per token = 2 × active parameters; peak-rate FLOP per query = "
                + "2·N·tokens ÷ utilisation; with traffic (tokens_per_query × queries_per_day, or × daily_visits × "
                + "queries_per_visit, or tokens_per_day directly) and hardware, the accelerators needed (traffic "
                + "spread evenly over 86,400 s), and for a server system (e.g. 8×T4 server, DGX A100) the servers and "
                + "their capex.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("model", "catalog model, e.g. GPT-3 (active parameters are used for a mixture of experts)")
                .number("params", "active parameters per token N, e.g. 1.75e11 (overrides model)")
                .number("tokens_per_query", "tokens processed per query (prompt + answer), e.g. 267; needed with "
                        + "queries_per_day or daily_visits")
                .number("queries_per_day", "queries per day (or give daily_visits and queries_per_visit)")
                .number("daily_visits", "visits per day, e.g. 2.5e7")
                .number("queries_per_visit", "queries per visit; default 1")
                .number("tokens_per_day", "tokens served per day, e.g. 1e11 (instead of queries × tokens_per_query)")
                .string("hardware", "catalog accelerator or server system, e.g. T4, H100, 8×T4 server, DGX H100")
                .number("utilisation", "share of dense peak sustained while serving, 0-1; default 0.4")
                .oneOf("precision", "number format whose dense peak applies; default fp16 (bf16 on chips without "
                        + "fp16)", "fp32", "tf32", "bf16", "fp16", "fp8", "int8")
                .number("peak_flops", "dense peak per accelerator in FLOP/s as the question states it; replaces "
                        + "the catalog peak")
                .number("server_price_usd", "USD per server for the capex (default the catalog list price of the system)")
                .build();
    }

    @Override
    public List<Signature> signatures() {
        List<Signature> out = new ArrayList<>();
        for (boolean fleet : new boolean[]{true, false}) {
            out.add(serving("queries", Quantity.PARAMS, true, fleet));
            out.add(serving("tokens", Quantity.PARAMS, false, fleet));
            out.add(serving("queries-moe", Quantity.ACTIVE_PARAMS, true, fleet));
            out.add(serving("tokens-moe", Quantity.ACTIVE_PARAMS, false, fleet));
        }
        return out;
    }

    /**
     * A fleet for daily traffic, given as queries (× tokens each) or as tokens; N is active parameters either way.
     * Without hardware ({@code fleet} false) the call gives only the peak FLOP/s the traffic demands.
     */
    private static Signature serving(String mode, Quantity params, boolean queries, boolean fleet) {
        Signature.Builder b = Signature.of(fleet ? mode : mode + "-demand").needs(params, "params");
        if (queries) {
            b.needs(Quantity.QUERIES_PER_DAY, "queries_per_day")
                    .defaults(Quantity.TOKENS_PER_QUERY, "tokens_per_query", SEED_002_TOKENS_PER_QUERY,
                            "每次查询 267 个 token（20 字的问题加 200 字的回答，与种子报告 002 的假设相同）",
                            "267 tokens per query (a 20-character question and a 200-character answer, as seed 002 assumes)");
        } else {
            b.needs(Quantity.TOKENS_PER_DAY, "tokens_per_day");
        }
        b.defaults(Quantity.UTILISATION, "utilisation", DEFAULT_UTILISATION, "推理时利用率取稠密峰值的 40%",
                "utilisation 40% of the dense peak while serving");
        if (!fleet) {
            return b.gives(Quantity.FLOPS_DEMAND, "/flops_demand").build();
        }
        return b.needs(Quantity.HARDWARE, "hardware")
                .defaults(Quantity.PRECISION, "precision", null, "按稠密 FP16 峰值计算（无 FP16 的芯片用 BF16），不计稀疏加速",
                        "the dense FP16 peak (BF16 on chips without FP16), no sparsity speed-up")
                .overrides(Quantity.PEAK_FLOPS, "peak_flops")
                .gives(Quantity.GPUS, "/accelerators").gives(Quantity.FLOPS_DEMAND, "/flops_demand")
                .givesIfKnown(Quantity.SERVERS, "/servers").build();
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
        Traffic traffic = Traffic.of(a);
        double u = a.fraction("utilisation", DEFAULT_UTILISATION);
        data.put("params", n).put("utilisation", u);
        Figure perToken = InferenceCompute.flopPerToken(n, source);
        figures.add(perToken);
        data.put("flop_per_token", perToken.value());
        String summary = Formatting.num(perToken.value()) + " FLOP/token";
        if (traffic.tokensPerQuery().isPresent()) {
            double tokens = traffic.tokensPerQuery().getAsDouble();
            Figure perQuery = InferenceCompute.flopPerQuery(n, tokens, u, source);
            // the work itself first (2·N·T), then what it ties up at the utilisation
            figures.add(InferenceCompute.flopForTokens(perToken.value(), tokens, source)
                    .renamed("inference FLOP per query"));
            figures.add(perQuery);
            data.put("tokens_per_query", tokens).put("flop_per_query", perQuery.value());
            summary += ", " + Formatting.num(perQuery.value()) + " FLOP/query";
        }
        summary += " at " + Formatting.plain(u) + " utilisation";
        if (!traffic.hasDemand()) {
            return new ToolResult(data, summary, figures, citations);
        }
        traffic.queriesPerDay().ifPresent(q -> data.put("queries_per_day", q));
        traffic.tokensPerDay().ifPresent(t -> data.put("tokens_per_day", t));
        double tokensPerDay = traffic.tokensPerSecond() * InferenceCompute.SECONDS_PER_DAY;
        Figure daily = InferenceCompute.flopForTokens(perToken.value(), tokensPerDay, source)
                .renamed("inference FLOP per day");
        Figure average = InferenceCompute.flopsForDailyTokens(perToken.value(), tokensPerDay, source)
                .renamed("average FLOP/s of useful work");
        figures.add(daily);
        figures.add(average);
        data.put("flop_per_day", daily.value()).put("average_flops", average.value());
        if (!a.has("hardware")) {
            Figure demand = InferenceCompute.peakDemand(traffic.tokensPerSecond(), n, u, source);
            figures.add(demand);
            data.put("flops_demand", demand.value()).put("note", "give hardware to size the fleet");
            return new ToolResult(data, summary, figures, citations);
        }
        Hardware hw = names.hardware(a.text("hardware").orElseThrow());
        citations.addAll(CatalogNames.cite(hw));
        Precision p = a.text("precision").map(Precision::parse).orElse(servingPrecision(hw.accelerator()));
        OptionalDouble stated = a.positive("peak_flops");
        double peak = stated.isPresent() ? stated.getAsDouble() : hw.accelerator().peakFlops(p);
        String peakSource = stated.isPresent() ? source + "; peak FLOP/s as stated in the question" : source;
        data.put("hardware", hw.name()).put("precision", p.label()).put("peak_flops", peak)
                .put("peak_source", stated.isPresent() ? "stated" : "catalog");
        hw.accelerator().denseTflops(p).ifPresent(t -> data.put("catalog_peak_flops", t * 1e12));
        OptionalDouble price = a.positive("server_price_usd");
        if (price.isEmpty() && hw.server() != null) {
            price = hw.server().listPriceUsd();
        }
        ServingFleet.Sized fleet = traffic.queriesPerDay().isPresent() && hw.server() != null && price.isPresent()
                ? ServingFleet.chain(a, n, traffic, u, peak, hw, price.getAsDouble(), peakSource)
                : ServingFleet.even(n, traffic, u, peak, hw, price, peakSource);
        figures.addAll(fleet.figures());
        data.setAll(fleet.data());
        return new ToolResult(data, summary + "; " + fleet.summary(), figures, citations);
    }

    /**
     * The precision a serving estimate uses unless told otherwise: FP16 (inference engines serve in half
     * precision), BF16 on chips without an FP16 rate, then whatever the chip's training default is.
     */
    static Precision servingPrecision(Accelerator acc) {
        if (acc.denseTflops(Precision.FP16).isPresent()) {
            return Precision.FP16;
        }
        return acc.defaultPrecision();
    }

    /**
     * A day's traffic: queries (and tokens per query), or tokens directly. Exactly one way to state the demand; a
     * call may also give no demand at all, which prices a single query.
     */
    record Traffic(OptionalDouble queriesPerDay, OptionalDouble tokensPerQuery, OptionalDouble tokensPerDay) {

        static Traffic of(ToolArgs a) {
            OptionalDouble queries = a.has("queries_per_day") ? OptionalDouble.of(a.requiredPositive("queries_per_day", ""))
                    : a.has("daily_visits") ? OptionalDouble.of(a.requiredPositive("daily_visits", "")
                    * a.positive("queries_per_visit", 1)) : OptionalDouble.empty();
            OptionalDouble perQuery = a.positive("tokens_per_query");
            OptionalDouble perDay = a.positive("tokens_per_day");
            if (perDay.isPresent() && queries.isPresent()) {
                throw new IllegalArgumentException("give the traffic one way: tokens_per_day, or queries_per_day (or "
                        + "daily_visits) with tokens_per_query, not both");
            }
            if (queries.isPresent() && perQuery.isEmpty()) {
                throw new IllegalArgumentException("queries need tokens_per_query (prompt + answer tokens, e.g. 267), "
                        + "or give tokens_per_day instead");
            }
            if (perQuery.isEmpty() && perDay.isEmpty()) {
                throw new IllegalArgumentException("give tokens_per_query (e.g. 267, with queries_per_day for a fleet) "
                        + "or tokens_per_day");
            }
            return new Traffic(queries, perQuery, perDay);
        }

        boolean hasDemand() {
            return queriesPerDay.isPresent() || tokensPerDay.isPresent();
        }

        double tokensPerSecond() {
            double perDay = tokensPerDay.isPresent() ? tokensPerDay.getAsDouble()
                    : queriesPerDay.getAsDouble() * tokensPerQuery.getAsDouble();
            return perDay / InferenceCompute.SECONDS_PER_DAY;
        }
    }
}
