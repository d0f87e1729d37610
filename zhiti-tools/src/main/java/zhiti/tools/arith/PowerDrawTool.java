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
 * What a fleet draws at once: accelerators (or servers) × watts each × PUE. Without a stated PUE the answer is
 * the IT load (PUE 1) and says so, since a facility's overhead varies from about 1.1 to 1.6.
 */
public final class PowerDrawTool implements Tool {

    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("gpus", List.of("gpus", "watts_per_gpu"));
        MODES.put("servers", List.of("servers", "watts_per_server"));
    }

    private static final String[] IT_ONLY = {"未给出 PUE，只计 IT 负载（PUE 1）", "no PUE stated, so the IT load alone (PUE 1)"};

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("gpus").needs(Quantity.GPUS, "gpus").needs(Quantity.WATTS_PER_GPU, "watts_per_gpu")
                    .defaults(Quantity.PUE, "pue", 1.0, IT_ONLY[0], IT_ONLY[1])
                    .gives(Quantity.POWER_DRAW, "/kw", 1000).build(),
            Signature.of("servers").needs(Quantity.SERVERS, "servers").needs(Quantity.WATTS_PER_SERVER, "watts_per_server")
                    .defaults(Quantity.PUE, "pue", 1.0, IT_ONLY[0], IT_ONLY[1])
                    .gives(Quantity.POWER_DRAW, "/kw", 1000).build());

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
}
