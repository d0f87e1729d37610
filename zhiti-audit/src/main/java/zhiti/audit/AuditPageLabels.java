package zhiti.audit;

import java.util.Map;

/** The page's words in English and Chinese; verdict words match the terminal summary's. */
final class AuditPageLabels {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"Audit report", "审计报告"}),
            Map.entry("meta", new String[] {"%d document(s), %d numeric claims", "%d 份文档，%d 个数字论断"}),
            Map.entry("claimsIn", new String[] {"%d claims", "%d 个论断"}),
            Map.entry("filter", new String[] {"Show", "显示"}),
            Map.entry("all", new String[] {"All claims", "全部论断"}),
            Map.entry("flaggedOnly", new String[] {"Flagged only", "仅看问题"}),
            Map.entry("flagged", new String[] {"Flagged", "需要注意"}),
            Map.entry("noFlagged", new String[] {"No discrepancies or inconsistencies were found.", "未发现不符或矛盾。"}),
            Map.entry("noText", new String[] {"The text of this document was not given.", "未提供该文档的文本。"}),
            Map.entry("recomputation", new String[] {"Recomputation", "复算"}),
            Map.entry("close", new String[] {"Close", "关闭"}),
            Map.entry("verdict", new String[] {"Verdict", "结论"}),
            Map.entry("kind", new String[] {"Kind", "类型"}),
            Map.entry("stated", new String[] {"Stated", "报告数值"}),
            Map.entry("computed", new String[] {"Computed", "复算数值"}),
            Map.entry("unit", new String[] {"Unit", "单位"}),
            Map.entry("formula", new String[] {"Formula", "公式"}),
            Map.entry("inputs", new String[] {"Inputs", "输入"}),
            Map.entry("input", new String[] {"Input", "输入项"}),
            Map.entry("value", new String[] {"Value", "数值"}),
            Map.entry("quoted", new String[] {"As printed", "原文"}),
            Map.entry("sources", new String[] {"Sources", "来源"}),
            Map.entry("explanation", new String[] {"Explanation", "说明"}),
            Map.entry("other", new String[] {"Other statement", "另一处表述"}),
            Map.entry("v.discrepancy", new String[] {"discrepancy", "不符"}),
            Map.entry("v.inconsistent", new String[] {"inconsistent", "矛盾"}),
            Map.entry("v.reproduces", new String[] {"reproduces", "复算一致"}),
            Map.entry("v.unchecked", new String[] {"unchecked", "未核"}),
            Map.entry("k.percentage", new String[] {"percentage", "百分比"}),
            Map.entry("k.growth", new String[] {"growth rate", "增长率"}),
            Map.entry("k.cagr", new String[] {"CAGR", "复合增长率"}),
            Map.entry("k.multiple", new String[] {"multiple", "倍数"}),
            Map.entry("k.share_sum", new String[] {"shares summing", "占比合计"}),
            Map.entry("k.sum", new String[] {"sum", "合计"}),
            Map.entry("k.product", new String[] {"product", "乘积"}),
            Map.entry("k.training_compute", new String[] {"training compute", "训练算力"}),
            Map.entry("k.training_time", new String[] {"training time", "训练时长"}),
            Map.entry("k.inference_chain", new String[] {"inference chain", "推理链"}),
            Map.entry("k.conversion", new String[] {"conversion", "换算"}),
            Map.entry("k.unit", new String[] {"unit", "单位"}),
            Map.entry("k.ranking", new String[] {"ranking", "排名"}),
            Map.entry("k.table", new String[] {"table", "表格"}),
            Map.entry("k.same_fact", new String[] {"same fact", "同一事实"}),
            Map.entry("k.value", new String[] {"stated value", "数值"}));

    final boolean zh;

    AuditPageLabels(boolean zh) {
        this.zh = zh;
    }

    String get(String key) {
        String[] w = WORDS.get(key);
        return w == null ? key : w[zh ? 1 : 0];
    }

    String format(String key, Object... args) {
        return String.format(java.util.Locale.ROOT, get(key), args);
    }

    String verdict(Verdict v) {
        return get("v." + v.id());
    }

    /** Kinds added later fall back to their id. */
    String kind(ClaimKind k) {
        String w = get("k." + k.id());
        return w.startsWith("k.") ? k.id().replace('_', ' ') : w;
    }
}
