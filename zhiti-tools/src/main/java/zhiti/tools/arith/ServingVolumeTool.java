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
import zhiti.econ.inference.ServingVolume;

/**
 * Tokens a service generates: per day from queries and tokens per query, and over a number of days; and the requests
 * a stream of tokens per second answers one after another in some hours.
 */
public final class ServingVolumeTool implements Tool {

    /** Each mode's arguments; the arguments given pick the mode. */
    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("tokens-per-day", List.of("queries_per_day", "tokens_per_query"));
        MODES.put("total-tokens", List.of("tokens_per_day", "days"));
        MODES.put("requests-in-hours", List.of("tokens_per_second", "tokens_per_query", "hours"));
        MODES.put("gpu-hours-for-tokens", List.of("tokens", "tokens_per_second"));
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("tokens-per-day").needs(Quantity.QUERIES_PER_DAY, "queries_per_day")
                    .needs(Quantity.TOKENS_PER_QUERY, "tokens_per_query")
                    .gives(Quantity.TOKENS_PER_DAY, "/tokens_per_day").build(),
            Signature.of("total-tokens").needs(Quantity.TOKENS_PER_DAY, "tokens_per_day")
                    .needs(Quantity.DAYS, "days")
                    .gives(Quantity.TOKENS, "/tokens").build(),
            Signature.of("requests-in-hours").needs(Quantity.TOKENS_PER_SECOND, "tokens_per_second")
                    .needs(Quantity.TOKENS_PER_QUERY, "tokens_per_query").needs(Quantity.HOURS, "hours")
                    .gives(Quantity.REQUESTS_SERVED, "/requests").build());

    @Override
    public String name() {
        return ToolName.SERVING_VOLUME.id();
    }

    @Override
    public String description() {
        return "Serving volume in tokens: tokens_per_day = queries_per_day × tokens_per_query; or tokens over a "
                + "period = tokens_per_day × days; or requests answered one after another = tokens_per_second × 3600 × "
                + "hours ÷ tokens_per_query; or the GPU-hours a volume takes = tokens ÷ (tokens_per_second per GPU × 3600). "
                + "Give one set.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("queries_per_day", "queries (requests) per day, e.g. 1e9")
                .number("tokens_per_query", "tokens generated per query, e.g. 500")
                .number("tokens_per_day", "tokens generated per day, e.g. 5e11 (with days)")
                .number("days", "days the volume runs for, e.g. 365")
                .number("tokens_per_second", "tokens generated per second, e.g. 48 (with tokens_per_query and hours)")
                .number("hours", "hours of serving, e.g. 1")
                .number("tokens", "a volume of tokens to generate, e.g. 1e10 (with tokens_per_second per GPU)")
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
        ObjectNode data = Stated.data(mode);
        if (mode.equals("tokens-per-day")) {
            double q = a.positive("queries_per_day", "");
            double t = a.positive("tokens_per_query", "");
            Figure f = ServingVolume.tokensPerDay(q, t, Stated.SOURCE);
            data.put("tokens_per_day", f.value()).put("queries_per_day", q).put("tokens_per_query", t);
            return new ToolResult(data, Stated.num(q) + " queries/day × " + Stated.num(t) + " tokens = "
                    + Stated.num(f.value()) + " tokens/day", List.of(f), List.of());
        }
        if (mode.equals("gpu-hours-for-tokens")) {
            double tokens = a.positive("tokens", "");
            double tps = a.positive("tokens_per_second", "");
            double hours = tokens / tps / 3600;
            data.put("gpu_hours", hours).put("tokens", tokens).put("tokens_per_second", tps);
            Figure f = new Figure("GPU-hours", hours, "GPU-hour", "GPU-hours = tokens ÷ (tokens/s per GPU × 3600)",
                    Figure.inputs("tokens", tokens, "tokens/s per GPU", tps), Stated.SOURCE);
            return new ToolResult(data, Stated.num(tokens) + " tokens ÷ (" + Stated.num(tps) + " tokens/s × 3600) = "
                    + Stated.num(hours) + " GPU-hours", List.of(f), List.of());
        }
        if (mode.equals("requests-in-hours")) {
            double tps = a.positive("tokens_per_second", "");
            double t = a.positive("tokens_per_query", "");
            double hours = a.positive("hours", "");
            double requests = tps * 3600 * hours / t;
            data.put("requests", requests).put("tokens_per_second", tps).put("tokens_per_query", t).put("hours", hours);
            Figure f = new Figure("requests served", requests, "requests", "requests = tokens/s × 3600 × hours ÷ tokens per request",
                    Figure.inputs("tokens/s", tps, "hours", hours, "tokens per request", t), Stated.SOURCE);
            return new ToolResult(data, Stated.num(tps) + " tokens/s × " + Stated.num(3600 * hours) + " s ÷ " + Stated.num(t)
                    + " tokens = " + Stated.num(requests) + " requests", List.of(f), List.of());
        }
        double perDay = a.positive("tokens_per_day", "");
        double days = a.positive("days", "");
        Figure f = ServingVolume.tokensOver(perDay, days, Stated.SOURCE);
        data.put("tokens", f.value()).put("tokens_per_day", perDay).put("days", days);
        return new ToolResult(data, Stated.num(perDay) + " tokens/day × " + Stated.num(days) + " days = "
                + Stated.num(f.value()) + " tokens", List.of(f), List.of());
    }
}
