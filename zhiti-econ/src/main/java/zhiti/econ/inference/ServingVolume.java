package zhiti.econ.inference;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * How many tokens a service generates: tokens/day = queries/day × tokens/query, and over a period, tokens =
 * tokens/day × days. The first link of every serving-demand estimate, kept apart so each number shows its formula.
 */
public final class ServingVolume {

    private ServingVolume() {
    }

    public static Figure tokensPerDay(double queriesPerDay, double tokensPerQuery, String source) {
        InputChecks.positive("queries per day", queriesPerDay);
        InputChecks.positive("tokens per query", tokensPerQuery);
        return new Figure("tokens per day", queriesPerDay * tokensPerQuery, "token/day",
                "tokens/day = queries/day × tokens/query",
                Figure.inputs("queries/day", queriesPerDay, "tokens/query", tokensPerQuery), source);
    }

    public static Figure tokensOver(double tokensPerDay, double days, String source) {
        InputChecks.positive("tokens per day", tokensPerDay);
        InputChecks.positive("days", days);
        return new Figure("tokens over the period", tokensPerDay * days, "token", "tokens = tokens/day × days",
                Figure.inputs("tokens/day", tokensPerDay, "days", days), source);
    }
}
