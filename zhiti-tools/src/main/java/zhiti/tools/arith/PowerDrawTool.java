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
import zhiti.econ.energy.EnergyUse;

/**
 * What a fleet draws at once: accelerators (or servers) × watts each × PUE; or how many accelerators a power budget feeds. Without a stated PUE the answer is
 * the IT load (PUE 1) and says so, since a facility's overhead varies from about 1.1 to 1.6.
 */
public final class PowerDrawTool implements Tool {

    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("gpus", List.of("gpus", "watts_per_gpu"));
        MODES.put("servers", List.of("servers", "watts_per_server"));
        MODES.put("fit", List.of("kw", "watts_per_gpu"));
    }

    private static final String[] IT_ONLY = {"未给出 PUE，只计 IT 负载（PUE 1）", "no PUE stated, so the IT load alone (PUE 1)"};

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("gpus").needs(Quantity.GPUS, "gpus").needs(Quantity.WATTS_PER_GPU, "watts_per_gpu")
                    .defaults(Quantity.PUE, "pue", 1.0, IT_ONLY[0], IT_ONLY[1])
                    .gives(Quantity.POWER_DRAW, "/kw", 1000).build(),
            Signature.of("servers").needs(Quantity.SERVERS, "servers").needs(Quantity.WATTS_PER_SERVER, "watts_per_server")
                    .defaults(Quantity.PUE, "pue", 1.0, IT_ONLY[0], IT_ONLY[1])
                    .gives(Quantity.POWER_DRAW, "/kw", 1000).build(),
            // "a 20 MW hall (cooling included), PUE 1.3, 1.2 kW a card: how many cards at most?"
            Signature.of("fit").needs(Quantity.POWER_BUDGET, "kw", 1000).needs(Quantity.WATTS_PER_GPU, "watts_per_gpu")
                    .defaults(Quantity.PUE, "pue", 1.0, IT_ONLY[0], IT_ONLY[1])
                    .gives(Quantity.GPUS, "/gpus").build());

    @Override
    public String name() {
        return ToolName.POWER_DRAW.id();
    }

    @Override
    public String description() {
        return "Power drawn at once, in kW = gpus × watts_per_gpu × PUE ÷ 1000 (or servers × watts_per_server × PUE "
                + "÷ 1000). PUE defaults to 1, the IT load alone; give the facility's PUE (e.g. 1.3) for its total.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("gpus", "accelerators drawing power, e.g. 1000")
                .number("watts_per_gpu", "W per accelerator, e.g. 700 for an H100 SXM")
                .number("servers", "servers drawing power, e.g. 512")
                .number("watts_per_server", "W per server, e.g. 10200 for a DGX H100")
                .number("pue", "facility power ÷ IT power, 1-3; default 1 (IT load only)")
                .number("kw", "a facility's power budget in kW, to find how many accelerators it feeds (with watts_per_gpu)")
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
        if (mode.equals("fit")) {
            return fit(a);
        }
        boolean gpus = mode.equals("gpus");
        double units = a.positive(gpus ? "gpus" : "servers", "");
        double watts = a.positive(gpus ? "watts_per_gpu" : "watts_per_server", "");
        double pue = a.optional("pue").orElse(1.0);
        Figure f = EnergyUse.powerDraw(units, watts, pue, gpus ? "GPU" : "server", Stated.SOURCE);
        ObjectNode data = Stated.data(mode).put(gpus ? "gpus" : "servers", units)
                .put(gpus ? "watts_per_gpu" : "watts_per_server", watts).put("pue", pue).put("kw", f.value())
                .put("mw", f.value() / 1e3);
        String summary = Stated.num(units) + (gpus ? " GPUs" : " servers") + " × " + Stated.num(watts) + " W × PUE "
                + Stated.num(pue) + " = " + Stated.num(f.value()) + " kW" + (pue == 1 ? " (IT load only)" : "");
        return new ToolResult(data, summary, List.of(f), List.of());
    }

    /** Whole accelerators a power budget feeds: ⌊kW × 1000 ÷ (W each × PUE)⌋. */
    private static ToolResult fit(Stated a) {
        double kw = a.positive("kw", "the facility's power budget in kW, e.g. 20000");
        double watts = a.positive("watts_per_gpu", "W per accelerator, e.g. 1200");
        double pue = a.optional("pue").orElse(1.0);
        double exact = kw * 1000 / (watts * pue);
        long whole = (long) Math.floor(exact + 1e-9);
        Figure f = new Figure("accelerators the power budget feeds", whole, "GPU", "GPUs = ⌊kW × 1000 ÷ (W each × PUE)⌋",
                Figure.inputs("kW", kw, "W each", watts, "PUE", pue), Stated.SOURCE);
        ObjectNode data = Stated.data("fit").put("gpus", whole).put("gpus_exact", exact).put("kw", kw)
                .put("watts_per_gpu", watts).put("pue", pue);
        return new ToolResult(data, Stated.num(kw) + " kW ÷ (" + Stated.num(watts) + " W × PUE " + Stated.num(pue) + ") = "
                + Stated.num(exact) + " → " + whole + " accelerators", List.of(f), List.of());
    }
}
