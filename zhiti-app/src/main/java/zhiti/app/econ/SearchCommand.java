package zhiti.app.econ;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.app.FigureText;
import zhiti.runtime.Json;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.perf.ClusterSpec;
import zhiti.econ.perf.PerfEstimate;
import zhiti.econ.perf.PlanSearch;
import zhiti.econ.perf.Recompute;
import zhiti.econ.perf.SearchSpace;
import zhiti.econ.perf.TrainingPlanChain;
import zhiti.econ.units.QuantityParser;

/**
 * {@code zhiti econ search}: the best parallel plan for a model on a cluster; with {@code --budget}, the chain
 * compute budget → Chinchilla-optimal N and D → shape → best plan → days, dollars and MWh.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches tp, pp, dp, cp, micro-batch, interleaving, recompute, sequence parallelism, ZeRO stage",
                "(and ep for MoE) for the highest throughput that fits in memory.",
                "Example: zhiti econ search --layers 105 --hidden 20480 --heads 128 --gpus 5128 --global-batch 2520",
                "or with a catalog model: zhiti econ search --model \"MT-NLG 530B\" --gpus 2240 --global-batch 1920",
                "With --budget FLOP the model comes from the Chinchilla optimum instead:",
                "  zhiti econ search --budget 1e24 --gpu H100 --gpus 4096 --global-batch 1024 --seq-len 4096 --price 2"})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PerfOptions inputs;

    @Option(names = "--global-batch", required = true, description = "sequences per iteration")
    int globalBatch;

    @Option(names = "--precision", defaultValue = "bf16", description = "bf16|fp16|fp8; default ${DEFAULT-VALUE}")
    String precision;

    @Option(names = "--tp", description = "pin the tensor-parallel size")
    Integer tp;

    @Option(names = "--pp", description = "pin the pipeline stages")
    Integer pp;

    @Option(names = "--cp", description = "pin the context-parallel size (searched for sequences of 16K tokens or more)")
    Integer cp;

    @Option(names = "--micro-batch", description = "pin the micro-batch size")
    Integer microBatch;

    @Option(names = "--recompute", split = ",", description = "allowed recompute modes, e.g. selective,full (default all)")
    List<String> recompute;

    @Option(names = "--zero", split = ",", description = "allowed ZeRO stages, e.g. 0,1 (default 0-3)")
    List<Integer> zero;

    @Option(names = "--all-gpus", description = "use exactly the cluster's GPUs (dp = GPUs ÷ (tp·pp))")
    boolean allGpus;

    @Option(names = "--budget", description = "training compute budget in FLOP (e.g. 1e24): run the budget → N, D → plan → days → $ and MWh chain")
    String budget;

    @Option(names = "--fit", defaultValue = "chinchilla",
            description = "scaling fit for --budget: chinchilla (Hoffmann et al. 2022) or epoch (Besiroglu et al. 2024); default ${DEFAULT-VALUE}")
    String fit;

    @Option(names = "--price", defaultValue = "2.0", description = "$ per GPU-hour for --budget; default ${DEFAULT-VALUE}")
    double price;

    @Option(names = "--watts", description = "W per GPU for --budget (default: 400 for A100/V100-class, 700 for H100-class, 1000 for B200)")
    Double watts;

    @Option(names = "--pue", defaultValue = "1.2", description = "data-centre PUE for --budget; default ${DEFAULT-VALUE}")
    double pue;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Precision p = Precision.parse(precision);
        Map<String, Object> out = new LinkedHashMap<>();
        List<Figure> figures;
        PlanSearch.Result result;
        if (budget != null) {
            ClusterSpec cluster = inputs.cluster(inputs.gpus != null ? inputs.gpus : 1024);
            double w = watts != null ? watts : defaultWatts(cluster);
            TrainingPlanChain.Result chain = TrainingPlanChain.run(QuantityParser.parse(budget), cluster,
                    new TrainingPlanChain.Assumptions(inputs.seqLen(), inputs.vocab(), globalBatch, p, price, w, pue),
                    TrainingPlanChain.ScalingFit.parse(fit));
            result = chain.search();
            figures = chain.figures();
            out.put("params", chain.params());
            out.put("tokens", chain.tokens());
            out.put("days", chain.days());
            out.put("usd", chain.usd());
            out.put("mwh", chain.mwh());
        } else {
            Set<Recompute> recs = EnumSet.noneOf(Recompute.class);
            if (recompute != null) {
                recompute.forEach(r -> recs.add(Recompute.parse(r)));
            }
            SearchSpace space = SearchSpace.open(globalBatch, p).withTp(tp).withPp(pp).withMicroBatch(microBatch)
                    .withRecompute(recs).withZeroStages(zero == null ? null : Set.copyOf(zero)).usingAllGpus(allGpus)
                    .withCp(cp).withStack(inputs.stack());
            result = PlanSearch.search(inputs.model(), inputs.cluster(8), space);
            figures = result.best().figures();
        }
        PerfEstimate best = result.best();
        if (json) {
            out.put("plan", best.plan().describe());
            out.put("gpus", best.plan().gpus());
            out.put("seconds_per_iteration", best.secondsPerIteration());
            out.put("mfu", best.mfu());
            out.put("configs_evaluated", result.configsEvaluated());
            out.put("configs_fitting", result.configsFitting());
            out.put("search_seconds", result.seconds());
            out.put("figures", Json.figures(figures));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var w = spec.commandLine().getOut();
            w.printf("best plan: %s on %d of %d × %s (searched %,d plans, %,d fit, in %.3f s)%n", best.plan().describe(),
                    best.plan().gpus(), best.cluster().gpus(), best.cluster().gpu(), result.configsEvaluated(),
                    result.configsFitting(), result.seconds());
            FigureText.print(w, figures);
            w.flush();
        }
        return 0;
    }

    private static double defaultWatts(ClusterSpec c) {
        double peak = Math.max(c.bf16Tflops(), c.fp16Tflops());
        return peak >= 2000 ? 1000 : peak >= 900 ? 700 : 400;
    }
}
