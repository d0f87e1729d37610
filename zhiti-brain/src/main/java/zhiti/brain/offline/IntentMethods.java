package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import zhiti.brain.offline.ToolCallMethod.Call;
import zhiti.brain.offline.ToolCallMethod.MissingSlot;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;

/**
 * The methods of the calculator and lookup intents: which tool each calls, with which arguments from the slots,
 * and which defaults it states when the question leaves a slot empty.
 */
final class IntentMethods {

    static final String DEFAULT_HARDWARE = "H100 SXM5 80GB";
    static final long DEFAULT_SEQ_LEN = 4096;
    static final double TOKENS_PER_QUERY = 267;
    private static final Pattern S_CURVE = Pattern.compile("渗透|普及|penetration|adoption|S[\\s-]*(曲线|curve)|logistic|50\\s*%",
            Pattern.CASE_INSENSITIVE);

    private static final int MIN_FIT_POINTS = 3;

    private final Catalog catalog;
    private final SeriesCatalog series;
    private final TrainingMethod training;

    private IntentMethods(Catalog catalog, SeriesCatalog series, TrainingMethod training) {
        this.catalog = catalog;
        this.series = series;
        this.training = training;
    }

    static void register(Map<String, Method> methods, Catalog catalog, SeriesCatalog series, TrainingMethod training) {
        IntentMethods m = new IntentMethods(catalog, series, training);
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
            ObjectNode a = workload(s, as).put("hardware", hw).put("mode", "both")
                    .put("precision", training.precisionFor(s, hw).label());
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
            ObjectNode a = workload(s, as).put("hardware", hw).put("precision", training.precisionFor(s, hw).label());
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
        Slots.Serving sv = s.serving();
        if (sv.tokensPerQuery().isPresent()) {
            a.put("tokens_per_query", sv.tokensPerQuery().getAsDouble());
        } else {
            a.put("tokens_per_query", TOKENS_PER_QUERY);
            as.add(new String[]{"每次问答 267 个 token（约 20 字提问、200 字回答，种子报告 002 的假设）",
                    "267 tokens per query (a 20-character question and 200-character answer, as seed 002 assumes)"});
        }
        sv.dailyVisits().ifPresent(v -> a.put("daily_visits", v));
        sv.queriesPerVisit().ifPresent(v -> a.put("queries_per_visit", v));
        s.hardware().stream().findFirst().ifPresent(hw -> a.put("hardware", hw));
        a.put("utilisation", s.utilisation().orElse(TrainingMethod.DEFAULT_UTILISATION));
        if (s.utilisation().isEmpty()) {
            as.add(new String[]{"利用率取稠密峰值的 40%", "utilisation 40% of dense peak"});
        }
        return List.of(new Call("inference_compute", a, "inference compute per token and query", as));
    }

    private List<Call> inferenceMemory(Slots s) {
        ObjectNode a = obj();
        if (s.model().isEmpty()) {
            throw new MissingSlot("请给出模型名（例如 Llama 2 70B），以便读取层数和注意力头数。",
                    "Name the model (e.g. Llama 2 70B) so its layers and heads can be read from the catalog.");
        }
        List<String[]> as = new ArrayList<>();
        a.put("model", s.model().get());
        s.hardware().stream().findFirst().ifPresent(hw -> a.put("hardware", hw));
        Slots.Serving sv = s.serving();
        a.put("seq_len", sv.seqLen().orElse(DEFAULT_SEQ_LEN));
        if (sv.seqLen().isEmpty()) {
            as.add(new String[]{"上下文长度取 4096 token", "a 4,096-token context"});
        }
        a.put("batch", sv.batch().orElse(1));
        if (sv.batch().isEmpty()) {
            as.add(new String[]{"批大小为 1", "batch size 1"});
        }
        return List.of(new Call("inference_memory", a, "KV cache and decode speed of " + s.model().get(), as));
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

    /** Between the first and last year the question names, else over the whole series. */
    private List<Call> trendGrowth(Slots s) {
        return series(s, "trend_growth", x -> {
            ObjectNode a = obj().put("series", x);
            if (s.years().size() >= 2) {
                a.put("start_date", String.valueOf(Collections.min(s.years())))
                        .put("end_date", String.valueOf(Collections.max(s.years())));
            }
            return a;
        }, "growth of ");
    }

    /** A fit needs three or more observed points; a thin series gives way to its best-covered sibling. */
    private List<Call> trendFit(Slots s) {
        List<Call> calls = new ArrayList<>();
        for (String name : s.series()) {
            List<String[]> as = new ArrayList<>();
            String use = name;
            if (series.get(name).observed().size() < (series.get(name).unit().startsWith("%") ? 2 : MIN_FIT_POINTS)) {
                String family = name.contains(" (") ? name.substring(0, name.indexOf(" (")) : name;
                use = series.all().stream().filter(x -> x.name().startsWith(family))
                        .max(Comparator.comparingInt(x -> x.observed().size())).map(x -> x.name()).orElse(name);
                if (!use.equals(name)) {
                    as.add(new String[]{name + " 只有 " + series.get(name).observed().size() + " 个观测点，不足以拟合，改用 " + use,
                            name + " has only " + series.get(name).observed().size() + " observed points, too few to fit; "
                                    + "used " + use});
                }
            }
            boolean share = series.get(use).unit().startsWith("%");
            ObjectNode a = obj().put("series", use).put("model", share || S_CURVE.matcher(use).find() ? "logistic" : "loglinear");
            if (share) {
                // a share saturates at 100%: fixing the ceiling leaves two parameters, so two points can be fitted
                a.put("ceiling", 100);
                as.add(new String[]{"S 曲线上限取 100%", "an S-curve ceiling of 100%"});
            }
            calls.add(new Call("trend_fit", a, "trend fit of " + use, as));
        }
        if (calls.isEmpty()) {
            return series(s, "trend_fit", x -> obj(), "");
        }
        return calls;
    }

    private List<Call> series(Slots s, String tool, Function<String, ObjectNode> args, String what) {
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
                    .flatMap(c -> c.trainingTokens().isPresent() ? Optional.of(c.trainingTokens().getAsDouble())
                            : Optional.<Double>empty()).orElse(Double.NaN));
            if (Double.isNaN(n) || Double.isNaN(d)) {
                throw new MissingSlot("请给出算力预算（例如 1e24 FLOP），或模型的参数量和训练 token 数。",
                        "Give a compute budget (e.g. 1e24 FLOP), or a model's parameters and training tokens.");
            }
            a.put("params", n).put("tokens", d);
        }
        a.put("law", "chinchilla");
        // the default law answers budgets with the 20-tokens rule and losses with the approach-3 fit
        String[] assumed = a.has("compute_flop")
                ? new String[]{"按 Chinchilla 计算最优比例取 D = 20·N（Hoffmann 等，2022）",
                        "D = 20·N, the Chinchilla compute-optimal ratio (Hoffmann et al. 2022)"}
                : new String[]{"损失按 Chinchilla 方法三拟合常数计算（Hoffmann 等，2022）",
                        "loss from the Chinchilla approach-3 fit (Hoffmann et al. 2022)"};
        return List.of(new Call("scaling_law", a, "compute-optimal N and D (Chinchilla)", List.<String[]>of(assumed)));
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
        long gpus = a.get("gpus").asLong();
        a.put("global_batch", gpus);
        as.add(new String[]{"全局批大小取每卡一条序列（" + gpus + "）", "a global batch of one sequence per GPU (" + gpus + ")"});
        s.tokens().ifPresent(t -> a.put("tokens", t));
        return List.of(new Call("training_plan", a, "best parallel plan for " + s.model().get(), as));
    }

    /**
     * Without other figures, the data set and fleet are seed 002's Sora estimate: 6e9 images and 3.5e7 videos of
     * 30 s at 60 fps, 1024×1980 frames, on 10,000 A100 at their FP32 peak.
     */
    private List<Call> videoCompute(Slots s) {
        ObjectNode a = obj().put("images", 6e9).put("videos", 3.5e7).put("seconds", 30).put("fps", 60);
        List<String[]> as = new ArrayList<>();
        as.add(new String[]{"数据集按种子报告 002 对 Sora 的估计：60 亿张图片、3500 万个 30 秒 60 帧的视频",
                "the data set of seed 002's Sora estimate: 6e9 images and 3.5e7 videos of 30 s at 60 fps"});
        if (s.params().isPresent()) {
            a.put("params", s.params().getAsDouble());
        } else {
            a.put("model", s.model().orElse("Sora"));
            if (s.model().orElse("Sora").equals("Sora")) {
                as.add(new String[]{"参数取报告声明的 30B；报告的公式实际代入了 3B（得 2.6e24 FLOP、约 154 天），两者相差 10 倍",
                        "30B parameters as the report states; its own formula used 3B (2.6e24 FLOP, about 154 days), "
                                + "a factor of 10 apart"});
            }
        }
        if (s.hardware().isEmpty()) {
            a.put("hardware", "A100").put("precision", "fp32");
            as.add(new String[]{"硬件按报告取 A100 的 FP32 峰值 19.5 TFLOP/s", "A100 at its FP32 peak of 19.5 TFLOP/s, as the report assumes"});
        } else {
            a.put("hardware", chips(s).get(0)).put("precision", training.precisionFor(s, s.hardware().get(0)).label());
        }
        a.put("gpus", s.gpus().orElse(10_000));
        if (s.gpus().isEmpty()) {
            as.add(new String[]{"按报告取 10,000 张卡", "10,000 accelerators, as the report assumes"});
        }
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

    /** A parameter count the question states wins over the catalog's estimate for the model it names. */
    private static void modelOrParams(Slots s, ObjectNode a, String zh, String en) {
        if (s.params().isPresent()) {
            a.put("params", s.params().getAsDouble());
        } else if (s.model().isPresent()) {
            a.put("model", s.model().get());
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
