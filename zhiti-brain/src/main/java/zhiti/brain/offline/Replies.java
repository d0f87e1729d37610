package zhiti.brain.offline;

import java.util.List;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import java.util.Map;
import zhiti.brain.route.IntentRouter.Route;
import zhiti.brain.route.IntentRouter.Scored;
import zhiti.core.Lang;

/** The brain's own words when no tool answers: a follow-up question, or what it can do instead. */
final class Replies {

    /** How each intent is described to a user choosing between them. */
    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("training_compute", new String[]{"训练算力（FLOP）", "training compute (FLOP)"}),
            Map.entry("training_cluster", new String[]{"训练所需 GPU/服务器数量或天数", "GPUs, servers or days for a training run"}),
            Map.entry("training_cost", new String[]{"训练成本（租用或购买）", "training cost (rent or buy)"}),
            Map.entry("training_energy", new String[]{"训练耗电与碳排放", "training energy and carbon"}),
            Map.entry("inference_compute", new String[]{"推理算力与服务规模", "inference compute and serving fleet"}),
            Map.entry("inference_memory", new String[]{"推理显存（KV cache）与解码速度", "inference memory (KV cache) and decode speed"}),
            Map.entry("chip_metrics", new String[]{"芯片 TPP、性能密度与出口管制分类", "chip TPP, performance density and export class"}),
            Map.entry("catalog_lookup", new String[]{"模型或芯片的规格", "specs of a model or chip"}),
            Map.entry("trend_growth", new String[]{"增长率 / 复合下降率", "growth rate or compound decline"}),
            Map.entry("trend_fit", new String[]{"趋势拟合（翻倍时间、S 曲线）", "trend fits (doubling time, S-curves)"}),
            Map.entry("scaling_law", new String[]{"规模定律（最优参数与数据量）", "scaling laws (optimal N and D)"}),
            Map.entry("training_plan", new String[]{"并行训练方案与 MFU", "parallel training plans and MFU"}),
            Map.entry("video_compute", new String[]{"视频生成模型的算力", "compute for video generation models"}),
            Map.entry("kb_question", new String[]{"报告与文档中的内容", "what the reports and documents say"}),
            Map.entry("memory_op", new String[]{"记住或查找之前的内容", "remembering or recalling earlier notes"}));

    private Replies() {
    }

    static String clarify(Lang lang, Route route) {
        List<String> options = route.ranking().stream().map(Scored::intent).filter(LABELS::containsKey).limit(2)
                .map(i -> LABELS.get(i)[lang == Lang.ZH ? 0 : 1]).toList();
        String which = options.isEmpty() ? "" : lang.pick("您是想问" + String.join("，还是", options) + "？",
                "Did you mean " + String.join(", or ", options) + "? ");
        return which + lang.pick("请补充具体对象和数字，例如模型（GPT-3、Llama 2 70B）、芯片（A100、H100）、天数或 GPU 数量。",
                "Please name what to compute and the numbers you have, e.g. a model (GPT-3, Llama 2 70B), a chip "
                        + "(A100, H100), days or a GPU count.");
    }

    /** A step that failed, said so the user can fix the question. */
    static Decision.Finish failure(Lang lang, Observation failed) {
        return new Decision.Finish(lang.pick("无法完成这一步（" + failed.step().purpose() + "）：" + failed.error() + "。请修正问题后再试。",
                "Could not complete a step (" + failed.step().purpose() + "): " + failed.error() + ". Please fix the "
                        + "question and ask again."), List.of(), List.of());
    }

    static String outOfScope(Lang lang) {
        return lang.pick("""
                这超出了我的范围。我专注于 AI 产业分析：训练与推理算力、GPU 与集群规模、成本与能耗、芯片指标、趋势与规模定律，\
                以及知识库中的研究报告。例如：
                  · 用 DGX A100 在 7 天内训练 GPT-3 需要多少台服务器？
                  · H100 的 TPP 是多少，是否受出口管制？""", """
                That is outside what I do. I analyse the AI industry: training and inference compute, GPU and cluster \
                sizes, cost and energy, chip metrics, trends and scaling laws, and the research reports in my \
                knowledge base. For example:
                  - How many DGX A100 servers are needed to train GPT-3 in 7 days?
                  - What is the TPP of the H100, and is it export-controlled?""");
    }
}
