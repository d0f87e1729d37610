package zhiti.brain.offline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English terms of the field with the Chinese the research reports use for them, so an English question finds a
 * Chinese passage: "memory wall" also searches 内存墙, "Stanford town" 斯坦福小镇. Only the search query and the
 * choice of sentences to quote use it; the answer quotes the documents as written.
 */
final class Glossary {

    private static final Map<String, String> EN_ZH = Map.ofEntries(
            Map.entry("memory wall", "内存墙"), Map.entry("generative agent", "生成式智能体 斯坦福小镇"),
            Map.entry("stanford", "斯坦福 斯坦福小镇"), Map.entry("town", "小镇"), Map.entry("agent", "智能体 Agent"),
            Map.entry("memory stream", "记忆流"), Map.entry("memory", "记忆 内存"), Map.entry("planning", "规划"),
            Map.entry("tool", "工具"), Map.entry("reflection", "反思"), Map.entry("retrieval-augmented", "检索增强生成 RAG"),
            Map.entry("retrieval augmented", "检索增强生成 RAG"), Map.entry("rag", "检索增强 RAG"),
            Map.entry("open-source", "开源"), Map.entry("open source", "开源"), Map.entry("risk", "风险"),
            Map.entry("compliance", "合规"), Map.entry("supply chain", "供应链"), Map.entry("walking computer", "行走的计算机 行走的电脑"),
            Map.entry("new-energy vehicle", "新能源汽车 新能源车"), Map.entry("new energy vehicle", "新能源汽车 新能源车"),
            Map.entry("electric vehicle", "新能源汽车 电动车"), Map.entry("self-driving", "无人驾驶 自动驾驶"),
            Map.entry("autonomous driving", "自动驾驶 无人驾驶"), Map.entry("training cost", "训练成本"),
            Map.entry("training data", "训练数据 数据集"), Map.entry("dataset", "数据集"), Map.entry("rent", "租用 租赁"),
            Map.entry("cloud", "云 云计算"), Map.entry("context", "上下文"), Map.entry("scaling law", "规模定律 Scaling Law"),
            Map.entry("huang's law", "黄氏定律"), Map.entry("moore's law", "摩尔定律"), Map.entry("inference", "推理"),
            Map.entry("chip", "芯片"), Map.entry("export control", "出口管制"), Map.entry("video", "视频"),
            Map.entry("humanoid robot", "人形机器人"), Map.entry("robot", "机器人"), Map.entry("smartphone", "手机"),
            Map.entry("ai phone", "AI 手机"), Map.entry("ai pc", "AI PC"), Map.entry("computing power", "算力"),
            Map.entry("compute", "算力"), Map.entry("bandwidth", "带宽"), Map.entry("operating system", "操作系统"),
            Map.entry("levels", "等级 阶段"), Map.entry("agi", "AGI 通用人工智能"), Map.entry("reasoner", "推理者"),
            Map.entry("metaverse", "元宇宙"), Map.entry("blockchain", "区块链"), Map.entry("bitcoin", "比特币"),
            Map.entry("electricity", "电力 用电"), Map.entry("data center", "数据中心"), Map.entry("datacenter", "数据中心"),
            Map.entry("tick-tock", "Tick-tock 工艺"), Map.entry("intel", "英特尔"), Map.entry("nvidia", "英伟达"),
            Map.entry("huawei", "华为"), Map.entry("ascend", "昇腾"), Map.entry("alphago", "AlphaGo"),
            Map.entry("hallucination", "幻觉"), Map.entry("multimodal", "多模态"), Map.entry("large model", "大模型"),
            Map.entry("large language model", "大语言模型 大模型"), Map.entry("parameters", "参数"), Map.entry("market", "市场"),
            Map.entry("forecast", "预测"), Map.entry("penetration", "渗透率"), Map.entry("server", "服务器"),
            Map.entry("sovereign", "主权"), Map.entry("limit", "极限"), Map.entry("bottleneck", "瓶颈"),
            Map.entry("business model", "商业模式"), Map.entry("monetization", "商业化"), Map.entry("ecosystem", "生态"),
            Map.entry("microsoft", "微软"), Map.entry("google", "谷歌"), Map.entry("amazon", "亚马逊"), Map.entry("apple", "苹果"),
            Map.entry("invest", "投资"), Map.entry("revenue", "收入 营收"), Map.entry("profit", "利润"), Map.entry("price", "价格"),
            Map.entry("valuation", "估值"), Map.entry("capex", "资本开支"), Map.entry("capital expenditure", "资本开支"),
            Map.entry("high-quality", "高质量"), Map.entry("high quality", "高质量"), Map.entry("language data", "语言数据"),
            Map.entry("run out", "耗尽 用尽 枯竭"), Map.entry("shortage", "短缺 不足"), Map.entry("device", "终端 设备"),
            Map.entry("on-device", "端侧"), Map.entry("edge", "端侧 边缘"), Map.entry("semiconductor", "半导体"),
            Map.entry("foundry", "代工"), Map.entry("tsmc", "台积电"), Map.entry("wafer", "晶圆"), Map.entry("cooling", "散热 液冷"),
            Map.entry("liquid cooling", "液冷"), Map.entry("users", "用户"), Map.entry("subscriber", "用户 订阅"),
            Map.entry("growth", "增长 增速"), Map.entry("shipments", "出货量"), Map.entry("market share", "市场份额 市占率"),
            Map.entry("cost", "成本"), Map.entry("energy", "能源 能耗"), Map.entry("power consumption", "功耗 耗电"),
            Map.entry("humanoid", "人形"), Map.entry("search engine", "搜索引擎"), Map.entry("advertising", "广告"),
            Map.entry("training time", "训练时间 训练 天"), Map.entry("how many days", "多少天 天"), Map.entry("days", "天"),
            Map.entry("throughput", "算力 吞吐"), Map.entry("per-card", "单卡"), Map.entry("per card", "单卡"),
            Map.entry("per gpu", "单卡"), Map.entry("assume", "假设"), Map.entry("estimate", "测算 估算 估计"),
            Map.entry("digital economy", "数字经济"), Map.entry("digital-economy", "数字经济"), Map.entry("galaxy securities", "银河证券"),
            Map.entry("cicc", "中金"), Map.entry("weijin", "未尽研究"), Map.entry("kan dao", "看DAO"), Map.entry("efficiency", "效率"),
            Map.entry("utilization", "利用率"), Map.entry("utilisation", "利用率"), Map.entry("decline", "下降 降幅"),
            Map.entry("annual", "年复合 每年"), Map.entry("compound", "复合"), Map.entry("since", "以来"),
            Map.entry("trillion-parameter", "万亿参数"), Map.entry("trillion parameter", "万亿参数"), Map.entry("1.8t", "1.8万亿"),
            Map.entry("mixture of experts", "MoE 混合专家"), Map.entry("moe", "MoE"), Map.entry("systems", "台 服务器"),
            Map.entry("one training run", "单次训练 一次"), Map.entry("single training run", "单次训练"), Map.entry("training run", "训练 单次训练"),
            Map.entry("cloud-computing", "云计算"), Map.entry("cloud computing", "云计算"), Map.entry("market size", "市场规模"),
            Map.entry("global", "全球"), Map.entry("size", "规模"), Map.entry("export", "出口"), Map.entry("table", "表"),
            Map.entry("model size", "参数规模 模型规模"), Map.entry("compute demand", "算力需求 算力的需求"),
            Map.entry("every two months", "每两个月"), Map.entry("ten times", "10 倍"), Map.entry("doubl", "翻一倍 翻倍"),
            Map.entry("parameter count", "参数量 参数"), Map.entry("gpu-hours", "GPU 小时 卡时"),
            Map.entry("how long", "多久 多长时间 天"), Map.entry("take to train", "训练 天"), Map.entry("10,000", "1 万 万张"),
            Map.entry("1,000", "1000 千"), Map.entry("100,000", "10 万"), Map.entry("production volume", "量产 产量"),
            Map.entry("mass production", "量产 规模量产"), Map.entry("production", "量产 产量 生产"),
            Map.entry("experience curve", "经验曲线"), Map.entry("learning curve", "经验曲线 学习曲线"),
            Map.entry("costs fall", "成本 下降"), Map.entry("cost falls", "成本 下降"), Map.entry("fall", "下降 降至"),
            Map.entry("cheaper", "下降 降低 便宜"), Map.entry("scale", "规模"),
            Map.entry("last ten years", "最近10年 近十年 过去十年"), Map.entry("past ten years", "最近10年 近十年 过去十年"),
            Map.entry("last decade", "最近10年 近十年 过去十年"), Map.entry("past decade", "最近10年 近十年 过去十年"),
            Map.entry("per gflops", "每GFLOPS GFLOPS"), Map.entry("gflops", "GFLOPS"), Map.entry("inference server", "推理服务器"),
            Map.entry("inference-server", "推理服务器"), Map.entry("spending", "需求 支出 开支"), Map.entry("demand", "需求"),
            Map.entry("generates", "带动 产生"), Map.entry("drive", "带动"));

    /**
     * How questions name a report — its publisher or its title's key words, in English or Chinese — with the words
     * the report itself would print, so the report meant can be found before it is searched.
     */
    private static final List<Map.Entry<Pattern, String>> NAMES = List.of(
            Map.entry(Pattern.compile("(?i)galaxy securities|银河证券"), "银河证券"),
            Map.entry(Pattern.compile("(?i)\\bCICC\\b|中金"), "中金 中金点睛"),
            Map.entry(Pattern.compile("(?i)weijin|未尽研究"), "未尽研究 WEIJIN RESEARCH"),
            Map.entry(Pattern.compile("(?i)kan ?dao|看 ?DAO"), "看 DAO"),
            Map.entry(Pattern.compile("(?i)digital[- ]economy|数字经济"), "数字经济专题"),
            Map.entry(Pattern.compile("(?i)AI economics|AI ?经济学"), "AI经济学"),
            Map.entry(Pattern.compile("(?i)tech(?:nology)? cycles?|科技周期"), "科技周期探索"),
            Map.entry(Pattern.compile("(?i)AGI era|era of (?:AGI|general AI)|通用人工智能时代"), "通用人工智能时代的到来"));
    private static final Pattern TITLE = Pattern.compile("《([^》]{2,40})》");

    /** The words that name the report a question points at ("the CICC chapter", "《2024 年数字经济专题》"), if any. */
    static java.util.Optional<String> reportNamed(String question) {
        Set<String> words = new LinkedHashSet<>();
        java.util.regex.Matcher t = TITLE.matcher(question);
        while (t.find()) {
            words.add(t.group(1));
        }
        NAMES.forEach(e -> {
            if (e.getKey().matcher(question).find()) {
                words.add(e.getValue());
            }
        });
        return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", words));
    }

    private static final Pattern META = Pattern.compile("(?i)according to (?:the )?(?:\\w+ ){0,3}(?:reports?|research|documents?)"
            + "|(?:what|how) do(?:es)? (?:the )?(?:\\w+ ){0,3}(?:reports?|research|documents?) (?:say|describe|talk) (?:about)?"
            + "|in the (?:\\w+ ){0,3}reports?|that the (?:\\w+ ){0,3}report talks about|报告(?:里|中)?(?:如何|怎么)?(?:描述|说|认为|看)?");

    private Glossary() {
    }

    /** The question without the report's name: once the report is found, its name only matches its own heading. */
    static String withoutReportName(String question) {
        String q = TITLE.matcher(question).replaceAll(" ").replaceAll("[(（][^)）]{0,40}[)）]", " ");
        for (Map.Entry<Pattern, String> e : NAMES) {
            q = e.getKey().matcher(q).replaceAll(" ");
        }
        return q.replaceAll("\\s+", " ").strip();
    }

    /** The question without its pointers at the documents, with the Chinese of the English terms it uses. */
    static String expand(String question) {
        String q = META.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").strip();
        String lower = q.toLowerCase(Locale.ROOT);
        Set<String> extra = new LinkedHashSet<>();
        EN_ZH.forEach((en, zh) -> {
            if (lower.contains(en)) {
                extra.add(zh);
            }
        });
        return extra.isEmpty() ? q : q + " " + String.join(" ", extra);
    }
}
