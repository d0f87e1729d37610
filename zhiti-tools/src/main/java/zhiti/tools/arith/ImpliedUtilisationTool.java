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
import zhiti.econ.training.ImpliedUtilisation;

/**
 * "16,384 H100s for 54 days: what MFU does that imply?", "2,000 tokens/s on an 8×A100 node: what share of peak?":
 * the utilisation a reported result implies.
 */
public final class ImpliedUtilisationTool implements Tool {

    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("training", List.of("compute", "gpus", "peak_flops", "days"));
        MODES.put("serving", List.of("tokens_per_second", "flop_per_token", "gpus", "peak_flops"));
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("training").needs(Quantity.COMPUTE, "compute").needs(Quantity.GPUS, "gpus")
                    .needs(Quantity.PEAK_FLOPS, "peak_flops").needs(Quantity.DAYS, "days")
                    .gives(Quantity.IMPLIED_UTILISATION, "/utilisation").build(),
            Signature.of("serving").needs(Quantity.TOKENS_PER_SECOND, "tokens_per_second")
                    .needs(Quantity.FLOP_PER_TOKEN, "flop_per_token").needs(Quantity.GPUS, "gpus")
                    .needs(Quantity.PEAK_FLOPS, "peak_flops").gives(Quantity.IMPLIED_UTILISATION, "/utilisation").build());

    @Override
    public String name() {
        return ToolName.IMPLIED_UTILISATION.id();
    }

    @Override
    public String description() {
        return "The utilisation (MFU) a reported result implies: for a training run, compute ÷ (gpus × peak_flops × "
                + "days × 86,400 s); for serving, tokens_per_second × flop_per_token ÷ (gpus × peak_flops). Above 1 "
                + "means the stated figures cannot all hold.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("compute", "training compute in FLOP, e.g. 3.8e25 (with days)")
                .number("days", "wall-clock days of the run, e.g. 54")
                .number("tokens_per_second", "generated tokens per second achieved, e.g. 2000 (with flop_per_token)")
                .number("flop_per_token", "FLOP per generated token, e.g. 3.5e11 (2 × parameters)")
                .number("gpus", "accelerators used, e.g. 16384")
                .number("peak_flops", "dense peak per accelerator in FLOP/s, e.g. 9.894e14")
                .required("gpus", "peak_flops").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        String mode = a.mode(MODES);
        double gpus = a.positive("gpus", "the accelerators used, e.g. 16384");
        double peak = a.positive("peak_flops", "the dense peak per accelerator in FLOP/s, e.g. 9.894e14");
        Figure u;
        String summary;
        if (mode.equals("training")) {
            double c = a.positive("compute", "training compute in FLOP, e.g. 3.8e25");
            double days = a.positive("days", "wall-clock days, e.g. 54");
            u = ImpliedUtilisation.ofTraining(c, gpus, peak, days, Stated.SOURCE);
            summary = Stated.num(c) + " FLOP ÷ (" + Stated.num(gpus) + " × " + Stated.num(peak) + " FLOP/s × "
                    + Stated.num(days) + " days × 86,400 s) = " + Stated.percent(u.value()) + " of peak";
        } else {
            double tps = a.positive("tokens_per_second", "tokens per second achieved, e.g. 2000");
            double fpt = a.positive("flop_per_token", "FLOP per generated token, e.g. 3.5e11");
            u = ImpliedUtilisation.ofServing(tps, fpt, gpus, peak, Stated.SOURCE);
            summary = Stated.num(tps) + " tokens/s × " + Stated.num(fpt) + " FLOP ÷ (" + Stated.num(gpus) + " × "
                    + Stated.num(peak) + " FLOP/s) = " + Stated.percent(u.value()) + " of peak";
        }
        if (u.value() > 1) {
            summary += " — above 100%: the stated figures cannot all hold at this peak";
        }
        ObjectNode data = Stated.data(mode).put("utilisation", u.value());
        return new ToolResult(data, summary, List.of(u), List.of());
    }
}
