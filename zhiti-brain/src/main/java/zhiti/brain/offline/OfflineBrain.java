package zhiti.brain.offline;

import java.util.List;
import java.util.Optional;
import zhiti.agent.AgentContext;
import zhiti.agent.Brain;
import zhiti.agent.Citation;
import zhiti.agent.Decision;
import zhiti.econ.units.Lang;
import zhiti.agent.Plan;
import zhiti.econ.catalog.Catalog;

/**
 * A brain that needs no language model: it recognises the question, plans with the matching method, reflects on
 * each observation, and otherwise answers from recalled memories or says plainly what it can do.
 */
public final class OfflineBrain implements Brain {

    private final TrainingQuestionRecognizer trainingRecognizer;
    private final TrainingMethod trainingMethod;

    public OfflineBrain(Catalog catalog) {
        this.trainingRecognizer = new TrainingQuestionRecognizer(catalog);
        this.trainingMethod = new TrainingMethod(catalog);
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public Plan plan(AgentContext ctx) {
        return recognise(ctx).map(q -> trainingMethod.plan(q, ctx))
                .orElseGet(() -> Plan.empty(ctx.memory().recalled().isEmpty() ? "explain what I can answer offline"
                        : "answer from recalled memories"));
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        // recognising again is cheap and deterministic, and keeps the brain free of per-task state
        Optional<TrainingQuestion> q = recognise(ctx);
        if (q.isPresent()) {
            return trainingMethod.reflect(q.get(), ctx);
        }
        List<Citation> recalled = ctx.memory().recalled();
        Lang lang = ctx.task().lang();
        if (!recalled.isEmpty()) {
            Citation top = recalled.get(0);
            return new Decision.Finish(lang.pick("知识库中最相关的段落（" + top.doc() + "，" + top.locator() + "）：",
                    "The most relevant passage in memory (" + top.doc() + ", " + top.locator() + "):")
                    + "\n" + top.text(), List.of(), recalled);
        }
        return new Decision.Finish(help(lang), List.of(), List.of());
    }

    private Optional<TrainingQuestion> recognise(AgentContext ctx) {
        return trainingRecognizer.recognize(ctx.task().question(), ctx.task().lang());
    }

    static String help(Lang lang) {
        return lang.pick("""
                离线模式下我还无法回答这个问题。我目前能计算大模型的训练算力与集群规模，并给出公式、输入与来源，例如：
                  · 用 DGX A100 在 7 天内训练 GPT-3 需要多少台服务器？
                  · 用 1024 张 H100 训练一个 700 亿参数、2 万亿 token 的模型要多少天？
                  · 训练 Llama 2 70B 需要多少算力？""", """
                I can't answer that offline yet. Offline I work out training compute and cluster sizes, with formula, \
                inputs and sources, for example:
                  - How many DGX A100 servers are needed to train GPT-3 in 7 days?
                  - How many days does a 70B-parameter model on 2T tokens take on 1,024 H100 GPUs?
                  - How much compute does it take to train Llama 2 70B?""");
    }
}
