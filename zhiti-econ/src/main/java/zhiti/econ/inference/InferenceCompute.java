package zhiti.econ.inference;

import java.util.ArrayList;
import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Inference compute of a transformer: a forward pass costs about 2 FLOP per active parameter per token (Kaplan et
 * al. 2020, §2.1), so a query of T tokens costs 2·N·T, and serving R tokens/s needs R·2N ÷ (peak × utilisation)
 * accelerators.
 */
public final class InferenceCompute {

    public static final double SECONDS_PER_DAY = 86_400;

    private InferenceCompute() {
    }

    public static Figure flopPerToken(double activeParams, String source) {
        InputChecks.positive("active parameters (N)", activeParams);
        return new Figure("inference FLOP per token", 2 * activeParams, "FLOP/token", "FLOP/token = 2 · N_active",
                Figure.inputs("N_active (parameters)", activeParams), source);
    }

    /** FLOP to generate {@code tokens} tokens: FLOP = FLOP/token × tokens (useful work, before utilisation). */
    public static Figure flopForTokens(double flopPerToken, double tokens, String source) {
        InputChecks.positive("FLOP per token", flopPerToken);
        InputChecks.positive("generated tokens", tokens);
        return new Figure("inference FLOP for the tokens", flopPerToken * tokens, "FLOP",
                "FLOP = FLOP/token × tokens", Figure.inputs("FLOP/token", flopPerToken, "tokens", tokens), source);
    }

    /**
     * The average compute a day's tokens demand, spread evenly over the day: FLOP/s = FLOP/token × tokens/day ÷
     * 86,400 s. Useful work: divide by utilisation (and peak) for the accelerators it ties up.
     */
    public static Figure flopsForDailyTokens(double flopPerToken, double tokensPerDay, String source) {
        InputChecks.positive("FLOP per token", flopPerToken);
        InputChecks.positive("tokens per day", tokensPerDay);
        return new Figure("compute demand", flopPerToken * tokensPerDay / SECONDS_PER_DAY, "FLOP/s",
                "FLOP/s = FLOP/token × tokens/day ÷ 86,400 s",
                Figure.inputs("FLOP/token", flopPerToken, "tokens/day", tokensPerDay), source);
    }

    /**
     * FLOP one query occupies on hardware running at {@code utilisation}: 2·N·T ÷ utilisation (the useful work is
     * 2·N·T; dividing by utilisation gives the peak-rate FLOP it ties up).
     */
    public static Figure flopPerQuery(double activeParams, double tokensPerQuery, double utilisation, String source) {
        InputChecks.positive("active parameters (N)", activeParams);
        InputChecks.positive("tokens per query", tokensPerQuery);
        InputChecks.fraction("utilisation", utilisation);
        return new Figure("peak-rate FLOP per query", 2 * activeParams * tokensPerQuery / utilisation, "FLOP/query",
                "FLOP/query = 2 · N · T ÷ utilisation",
                Figure.inputs("N (parameters)", activeParams, "T (tokens per query)", tokensPerQuery,
                        "utilisation", utilisation), source);
    }

    /**
     * The peak FLOP/s a traffic ties up: tokens/s × 2N ÷ utilisation — what the fleet must offer at peak, before
     * it is divided by one accelerator's peak.
     */
    public static Figure peakDemand(double tokensPerSecond, double activeParams, double utilisation, String source) {
        InputChecks.positive("traffic (tokens/s)", tokensPerSecond);
        InputChecks.positive("active parameters (N)", activeParams);
        InputChecks.fraction("utilisation", utilisation);
        return new Figure("compute demand", tokensPerSecond * 2 * activeParams / utilisation, "FLOP/s",
                "FLOP/s = tokens/s × 2N ÷ utilisation",
                Figure.inputs("tokens/s", tokensPerSecond, "N (parameters)", activeParams, "utilisation", utilisation),
                source);
    }

    /** Accelerators to serve {@code tokensPerSecond}: tokens/s × 2N ÷ (peak × utilisation). */
    public static Figure fleetForTraffic(double tokensPerSecond, double activeParams, double peakFlops,
                                         double utilisation, String source) {
        InputChecks.positive("traffic (tokens/s)", tokensPerSecond);
        InputChecks.positive("active parameters (N)", activeParams);
        InputChecks.positive("accelerator peak (FLOP/s)", peakFlops);
        InputChecks.fraction("utilisation", utilisation);
        double exact = tokensPerSecond * 2 * activeParams / (peakFlops * utilisation);
        return new Figure("accelerators to serve the traffic", Math.ceil(exact - 1e-9), "accelerator",
                "accelerators = ⌈tokens/s × 2N ÷ (peak × utilisation)⌉",
                Figure.inputs("tokens/s", tokensPerSecond, "N (parameters)", activeParams, "peak (FLOP/s)", peakFlops,
                        "utilisation", utilisation, "exact", exact), source);
    }

    /**
     * A query-traffic demand chain as sell-side reports build it: FLOP per query → FLOP/s for a day's queries
     * spread evenly → accelerators at peak → servers → capex.
     */
    public record QueryDemand(double params, double tokensPerQuery, double utilisation, double dailyVisits,
                              double queriesPerVisit, double acceleratorPeakFlops, int acceleratorsPerServer,
                              double serverPriceUsd) {

        public QueryDemand {
            InputChecks.positive("parameters", params);
            InputChecks.positive("tokens per query", tokensPerQuery);
            InputChecks.fraction("utilisation", utilisation);
            InputChecks.positive("daily visits", dailyVisits);
            InputChecks.positive("queries per visit", queriesPerVisit);
            InputChecks.positive("accelerator peak (FLOP/s)", acceleratorPeakFlops);
            InputChecks.positiveInt("accelerators per server", acceleratorsPerServer);
            InputChecks.positive("server price (USD)", serverPriceUsd);
        }
    }

    /** Figures of the chain, in order: FLOP/token, FLOP/query, FLOP/s, accelerators, servers, capex. */
    public static List<Figure> demandChain(QueryDemand q, String source) {
        List<Figure> out = new ArrayList<>();
        out.add(flopPerToken(q.params(), source));
        Figure perQuery = flopPerQuery(q.params(), q.tokensPerQuery(), q.utilisation(), source);
        out.add(perQuery);
        double queriesPerSecond = q.dailyVisits() * q.queriesPerVisit() / SECONDS_PER_DAY;
        double flops = perQuery.value() * queriesPerSecond;
        out.add(new Figure("compute demand", flops, "FLOP/s",
                "FLOP/s = FLOP/query × visits/day × queries/visit ÷ 86,400 s",
                Figure.inputs("FLOP/query", perQuery.value(), "visits/day", q.dailyVisits(),
                        "queries/visit", q.queriesPerVisit(), "queries/s", queriesPerSecond), source));
        double gpus = flops / q.acceleratorPeakFlops();
        out.add(new Figure("accelerators needed", gpus, "accelerator", "accelerators = FLOP/s ÷ peak FLOP/s",
                Figure.inputs("FLOP/s", flops, "peak (FLOP/s)", q.acceleratorPeakFlops()), source));
        double servers = gpus / q.acceleratorsPerServer();
        out.add(new Figure("servers needed", servers, "server", "servers = accelerators ÷ accelerators per server",
                Figure.inputs("accelerators", gpus, "per server", q.acceleratorsPerServer()), source));
        out.add(new Figure("server capex", servers * q.serverPriceUsd(), "USD", "capex = servers × server price",
                Figure.inputs("servers", servers, "server price (USD)", q.serverPriceUsd()), source));
        return out;
    }
}
