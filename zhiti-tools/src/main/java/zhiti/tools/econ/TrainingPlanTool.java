package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import zhiti.core.Citation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.UnknownNameException;
import zhiti.econ.perf.ClusterSpec;
import zhiti.econ.perf.GpuTable;
import zhiti.econ.perf.ModelShape;
import zhiti.econ.perf.PerfEstimate;
import zhiti.econ.perf.PlanSearch;
import zhiti.econ.perf.SearchSpace;
import zhiti.econ.perf.TrainingPlanChain;

/**
 * The best distributed-training plan for a model on a cluster, from the performance model's search
 * ({@link PlanSearch}): parallel sizes, MFU, seconds per iteration, memory per GPU, and days for a token count.
 */
public final class TrainingPlanTool implements Tool {

    private static final int DEFAULT_SEQ = 2048;
    private static final int DEFAULT_VOCAB = 51200;

    private final CatalogNames names;

    public TrainingPlanTool(CatalogNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return ToolName.TRAINING_PLAN.id();
    }

    @Override
    public String description() {
        return "Search data/tensor/pipeline/sequence/expert parallelism, micro-batch, interleaving, activation "
                + "recomputation and ZeRO stage for the highest training throughput that fits in GPU memory, using "
                + "Zhiti's performance model (calibrated on Megatron-LM measurements). Returns the plan, MFU (model "
                + "FLOP utilisation), seconds per iteration, memory per GPU in GB, and the training days for tokens "
                + "(default the catalog model's training tokens). "
                + "Model: a catalog model with a known shape, or hidden/layers/heads, or params_b alone (a shape is derived).";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("model", "catalog model with a known shape, e.g. GPT-3, Llama 2 70B")
                .number("params_b", "parameters in billions; alone it derives a dense shape (head dim 128)")
                .integer("hidden", "hidden size h (overrides model)")
                .integer("layers", "transformer layers (overrides model)")
                .integer("heads", "attention heads (overrides model)")
                .integer("seq_len", "sequence length in tokens; default the model's, else 2048")
                .integer("vocab", "vocabulary size; default the model's, else 51200")
                .string("hardware", "GPU of the performance table: A100 80GB, A100 40GB, H100, H800, H200, B200, V100 "
                        + "(or a server system of one, e.g. DGX A100)")
                .integer("gpus", "GPUs in the cluster (rounded up to whole 8-GPU nodes)")
                .integer("global_batch", "sequences per iteration, e.g. 1536; default one sequence per GPU")
                .number("tokens", "training tokens for the days the run takes; default the catalog model's "
                        + "training tokens, if it has them")
                .oneOf("precision", "training number format; default bf16", "bf16", "fp16", "fp8")
                .required("hardware", "gpus").build();
    }

    @Override
    public List<Signature> signatures() {
        return List.of(Signature.of("plan").needs(Quantity.MODEL, "model").needs(Quantity.HARDWARE, "hardware")
                .needs(Quantity.GPUS, "gpus")
                .defaults(Quantity.BATCH, "global_batch", null, "全局批大小取每卡一条序列",
                        "a global batch of one sequence per GPU")
                // the days it predicts rest on the performance model's MFU; a stated MFU is sized by training_cluster
                .gives(Quantity.PARALLEL_PLAN, "/plan").gives(Quantity.UTILISATION, "/mfu").build());
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        List<Citation> citations = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ModelCard m = a.has("model") ? names.model(a.text("model").orElseThrow()) : null;
        ModelShape shape = shape(a, m, citations, data);
        int gpus = a.positiveInt("gpus", 0);
        ClusterSpec cluster = cluster(a.text("hardware").orElseThrow(), gpus);
        Precision p = Precision.parse(a.text("precision", "bf16"));
        boolean batchGiven = a.has("global_batch");
        // data parallelism needs at least a sequence per replica; one per GPU is the smallest batch every plan fits
        int batch = batchGiven ? a.positiveInt("global_batch", 0) : gpus;
        PlanSearch.Result result = PlanSearch.search(shape, cluster, SearchSpace.open(batch, p));
        PerfEstimate best = result.best();
        List<Figure> figures = new ArrayList<>(best.figures());
        var plan = best.plan();
        data.put("plan", plan.describe()).put("dp", plan.dp()).put("tp", plan.tp()).put("pp", plan.pp())
                .put("sp", plan.sp()).put("ep", plan.ep()).put("micro_batch", plan.microBatch())
                .put("global_batch", plan.globalBatch()).put("interleave", plan.interleave())
                .put("recompute", plan.recompute().label()).put("zero_stage", plan.zeroStage())
                .put("precision", p.label()).put("gpu", cluster.gpu()).put("gpus_used", plan.gpus())
                .put("gpus_in_cluster", cluster.gpus()).put("mfu", best.mfu()).put("hfu", best.hfu())
                .put("seconds_per_iteration", best.secondsPerIteration())
                .put("model_tflops_per_gpu", best.modelTflopsPerGpu()).put("tokens_per_second", best.tokensPerSecond())
                .put("memory_per_gpu_gb", best.memoryBytes() / 1e9).put("memory_limit_gb", best.memoryLimitBytes() / 1e9)
                .put("configs_evaluated", result.configsEvaluated()).put("configs_fitting", result.configsFitting())
                .put("global_batch_source", batchGiven ? "given" : "one sequence per GPU (default)");
        String summary = plan.describe() + " on " + plan.gpus() + " × " + cluster.gpu() + ": MFU "
                + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * best.mfu()) + ", "
                + Formatting.num(best.secondsPerIteration()) + " s/iteration, " + Formatting.num(best.memoryBytes() / 1e9)
                + " GB/GPU" + (batchGiven ? "" : ", global batch " + batch + " (one sequence per GPU)");
        OptionalDouble catalogTokens = m == null ? OptionalDouble.empty() : m.trainingTokens();
        if (a.has("tokens") || catalogTokens.isPresent()) {
            double tokens = a.has("tokens") ? a.requiredPositive("tokens", "") : catalogTokens.getAsDouble();
            data.put("tokens_source", a.has("tokens") ? "given" : "catalog training tokens of " + m.name());
            double seconds = tokens / best.tokensPerSecond();
            Figure days = new Figure("training time", seconds / 86_400, "day",
                    "days = tokens ÷ (global batch × seq len ÷ seconds per iteration) ÷ 86,400",
                    Figure.inputs("tokens", tokens, "tokens/s", best.tokensPerSecond(), "plan", plan.describe()),
                    "performance model");
            figures.add(days);
            data.put("tokens", tokens).put("days", days.value()).put("gpu_hours", plan.gpus() * seconds / 3600);
            summary += "; " + Formatting.num(days.value()) + " days for " + Formatting.num(tokens) + " tokens"
                    + (a.has("tokens") ? "" : " (the catalog's training tokens)");
        }
        return new ToolResult(data, summary, figures, citations);
    }

    private ModelShape shape(ToolArgs a, ModelCard m, List<Citation> citations, ObjectNode data) {
        if (m != null) {
            citations.add(CatalogNames.cite(m.name(), m.source()));
            data.put("model", m.name());
        }
        var s = m == null ? ModelCard.Shape.UNKNOWN : m.shape();
        int seq = a.positiveInt("seq_len", s.seqLen().orElse(DEFAULT_SEQ));
        int vocab = a.positiveInt("vocab", s.vocab().orElse(DEFAULT_VOCAB));
        boolean given = a.has("hidden") || a.has("layers") || a.has("heads");
        if (given || s.hidden().isPresent() && s.layers().isPresent() && s.heads().isPresent()) {
            int hidden = a.positiveInt("hidden", s.hidden().orElse(0));
            int layers = a.positiveInt("layers", s.layers().orElse(0));
            int heads = a.positiveInt("heads", s.heads().orElse(0));
            if (hidden == 0 || layers == 0 || heads == 0) {
                throw new IllegalArgumentException("give hidden, layers and heads together (e.g. GPT-3: 12288, 96, 96)"
                        + (m != null ? "; the catalog's shape of " + m.name() + " is incomplete" : ""));
            }
            int experts = s.experts().orElse(1);
            int topK = Math.min(experts, s.expertsPerToken().orElse(1));
            ModelShape shape = new ModelShape(m != null ? m.name() : "model", layers, hidden, heads, seq, vocab, 4,
                    given ? 1 : experts, given ? 1 : topK);
            data.put("params", shape.params()).put("shape_source", m != null && !given ? "catalog" : "user input");
            return shape;
        }
        double params = a.has("params_b") ? a.requiredPositive("params_b", "") * 1e9 : m != null ? m.params() : Double.NaN;
        if (Double.isNaN(params)) {
            throw new IllegalArgumentException("give a catalog model, hidden/layers/heads, or params_b");
        }
        ModelShape derived = TrainingPlanChain.shapeFor(params, seq, vocab);
        ModelShape shape = m == null ? derived : new ModelShape(m.name() + " (dense shape derived from its "
                + Formatting.num(m.params()) + " parameters)", derived.layers(), derived.hidden(), derived.heads(),
                seq, vocab, derived.ffnMultiple(), 1, 1);
        data.put("params", shape.params()).put("shape_source", "derived from the parameter count (head dim 128)");
        return shape;
    }

    /** The perf table knows GPUs by its own names; a catalog alias (英伟达 H100) is mapped to the catalog name first. */
    private ClusterSpec cluster(String name, int gpus) {
        try {
            return GpuTable.cluster(name, gpus);
        } catch (UnknownNameException e) {
            // a server system (DGX A100) trains on the accelerator inside it
            var acc = names.catalog().findHardware(name).map(h -> h.accelerator());
            if (acc.isPresent()) {
                try {
                    return GpuTable.cluster(acc.get().name(), gpus);
                } catch (UnknownNameException ignored) {
                    throw new IllegalArgumentException("the performance model has no data for " + acc.get().name()
                            + "; it knows " + GpuTable.all().stream().map(ClusterSpec::gpu).toList());
                }
            }
            throw e;
        }
    }
}
