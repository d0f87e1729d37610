package zhiti.brain.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.core.Lang;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.units.Formats;
import zhiti.core.Citation;

/**
 * Carries out a training question: resolve the named model and hardware in the catalog, compute C = 6·N·D, then
 * (once C is known) revise the plan to size the cluster on each named machine, and answer with every assumption.
 */
public final class TrainingMethod implements Method {

    /** Megatron-LM sustained 44–52% of A100 peak (Narayanan et al. 2021, Table 1); 40% is a cautious default. */
    public static final double DEFAULT_UTILISATION = 0.40;
    /** Chinchilla's compute-optimal ratio, used only when the question and catalog give no token count. */
    public static final double TOKENS_PER_PARAM = 20;

    private final Catalog catalog;
    private final ReportComparison reports;

    public TrainingMethod(Catalog catalog, SlotReader reader) {
        this.catalog = catalog;
        this.reports = new ReportComparison(catalog, reader);
    }

    @Override
    public Plan plan(Slots q, AgentContext ctx) {
        if (params(q).isEmpty()) {
            return Plan.empty("ask which model: N is unknown");
        }
        List<Step> steps = new ArrayList<>();
        q.model().ifPresent(m -> steps.add(new Step("resolve-model", "catalog_lookup",
                obj().put("kind", "model").put("name", m), "look up N and D for " + m)));
        for (int i = 0; i < q.hardware().size(); i++) {
            String hw = q.hardware().get(i);
            String kind = catalog.systems().find(hw).isPresent() ? "system" : "accelerator";
            steps.add(new Step("resolve-hw-" + (i + 1), "catalog_lookup", obj().put("kind", kind).put("name", hw),
                    "look up the peak throughput of " + hw));
        }
        ObjectNode args = obj();
        q.model().ifPresent(m -> args.put("model", m));
        q.params().ifPresent(n -> args.put("params", n));
        q.tokens().ifPresent(d -> args.put("tokens", d));
        if (tokensMissing(q)) {
            args.put("tokens", TOKENS_PER_PARAM * params(q).orElseThrow());
        }
        steps.add(new Step("compute", "training_compute", args, "training compute C = 6·N·D"));
        boolean kb = ctx.tools().stream().anyMatch(t -> t.name().equals(KnowledgeMethod.TOOL));
        if (kb && q.model().isPresent() && !q.hardware().isEmpty() && q.days().isPresent()) {
            // a published estimate for the same model, machine and deadline is worth setting beside ours; it is an
            // exact-figure lookup, so keywords (BM25) find it better than meaning does
            String query = q.model().get() + " " + String.join(" ", q.hardware()) + " "
                    + Formats.human(q.days().getAsDouble()) + "天 台";
            steps.add(new Step("reports", KnowledgeMethod.TOOL, obj().put("query", query).put("k", 5).put("mode", "bm25"),
                    "look for published estimates to compare with"));
        }
        String goal = q.hardware().isEmpty() ? "resolve → compute C → answer"
                : "resolve → compute C → size the cluster on " + String.join(", ", q.hardware()) + " → answer";
        return new Plan(goal, steps);
    }

    @Override
    public Decision reflect(Slots q, AgentContext ctx) {
        Lang lang = ctx.task().lang();
        if (params(q).isEmpty()) {
            return TrainingAnswerWriter.askForModel(lang, catalog.models().all().stream().map(ModelCard::name).toList());
        }
        List<Observation> obs = ctx.memory().observations();
        Optional<Observation> failed = obs.stream().filter(o -> !o.ok()).findFirst();
        if (failed.isPresent()) {
            return TrainingAnswerWriter.failure(lang, failed.get());
        }
        if (ctx.plan().next(obs).isPresent()) {
            return new Decision.Continue("next planned step");
        }
        boolean sized = obs.stream().anyMatch(o -> o.step().tool().equals("training_cluster"));
        boolean canSize = !q.hardware().isEmpty() && (q.days().isPresent() || q.gpus().isPresent());
        if (!sized && canSize) {
            double c = computeFlop(obs);
            List<Step> steps = new ArrayList<>(ctx.plan().steps());
            for (int i = 0; i < q.hardware().size(); i++) {
                String hw = q.hardware().get(i);
                ObjectNode a = obj().put("compute_flop", c).put("hardware", hw)
                        .put("utilisation", q.utilisation().orElse(DEFAULT_UTILISATION))
                        .put("precision", precisionFor(q, hw).label());
                q.days().ifPresentOrElse(d -> a.put("days", d), () -> a.put("gpus", q.gpus().getAsLong()));
                steps.add(new Step("size-" + (i + 1), "training_cluster", a, "size the cluster on " + hw));
            }
            return new Decision.Revise(new Plan(ctx.plan().goal(), steps), "C is known; size the cluster");
        }
        Decision.Finish answer = TrainingAnswerWriter.answer(lang, q, obs, assumptions(q, lang));
        List<Citation> passages = new ArrayList<>(ctx.memory().recalled());
        obs.stream().filter(o -> o.ok() && o.step().tool().equals(KnowledgeMethod.TOOL))
                .forEach(o -> passages.addAll(o.citations()));
        List<String> checks = reports.lines(lang, q, obs, passages);
        if (checks.isEmpty()) {
            return answer;
        }
        List<Citation> cited = new ArrayList<>(answer.citations());
        cited.addAll(reports.sources(q, obs, passages));
        return new Decision.Finish(answer.text() + "\n" + String.join("\n", checks), answer.figures(), cited);
    }

    /** Every value the answer rests on that the question did not give. */
    List<String> assumptions(Slots q, Lang lang) {
        List<String> out = new ArrayList<>();
        if (tokensMissing(q)) {
            out.add(lang.pick("问题与目录均未给出训练 token 数，按 Chinchilla 计算最优比例取 D = 20·N",
                    "no token count was given or catalogued, so D = 20·N (the Chinchilla compute-optimal ratio)"));
        }
        out.add(lang.pick("C = 6·N·D 只计模型 FLOP，不含激活重计算的额外开销",
                "C = 6·N·D counts model FLOPs only, without activation-recomputation overhead"));
        if (!q.hardware().isEmpty() && (q.days().isPresent() || q.gpus().isPresent())) {
            if (q.utilisation().isEmpty()) {
                out.add(lang.pick("利用率取稠密峰值的 40%（Megatron-LM 在 A100 集群上实测 44–52%）",
                        "utilisation 40% of dense peak (Megatron-LM measured 44–52% on A100 clusters)"));
            }
            for (String hw : q.hardware()) {
                if (q.precision().isEmpty()) {
                    out.add(lang.pick(hw + " 按 " + precisionFor(q, hw).label().toUpperCase() + " 稠密峰值计算，不计稀疏加速",
                            hw + " at its dense " + precisionFor(q, hw).label().toUpperCase() + " peak, no sparsity speed-up"));
                }
            }
        }
        if (!q.hardware().isEmpty() && q.days().isEmpty() && q.gpus().isEmpty()) {
            out.add(lang.pick("未给出期限（天数）或 GPU 数量，因此只计算了训练算力",
                    "no deadline (days) or GPU count was given, so only the training compute was worked out"));
        }
        return out;
    }

    private boolean tokensMissing(Slots q) {
        if (q.tokens().isPresent()) {
            return false;
        }
        Optional<ModelCard> card = q.model().flatMap(m -> catalog.models().find(m));
        return card.map(c -> c.trainingTokens().isEmpty()).orElse(true) && params(q).isPresent();
    }

    private Optional<Double> params(Slots q) {
        if (q.params().isPresent()) {
            return Optional.of(q.params().getAsDouble());
        }
        return q.model().flatMap(m -> catalog.models().find(m)).map(ModelCard::paramsPerToken);
    }

    /** The user's precision, else BF16, else FP16 for chips without BF16 (V100). */
    Precision precisionFor(Slots q, String hardware) {
        if (q.precision().isPresent()) {
            return q.precision().get();
        }
        Accelerator a = catalog.systems().find(hardware).map(s -> s.accelerator())
                .orElseGet(() -> catalog.accelerators().get(hardware));
        return a.denseTflops(Precision.BF16).isPresent() ? Precision.BF16 : Precision.FP16;
    }

    private static double computeFlop(List<Observation> obs) {
        return obs.stream().filter(o -> o.step().tool().equals("training_compute"))
                .map(o -> o.data().get("compute_flop")).filter(JsonNode::isNumber)
                .mapToDouble(JsonNode::asDouble).findFirst()
                .orElseThrow(() -> new IllegalStateException("training_compute observed without compute_flop"));
    }

    private static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }
}
