package zhiti.brain.route;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that point at one intent more than the sentence's overall meaning does: "TPP", "KV cache", "CAGR",
 * "租", "碳排放". Each distinct pattern that matches counts as one piece of evidence.
 */
public final class KeywordEvidence implements FeatureSource {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Map<String, List<Pattern>> RULES = Map.ofEntries(
            rule("training_compute", "FLOPs?(?!/s)", "FLOP (total|budget|count)", "training flops", "算力需求", "计算量", "总算力", "6\\s*N\\s*D", "训练算力"),
            rule("training_cluster", "多少(台|张|块|个)", "how many (gpus|servers|nodes|cards|h100s|a100s)",
                    "how (long|many days)", "多少天", "几天", "多久", "多长时间", "within \\d+ days", "\\d+\\s*天内"),
            rule("training_cost", "成本", "花(多少|费)", "美元", "\\$", "租(用|赁)?", "购(买|置)", "资本开支", "capex",
                    "cost", "rent", "buy", "price", "预算", "budget", "dollars?"),
            rule("training_energy", "电(费|力|量)?", "能耗", "耗电", "[kmg]wh", "功耗", "碳", "co2", "emission",
                    "energy", "electricity", "power draw", "PUE", "\\bMW\\b", "兆瓦", "grid", "footprint", "facility power"),
            rule("inference_compute", "推理", "inference", "serv(e|ing)", "per (query|request|token)", "每次(查询|请求)",
                    "访问量", "visits", "QPS", "tokens?/s(?!.*(kv|显存))", "用户"),
            rule("inference_memory", "kv[\\s-]*cache", "显存", "内存(占用|够)", "装得下", "放得下", "fit", "memory",
                    "decode", "解码", "tokens?\\s*(/|per)\\s*s", "带宽", "bandwidth"),
            rule("chip_metrics", "TPP", "性能密度", "performance density", "3A090", "出口管制", "禁运", "export",
                    "ECCN", "管制", "controlled", "restrict", "限制", "rules? (catch|cover)", "BIS"),
            rule("catalog_lookup", "多大", "多少(GB|显存)", "参数量", "发布(时间|日期)?", "什么时候发布", "规格", "spec",
                    "how much memory", "released", "when was", "TDP", "how many parameters"),
            rule("trend_growth", "CAGR", "年(均|复合)", "复合增长", "增(速|长率)", "下降了?多少", "decline", "growth rate",
                    "per year", "每年", "compound"),
            rule("trend_fit", "拟合", "fit", "doubling", "翻(一)?倍", "S[\\s-]*(曲线|curve)", "渗透率", "penetration",
                    "logistic", "gompertz", "bass", "wright", "外推", "extrapolat", "预测.*(哪一?年|何时)"),
            rule("scaling_law", "chinchilla", "kaplan", "scaling law", "规模定律", "最优", "optimal", "loss",
                    "损失", "tokens? per param", "每个参数"),
            rule("training_plan", "\\bTP\\b", "\\bPP\\b", "\\bDP\\b", "并行", "parallel", "ZeRO", "MFU", "HFU",
                    "micro[\\s-]*batch", "流水线", "pipeline", "每次迭代", "per iteration", "显存占用"),
            rule("video_compute", "sora", "视频", "video", "帧", "frames?", "patch", "文生视频"),
            rule("kb_question", "报告", "文档", "研报", "观点", "认为", "提到", "怎么说", "report", "document", "according to",
                    "says?", "summar", "总结", "知识库"),
            rule("memory_op", "记住", "记下", "忘(记|掉)", "之前(问|说)", "刚才", "remember", "forget", "earlier",
                    "my notes", "笔记", "note that"),
            rule("out_of_scope", "天气", "weather", "笑话", "joke", "菜谱", "recipe", "足球", "football", "电影", "movie",
                    "股票", "stocks?\\b"));

    /** Requests no figure of the field answers, whatever numbers they carry: stock picks, lottery numbers. */
    private static final Pattern ADVICE = Pattern.compile("股票代码|概念股|荐股|选股|挑.{0,4}只.{0,12}股|买哪(?:只|支|个)股|炒股|牛股|彩票|"
            + "stock (?:picks?|tips?|tickers?)|ticker symbols?|which (?:shares|stocks?) (?:to|should|will|would)|"
            + "(?:pick|recommend|suggest) (?:me )?(?:\\w+ )?(?:AI )?stocks|lottery", F);

    /** Words of the field at all: a question with none of them is likely out of scope or too vague. */
    private static final Pattern DOMAIN = Pattern.compile("GPU|卡|芯片|chip|模型|model|训练|train|推理|infer|token|参数|"
            + "param|算力|FLOP|显存|memory|集群|cluster|数据中心|data ?cent|\\bAI\\b|LLM|大模型|报告|report|成本|cost|"
            + "[A-Z]\\d{2,3}|GPT|Llama|Sora|DGX|TPU|TPP|scaling|规模|增长|growth|趋势|trend|渗透|服务器|server|"
            + "记住|remember|之前|earlier|电|energy|power|KV|cache|缓存|吞吐|throughput|TFLOPS|显卡|parallel|并行|"
            + "patch|视频|video|chinchilla|loss|CAGR|拟合|fit", F);

    private static Map.Entry<String, List<Pattern>> rule(String intent, String... regexes) {
        return Map.entry(intent, java.util.Arrays.stream(regexes).map(r -> Pattern.compile(r, F)).toList());
    }

    /** Whether the question asks for investment tips or the like, which no calculation answers. */
    public static boolean asksForAdvice(String question) {
        return ADVICE.matcher(question).find();
    }

    /** Whether the question uses any word of the field at all. */
    public static boolean mentionsDomain(String question) {
        return DOMAIN.matcher(question).find();
    }

    /** "kw:INTENT" → number of that intent's patterns found (at most 3), and "kw:none" when nothing matched. */
    @Override
    public Map<String, Double> features(String question) {
        Map<String, Double> out = new HashMap<>();
        RULES.forEach((intent, patterns) -> {
            int n = 0;
            for (Pattern p : patterns) {
                Matcher m = p.matcher(question);
                if (m.find()) {
                    n++;
                }
            }
            if (n > 0) {
                out.put("kw:" + intent, (double) Math.min(n, 3));
            }
        });
        if (out.isEmpty()) {
            out.put("kw:none", 1.0);
        }
        if (!mentionsDomain(question)) {
            out.put("domain:none", 1.0);
        }
        return out;
    }
}
