package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import zhiti.brain.offline.ToolCallMethod.Call;
import zhiti.brain.offline.ToolCallMethod.MissingSlot;
import zhiti.econ.catalog.Catalog;

/**
 * The methods of the calculator and lookup intents: which tool each calls, with which arguments from the slots,
 * and which defaults it states when the question leaves a slot empty.
 */
final class IntentMethods {

    static final String DEFAULT_HARDWARE = "H100 SXM5 80GB";
    private static final Pattern S_CURVE = Pattern.compile("渗透|普及|penetration|adoption|S[\\s-]*(曲线|curve)|logistic|50\\s*%",
            Pattern.CASE_INSENSITIVE);

    private final Catalog catalog;

    private IntentMethods(Catalog catalog) {
        this.catalog = catalog;
    }

    static void register(Map<String, Method> methods, Catalog catalog) {
        IntentMethods m = new IntentMethods(catalog);
        methods.put("training_cost", new ToolCallMethod("training_cost", m::trainingCost));
        methods.put("training_energy", new ToolCallMethod("training_energy", m::trainingEnergy));
        methods.put("inference_compute", new ToolCallMethod("inference_compute", m::inferenceCompute));
        methods.put("inference_memory", new ToolCallMethod("inference_memory", m::inferenceMemory));
        methods.put("chip_metrics", new ToolCallMethod("chip_metrics", m::chipMetrics));
        methods.put("catalog_lookup", new ToolCallMethod("catalog_lookup", m::lookup));
        methods.put("trend_growth", new ToolCallMethod("trend_growth", m::trendGrowth));
        methods.put("trend_fit", new ToolCallMethod("trend_fit", m::trendFit));
        methods.put("scaling_law", new ToolCallMethod("scaling_law", m::scalingLaw));
        methods.put("training_plan", new ToolCallMethod("training_plan", m::trainingPlan));
        methods.put("video_compute", new ToolCallMethod("video_compute", m::videoCompute));
    }

    private List<Call> trainingCost(Slots s) {
        List<Call> calls = new ArrayList<>();
        for (String hw : hardwareOrDefault(s)) {
            List<String[]> as = new ArrayList<>();
            ObjectNode a = workload(s, as).put("hardware", hw).put("mode", "both");
            period(s, a, as);
            s.usdPerGpuHour().ifPresent(p -> a.put("usd_per_gpu_hour", p));
            defaultHardware(s, as);
            calls.add(new Call("training_cost", a, "cost of the run on " + hw, as));
        }
        return calls;
    }

    private List<Call> trainingEnergy(Slots s) {
        List<Call> calls = new ArrayList<>();
        for (String hw : hardwareOrDefault(s)) {
            List<String[]> as = new ArrayList<>();
            ObjectNode a = workload(s, as).put("hardware", hw);
            defaultHardware(s, as);
            calls.add(new Call("training_energy", a, "energy of the run on " + hw, as));
        }
        return calls;
    }

    private List<Call> inferenceCompute(Slots s) {
        List<String[]> as = new ArrayList<>();
        ObjectNode a = obj();
        modelOrParams(s, a, "推理哪个模型？请给出模型名或参数量（例如 GPT-3、1750 亿参数）。",
                "Which model serves the traffic? Name it or give its parameters (e.g. GPT-3, 175B).");
        s.hardware().stream().findFirst().ifPresent(hw -> a.put("hardware", hw));
        s.utilisation().ifPresent(u -> a.put("utilisation", u));
        return List.of(new Call("inference_compute", a, "inference compute per token and query", as));
    }

    private List<Call> inferenceMemory(Slots s) {
        ObjectNode a = obj();
        if (s.model().isEmpty()) {
            throw new MissingSlot("请给出模型名（例如 Llama 2 70B），以便读取层数和注意力头数。",
                    "Name the model (e.g. Llama 2 70B) so its layers and heads can be read from the catalog.");
        }
        a.put("model", s.model().get());
        s.hardware().stream().findFirst().ifPresent(hw -> a.put("hardware", hw));
        return List.of(new Call("inference_memory", a, "KV cache and decode speed of " + s.model().get(), List.of()));
    }

    private List<Call> chipMetrics(Slots s) {
        List<String> chips = chips(s);
        if (chips.isEmpty()) {
            throw new MissingSlot("请给出芯片名（例如 H100、H20、昇腾 910B），或给出 TFLOPS、位宽和芯片面积。",
                    "Name the chip (e.g. H100, H20, Ascend 910B), or give its TFLOPS, bit width and die area.");
        }
        return chips.stream().map(c -> new Call("chip_metrics", obj().put("chip", c), "TPP and class of " + c,
                List.<String[]>of())).toList();
    }

    private List<Call> lookup(Slots s) {
        List<Call> calls = new ArrayList<>();
        s.models().forEach(m -> calls.add(new Call("catalog_lookup", obj().put("kind", "model").put("name", m),
                "facts about " + m, List.of())));
        s.hardware().forEach(h -> calls.add(new Call("catalog_lookup",
                obj().put("kind", catalog.systems().find(h).isPresent() ? "system" : "accelerator").put("name", h),
                "facts about " + h, List.of())));
        s.series().forEach(x -> calls.add(new Call("catalog_lookup", obj().put("kind", "series").put("name", x),
                "the series " + x, List.of())));
        if (calls.isEmpty()) {
            throw new MissingSlot("要查哪个模型、芯片或数据序列？例如 GPT-3、H100、DGX A100。",
                    "Which model, chip or series should I look up? For example GPT-3, H100, DGX A100.");
        }
        return calls;
    }

    private List<Call> trendGrowth(Slots s) {
        return series(s, "trend_growth", x -> obj().put("series", x), "growth of ");
    }

    private List<Call> trendFit(Slots s) {
        return series(s, "trend_fit", x -> obj().put("series", x).put("model",
                S_CURVE.matcher(x).find() ? "logistic" : "loglinear"), "trend fit of ");
    }

    private List<Call> series(Slots s, String tool, java.util.function.Function<String, ObjectNode> args, String what) {
        if (s.series().isEmpty()) {
            throw new MissingSlot("请指明数据序列（例如 每 GFLOPS 成本、比特币算力、电池成本、新能源车渗透率），或给出起止年份和数值。",
                    "Name the series (e.g. cost per GFLOPS, bitcoin hash rate, battery cost, NEV share), or give "
                            + "start and end dates with values.");
        }
        return s.series().stream().map(x -> new Call(tool, args.apply(x), what + x, List.<String[]>of())).toList();
    }

    private List<Call> scalingLaw(Slots s) {
        ObjectNode a = obj();
        if (s.computeFlop().isPresent()) {
            a.put("compute_flop", s.computeFlop().getAsDouble());
        } else {
            double n = s.params().orElse(s.model().flatMap(m -> catalog.models().find(m)).map(c -> c.params()).orElse(Double.NaN));
            double d = s.tokens().orElse(s.model().flatMap(m -> catalog.models().find(m))
                    .flatMap(c -> c.trainingTokens().isPresent() ? java.util.Optional.of(c.trainingTokens().getAsDouble())
                            : java.util.Optional.<Double>empty()).orElse(Double.NaN));
            if (Double.isNaN(n) || Double.isNaN(d)) {
                throw new MissingSlot("请给出算力预算（例如 1e24 FLOP），或模型的参数量和训练 token 数。",
                        "Give a compute budget (e.g. 1e24 FLOP), or a model's parameters and training tokens.");
            }
            a.put("params", n).put("tokens", d);
        }
        a.put("law", "chinchilla");
        return List.of(new Call("scaling_law", a, "compute-optimal N and D (Chinchilla)",
                List.<String[]>of(new String[]{"采用 Chinchilla（Hoffmann 等，2022）拟合常数",
                        "Chinchilla constants (Hoffmann et al. 2022)"})));
    }

    private List<Call> trainingPlan(Slots s) {
        if (s.model().isEmpty()) {
            throw new MissingSlot("请给出模型名（例如 GPT-3、Llama 2 70B）和 GPU 数量。",
                    "Name the model (e.g. GPT-3, Llama 2 70B) and the number of GPUs.");
        }
        List<String[]> as = new ArrayList<>();
        ObjectNode a = obj().put("model", s.model().get()).put("hardware", hardwareOrDefault(s).get(0));
        defaultHardware(s, as);
        if (s.gpus().isPresent()) {
            a.put("gpus", s.gpus().getAsLong());
        } else {
            a.put("gpus", 1024);
            as.add(new String[]{"集群规模取 1024 块 GPU", "a cluster of 1,024 GPUs"});
        }
        s.tokens().ifPresent(t -> a.put("tokens", t));
        return List.of(new Call("training_plan", a, "best parallel plan for " + s.model().get(), as));
    }

    private List<Call> videoCompute(Slots s) {
        ObjectNode a = obj();
        List<String[]> as = new ArrayList<>();
        s.hardware().stream().findFirst().ifPresent(h -> a.put("hardware", h));
        s.gpus().ifPresent(g -> a.put("gpus", g));
        s.params().ifPresent(p -> a.put("params", p));
        as.add(new String[]{"其余输入采用报告对 Sora 的假设", "other inputs follow the report's Sora assumptions"});
        return List.of(new Call("video_compute", a, "video model compute chain", as));
    }

    /** The model (or N and D) the run trains, or compute given directly. */
    private ObjectNode workload(Slots s, List<String[]> as) {
        ObjectNode a = obj();
        if (s.computeFlop().isPresent()) {
            return a.put("compute_flop", s.computeFlop().getAsDouble());
        }
        if (s.model().isPresent() && s.params().isEmpty() && s.tokens().isEmpty()) {
            a.put("model", s.model().get());
        } else if (s.params().isPresent() && s.tokens().isPresent()) {
            a.put("compute_flop", 6 * s.params().getAsDouble() * s.tokens().getAsDouble());
            as.add(new String[]{"C = 6·N·D", "C = 6·N·D"});
        } else if (s.model().isPresent()) {
            a.put("model", s.model().get());
        } else {
            throw new MissingSlot("请给出模型（例如 GPT-3），或参数量和训练 token 数，或总算力（FLOP）。",
                    "Give a model (e.g. GPT-3), or its parameters and training tokens, or the compute in FLOP.");
        }
        a.put("utilisation", s.utilisation().orElse(TrainingMethod.DEFAULT_UTILISATION));
        if (s.utilisation().isEmpty()) {
            as.add(new String[]{"利用率取稠密峰值的 40%", "utilisation 40% of dense peak"});
        }
        s.precision().ifPresent(p -> a.put("precision", p.label()));
        return a;
    }

    private static void period(Slots s, ObjectNode a, List<String[]> as) {
        if (s.days().isPresent()) {
            a.put("days", s.days().getAsDouble());
        } else if (s.gpus().isPresent()) {
            a.put("gpus", s.gpus().getAsLong());
        } else {
            a.put("days", 30);
            as.add(new String[]{"训练周期取 30 天", "a 30-day run"});
        }
    }

    private static void modelOrParams(Slots s, ObjectNode a, String zh, String en) {
        if (s.model().isPresent()) {
            a.put("model", s.model().get());
        } else if (s.params().isPresent()) {
            a.put("params", s.params().getAsDouble());
        } else {
            throw new MissingSlot(zh, en);
        }
    }

    private static List<String> hardwareOrDefault(Slots s) {
        return s.hardware().isEmpty() ? List.of(DEFAULT_HARDWARE) : s.hardware();
    }

    private static void defaultHardware(Slots s, List<String[]> as) {
        if (s.hardware().isEmpty()) {
            as.add(new String[]{"未指定硬件，按 H100 SXM 计算", "no hardware named, so H100 SXM"});
        }
    }

    /** Accelerators named directly or through the server that holds them. */
    private List<String> chips(Slots s) {
        return s.hardware().stream().map(h -> catalog.systems().find(h).map(x -> x.accelerator().name()).orElse(h))
                .distinct().toList();
    }

    private static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }
}
