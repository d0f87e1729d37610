package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.core.Citation;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.core.Figure;
import zhiti.econ.units.Formats;
import zhiti.core.Lang;

/**
 * Writes an answer from tool observations: one line per call (the tool's own summary in English, its main figures
 * named in Chinese for a Chinese question), then every assumption, once.
 */
final class FindingsWriter {

    private static final int FIGURES_PER_LINE = 6;

    /** Chinese names for the words tools use in figure names; anything not listed stays as the tool wrote it. */
    private static final Map<String, String> ZH = new LinkedHashMap<>();

    static {
        String[][] words = {
                {"training compute", "训练算力"}, {"GPUs needed", "所需 GPU"}, {"servers needed", "所需服务器"},
                {"training time", "训练时间"}, {"performance density", "性能密度"}, {"rental cost", "租用成本"},
                {"rent", "租用"}, {"capex", "购置支出"}, {"purchase", "购置"}, {"energy cost", "电费"},
                {"electricity", "电力"}, {"energy", "能耗"}, {"carbon", "碳排放"}, {"CO2", "二氧化碳"},
                {"GPU-hours", "GPU 时"}, {"inference compute", "推理算力"}, {"per token", "每 token"},
                {"per query", "每次查询"}, {"fleet", "集群"}, {"servers", "服务器"}, {"KV cache", "KV 缓存"},
                {"weights", "权重"}, {"decode", "解码"}, {"memory", "显存"}, {"CAGR", "年复合增长率"},
                {"compound decline", "年复合下降率"}, {"doubling time", "翻倍时间"}, {"halving time", "减半时间"},
                {"50% crossing", "达到 50% 的时间"}, {"optimal parameters", "最优参数量"}, {"optimal tokens", "最优数据量"},
                {"predicted loss", "预测损失"}, {"iteration time", "每次迭代时间"}, {"days", "天数"},
                {"tokens", "token 数"}, {"parameters", "参数量"}, {"video", "视频"}, {"patches", "图块"}};
        for (String[] w : words) {
            ZH.put(w[0], w[1]);
        }
    }

    private FindingsWriter() {
    }

    static Decision.Finish answer(Lang lang, List<Observation> obs, List<String[]> assumptions) {
        List<String> lines = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (Observation o : obs) {
            if (o.ok()) {
                figures.addAll(o.figures());
                citations.addAll(o.citations());
                lines.add("• " + (lang == Lang.ZH ? chinese(o) : o.summary()));
            } else {
                lines.add("• " + lang.pick("未完成（" + o.step().purpose() + "）：", "not done (" + o.step().purpose() + "): ")
                        + o.error());
            }
        }
        Map<String, String> unique = new LinkedHashMap<>();
        assumptions.forEach(a -> unique.putIfAbsent(a[1], lang.pick(a[0], a[1])));
        if (!unique.isEmpty()) {
            lines.add(lang.pick("假设：", "Assumptions: ") + String.join(lang.pick("；", "; "), unique.values())
                    + lang.pick("。", "."));
        }
        return new Decision.Finish(String.join("\n", lines), figures, citations);
    }

    /** One observation as a line: the tool's own summary, its main figures named in Chinese, or why it failed. */
    static String line(Lang lang, Observation o) {
        if (!o.ok()) {
            return lang.pick("未完成（" + o.step().purpose() + "）：", "not done (" + o.step().purpose() + "): ") + o.error();
        }
        return lang == Lang.ZH ? chinese(o) : o.summary();
    }

    private static String chinese(Observation o) {
        List<String> parts = new ArrayList<>();
        for (Figure f : o.figures().subList(0, Math.min(FIGURES_PER_LINE, o.figures().size()))) {
            parts.add(zhName(f.name()) + "：" + Formats.human(f.value()) + " " + f.unit());
        }
        return parts.isEmpty() ? o.summary() : String.join("；", parts);
    }

    static String zhName(String name) {
        String out = name;
        for (var e : ZH.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}
