package zhiti.app.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.runtime.Json;
import zhiti.econ.Precision;
import zhiti.econ.perf.ClusterSpec;
import zhiti.econ.perf.GpuTable;
import zhiti.econ.perf.ModelShape;
import zhiti.econ.perf.PlanSearch;
import zhiti.econ.perf.SearchSpace;

/**
 * {@code zhiti bench econ}: speed of the training-plan search. Searches the 530B Megatron/MT-NLG shape over 5,128
 * A100s (global batch 2,520) several times; reports the plans evaluated per second and the search time (median of
 * the warm runs; the first, cold run is reported separately).
 */
@Command(name = "econ", mixinStandardHelpOptions = true,
        description = {"Benchmarks the plan search: 530B model over 5,128 A100 GPUs.",
                "--json prints {\"configs_per_s\": …, \"search_530b_5128gpu_s\": …, …}"})
public final class BenchEconCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "7", description = "timed runs after the cold one; default ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        ModelShape model = ModelShape.dense("530B", 105, 20480, 128, 2048, 51200);
        ClusterSpec cluster = GpuTable.cluster("A100 80GB", 5128);
        SearchSpace space = SearchSpace.open(2520, Precision.BF16);
        PlanSearch.Result cold = PlanSearch.search(model, cluster, space);
        double[] seconds = new double[runs];
        long evaluated = 0;
        double total = 0;
        PlanSearch.Result last = cold;
        for (int i = 0; i < runs; i++) {
            last = PlanSearch.search(model, cluster, space);
            seconds[i] = last.seconds();
            evaluated += last.configsEvaluated();
            total += last.seconds();
        }
        // the same enumeration with memory never binding: every plan also gets the time model
        ClusterSpec roomy = new ClusterSpec(cluster.gpu(), cluster.bf16Tflops(), cluster.fp16Tflops(),
                cluster.fp8Tflops(), 1e9, cluster.hbmGBs(), cluster.gpusPerNode(), cluster.nvlinkGBs(),
                cluster.interNodeGbps(), cluster.nodes(), cluster.source());
        PlanSearch.search(model, roomy, space);
        PlanSearch.Result full = PlanSearch.search(model, roomy, space);
        Arrays.sort(seconds);
        double median = seconds[runs / 2];
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("configs_per_s", evaluated / total);
        out.put("search_530b_5128gpu_s", median);
        out.put("search_530b_5128gpu_cold_s", cold.seconds());
        out.put("configs_per_search", last.configsEvaluated());
        out.put("configs_fitting_memory", last.configsFitting());
        out.put("full_evaluations_per_s", full.configsEvaluated() / full.seconds());
        out.put("best_plan", last.best().plan().describe());
        out.put("best_mfu", last.best().mfu());
        out.put("threads", Runtime.getRuntime().availableProcessors());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Json.print(w, out);
        } else {
            out.forEach((k, v) -> w.printf("%-28s %s%n", k, v));
            w.flush();
        }
        return 0;
    }
}
