package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.agent.Quantity;
import zhiti.brain.plan.PlanDraft;
import zhiti.brain.read.Reading;
import zhiti.core.Lang;

/**
 * The follow-up question when a computation lacks an input that has no sound default and no tool can supply: it
 * names exactly those inputs, each with an example of how to give it.
 */
final class Asking {

    private static final Map<Quantity, String[]> HOW = Map.ofEntries(
            Map.entry(Quantity.COMPUTE, new String[]{"训练算力（FLOP），或模型参数量与训练 token 数（例如 700 亿参数、2 万亿 tokens）",
                    "the training compute in FLOP, or the model's parameters and training tokens (e.g. 70B parameters, 2T tokens)"}),
            Map.entry(Quantity.PARAMS, new String[]{"模型参数量（例如 700 亿、70B，或目录中的模型名如 GPT-3）",
                    "the model's parameters (e.g. 70B, or a catalog model such as GPT-3)"}),
            Map.entry(Quantity.TOKENS, new String[]{"训练 token 数（例如 2 万亿 tokens）", "the training tokens (e.g. 2T tokens)"}),
            Map.entry(Quantity.GPUS, new String[]{"GPU 数量（例如 1024 张）", "the number of GPUs (e.g. 1,024)"}),
            Map.entry(Quantity.DAYS, new String[]{"期限或运行天数（例如 30 天）", "the deadline or run length in days (e.g. 30 days)"}),
            Map.entry(Quantity.HOURS, new String[]{"运行小时数", "the run length in hours"}),
            Map.entry(Quantity.GPU_HOURS, new String[]{"GPU 时数", "the GPU-hours"}),
            Map.entry(Quantity.HARDWARE, new String[]{"芯片型号（例如 H100、A100、昇腾 910B）", "which chip (e.g. H100, A100, Ascend 910B)"}),
            Map.entry(Quantity.MODEL, new String[]{"模型名（例如 Llama 2 70B）", "the model (e.g. Llama 2 70B)"}),
            Map.entry(Quantity.USD_PER_GPU_HOUR, new String[]{"租价（美元/GPU·时，例如 2 美元）", "the rental price per GPU-hour (e.g. $2)"}),
            Map.entry(Quantity.WATTS_PER_GPU, new String[]{"单卡功耗（例如 700 W）或芯片型号", "the power per GPU (e.g. 700 W) or the chip"}),
            Map.entry(Quantity.USD_PER_KWH, new String[]{"电价（例如 0.08 美元/度）", "the electricity price (e.g. $0.08/kWh)"}),
            Map.entry(Quantity.LAYERS, new String[]{"层数、KV 头数和每头维度，或模型名", "the layers, KV heads and head dimension, or the model"}),
            Map.entry(Quantity.KV_HEADS, new String[]{"KV 头数", "the number of KV heads"}),
            Map.entry(Quantity.HEAD_DIM, new String[]{"每头维度（例如 128）", "the head dimension (e.g. 128)"}),
            Map.entry(Quantity.SEQ_LEN, new String[]{"上下文长度（例如 4096 token）", "the sequence length (e.g. 4,096 tokens)"}),
            Map.entry(Quantity.QUERIES_PER_DAY, new String[]{"每天的请求量（例如每天 1 亿次查询）和每次的 token 数",
                    "the traffic: queries per day (e.g. 100M) and tokens per query"}),
            Map.entry(Quantity.TOKENS_PER_DAY, new String[]{"每天处理的 token 数", "the tokens served per day"}),
            Map.entry(Quantity.START_VALUE, new String[]{"起始值（及其年份）", "the starting value (and its year)"}),
            Map.entry(Quantity.END_VALUE, new String[]{"终值（及其年份）", "the end value (and its year)"}),
            Map.entry(Quantity.START_DATE, new String[]{"起始年份", "the start year"}),
            Map.entry(Quantity.END_DATE, new String[]{"结束年份", "the end year"}),
            Map.entry(Quantity.RATE, new String[]{"年增长率或下降率（例如每年 30%）", "the yearly rate (e.g. 30% a year)"}),
            Map.entry(Quantity.PERIODS, new String[]{"年数", "the number of years"}),
            Map.entry(Quantity.TARGET_VALUE, new String[]{"目标值", "the target value"}),
            Map.entry(Quantity.AMOUNT, new String[]{"金额", "the amount"}),
            Map.entry(Quantity.EXCHANGE_RATE, new String[]{"汇率（例如 1 美元兑 7.2 元）", "the exchange rate (e.g. 7.2 CNY per USD)"}),
            Map.entry(Quantity.WHOLE, new String[]{"总量", "the total"}),
            Map.entry(Quantity.SERIES, new String[]{"数据序列（例如每 GFLOPS 成本）或起止数值", "a series (e.g. cost per GFLOPS) or start and end values"}));

    private static final java.util.regex.Pattern SERVING = java.util.regex.Pattern.compile(
            "推理|部署|服务|inference|serv(?:e|ing)|deploy|quer(?:y|ies)|请求|用户|users?", java.util.regex.Pattern.CASE_INSENSITIVE);

    private Asking() {
    }

    static String question(Lang lang, Reading r, PlanDraft draft) {
        Set<Quantity> missing = new java.util.LinkedHashSet<>(draft.missing());
        List<String> what = new ArrayList<>();
        if (missing.contains(Quantity.LAYERS) || missing.contains(Quantity.KV_HEADS) || missing.contains(Quantity.HEAD_DIM)) {
            // a model's shape is one thing to give, most easily as the model's name
            missing.removeAll(List.of(Quantity.LAYERS, Quantity.KV_HEADS, Quantity.HEAD_DIM));
            what.add(lang.pick("模型名（例如 Llama 2 70B），或它的层数、KV 头数和每头维度",
                    "the model (e.g. Llama 2 70B), or its layers, KV heads and head dimension"));
        }
        for (Quantity q : missing) {
            String[] h = HOW.get(q);
            String how = h == null ? q.label(lang) : lang.pick(h[0], h[1]);
            if (q == Quantity.GPUS && !r.asked().contains(Quantity.GPUS)) {
                // "how many servers do I need for inference?": the GPUs are what the user wants sized, so say what sizes them
                how += SERVING.matcher(r.text()).find()
                        ? lang.pick("，或者模型参数量和每天的请求量（每天的 token 数或查询数）", "; or the model's parameters and the traffic "
                                + "(tokens or queries per day) to size them")
                        : lang.pick("，或者模型参数量、训练 token 数和期限", "; or the model's parameters, its training tokens and the deadline to size them");
            }
            what.add(how);
        }
        String asked = String.join(lang.pick("、", ", "), r.asked().stream().map(q -> q.label(lang)).toList());
        if (r.asked().contains(Quantity.GPUS) && r.knowns().stream().noneMatch(k -> k.isNumber()) && SERVING.matcher(r.text()).find()) {
            // "how many GPUs to serve my chatbot?": a serving fleet follows from the model and its traffic
            return lang.pick("要估算推理需要多少张 GPU，还需要：模型参数量（例如 70 亿）；流量：每天的查询数（例如 100 万次）和每次生成的 token 数"
                            + "（例如 500）；以及所用芯片（例如 H100）。请补充后再问。",
                    "To size a serving fleet I need the model size (its parameters, e.g. 8B), the traffic: queries per day "
                            + "(e.g. 1 million) and tokens generated per query (e.g. 500), and the chip (e.g. H100). Could you give them?");
        }
        if (r.asked().containsAll(draft.missing())) {
            // nothing the tools take is missing: the question does not state what the asked value follows from
            return lang.pick("从问题给出的数字还算不出" + asked + "。请补充它取决于的数值，例如年增长率和目标倍数、起止数值和年份，或模型、芯片和天数。",
                    "I cannot work out the " + asked + " from what the question states. Please give the numbers it depends "
                            + "on, e.g. a yearly rate and a target multiple, start and end values with their years, or "
                            + "the model, the chip and the days.");
        }
        if (what.isEmpty()) {
            return lang.pick("这个问题缺少可以计算的数字。请给出具体对象和数值，例如模型、芯片、天数或 GPU 数量。",
                    "I could not find the numbers to compute this with. Please give the model, the chip, days or a GPU count.");
        }
        return lang.pick("要算出" + asked + "，还需要：" + String.join("；", what) + "。请补充后再问。",
                "To work out the " + asked + ", I need " + String.join("; ", what) + ". Could you give "
                        + (what.size() == 1 ? "it" : "them") + "?");
    }
}
