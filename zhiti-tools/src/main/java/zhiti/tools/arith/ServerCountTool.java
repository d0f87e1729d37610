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
import zhiti.econ.chip.ServerCount;

/** Servers for a number of accelerators (rounded up: servers come whole), or accelerators in a number of servers. */
public final class ServerCountTool implements Tool {

    /** Each mode's arguments; the arguments given pick the mode. */
    private static final Map<String, List<String>> MODES = new LinkedHashMap<>();

    static {
        MODES.put("servers", List.of("gpus", "gpus_per_server"));
        MODES.put("gpus", List.of("servers", "gpus_per_server"));
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("servers").needs(Quantity.GPUS, "gpus")
                    .defaults(Quantity.GPUS_PER_SERVER, "gpus_per_server", 8, "每台服务器 8 张卡（HGX/DGX 规格）",
                            "8 accelerators per server, as in HGX/DGX systems")
                    .gives(Quantity.SERVERS, "/servers").build(),
            Signature.of("hold").needs(Quantity.MEMORY_GPUS, "gpus")
                    .defaults(Quantity.GPUS_PER_SERVER, "gpus_per_server", 8, "每台服务器 8 张卡（HGX/DGX 规格）",
                            "8 accelerators per server, as in HGX/DGX systems")
                    .gives(Quantity.MEMORY_SERVERS, "/servers").build(),
            Signature.of("gpus").needs(Quantity.SERVERS, "servers")
                    .needs(Quantity.GPUS_PER_SERVER, "gpus_per_server")
                    .gives(Quantity.GPUS, "/gpus").build());

    @Override
    public String name() {
        return ToolName.SERVER_COUNT.id();
    }

    @Override
    public String description() {
        return "Servers and accelerators: servers = ⌈gpus ÷ gpus_per_server⌉ (exact quotient in servers_exact), or "
                + "gpus = servers × gpus_per_server. The server size is never guessed (8 for DGX/HGX, 4, 16…).";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("gpus", "accelerators to house, e.g. 10000")
                .integer("servers", "whole servers, e.g. 1250")
                .integer("gpus_per_server", "accelerators in one server, e.g. 8")
                .required("gpus_per_server").build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    /**
     * Whole servers to buy, and when the last one is not full the unrounded quotient too: "how many servers is that
     * equal to" wants 2.3, "how many must we buy" wants 3.
     */
    private static List<Figure> figures(ServerCount.Servers s, double gpus, int per) {
        if (Math.abs(s.exact() - Math.rint(s.exact())) < 1e-9) {
            return List.of(s.servers());
        }
        // the unrounded quotient first: the whole count to buy is the result a chain carries on
        return List.of(new Figure("server equivalents (unrounded)", s.exact(), "server",
                "servers = GPUs ÷ GPUs per server", Figure.inputs("GPUs", gpus, "GPUs per server", per),
                Stated.SOURCE), s.servers());
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        String mode = a.mode(MODES);
        int per = a.args().positiveInt("gpus_per_server", 1);
        ObjectNode data = Stated.data(mode).put("gpus_per_server", per);
        if (mode.equals("servers")) {
            double gpus = a.positive("gpus", "");
            ServerCount.Servers s = ServerCount.forGpus(gpus, per, Stated.SOURCE);
            data.put("servers", s.servers().value()).put("servers_exact", s.exact()).put("gpus", gpus);
            return new ToolResult(data, Stated.num(gpus) + " GPUs ÷ " + per + " per server = "
                    + (long) s.servers().value() + " servers (" + Stated.num(s.exact()) + " exact)",
                    figures(s, gpus, per), List.of());
        }
        int servers = a.args().positiveInt("servers", 1);
        Figure gpus = ServerCount.gpusIn(servers, per, Stated.SOURCE);
        data.put("gpus", gpus.value()).put("servers", servers);
        return new ToolResult(data, servers + " servers × " + per + " GPUs = " + Stated.num(gpus.value()) + " GPUs",
                List.of(gpus), List.of());
    }
}
