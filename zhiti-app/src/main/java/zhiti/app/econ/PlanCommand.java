package zhiti.app.econ;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.app.FigureText;
import zhiti.runtime.Json;
import zhiti.econ.Precision;
import zhiti.econ.perf.ClusterSpec;
import zhiti.econ.perf.ModelShape;
import zhiti.econ.perf.ParallelPlan;
import zhiti.econ.perf.PerfEstimate;
import zhiti.econ.perf.PerfModel;
import zhiti.econ.perf.Recompute;

/** {@code zhiti econ plan}: one parallel plan → time per iteration, memory per GPU, MFU and HFU. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Predicts one distributed-training plan: time per iteration (compute, pipeline bubble, TP/EP/PP/DP",
                "communication), memory per GPU (weights, gradients, optimizer, activations), MFU and HFU.",
                "Example (GPT-3 on 64 A100s as in Korthikanti et al.): zhiti econ plan --layers 96 --hidden 12288",
                "  --heads 96 --gpus 64 --tp 8 --pp 8 --global-batch 64 --interleave 3 --recompute selective --sp"})
public final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PerfOptions inputs;

    @Option(names = "--plan-file", description = "ParallelPlan JSON: {\"dp\",\"tp\",\"pp\",\"sp\",\"ep\",\"microBatch\","
            + "\"globalBatch\",\"interleave\",\"recompute\",\"zeroStage\",\"precision\"}")
    Path planFile;

    @Option(names = "--tp", defaultValue = "1", description = "tensor-parallel size; default ${DEFAULT-VALUE}")
    int tp;

    @Option(names = "--pp", defaultValue = "1", description = "pipeline stages; default ${DEFAULT-VALUE}")
    int pp;

    @Option(names = "--dp", description = "data-parallel size; default GPUs ÷ (tp·pp)")
    Integer dp;

    @Option(names = "--sp", description = "sequence parallelism over the tensor-parallel group")
    boolean sp;

    @Option(names = "--cp", defaultValue = "1", description = "context-parallel size (long sequences); default ${DEFAULT-VALUE}")
    int cp;

    @Option(names = "--ep", defaultValue = "1", description = "expert-parallel size (MoE); default ${DEFAULT-VALUE}")
    int ep;

    @Option(names = "--micro-batch", defaultValue = "1", description = "sequences per micro-batch; default ${DEFAULT-VALUE}")
    int microBatch;

    @Option(names = "--global-batch", description = "sequences per iteration (required unless --plan-file)")
    Integer globalBatch;

    @Option(names = "--interleave", defaultValue = "1", description = "model chunks per GPU (interleaved 1F1B); default ${DEFAULT-VALUE}")
    int interleave;

    @Option(names = "--recompute", defaultValue = "none", description = "none|selective|full|partial; default ${DEFAULT-VALUE}")
    String recompute;

    @Option(names = "--zero", defaultValue = "0", description = "ZeRO stage 0-3; default ${DEFAULT-VALUE}")
    int zero;

    @Option(names = "--precision", defaultValue = "bf16", description = "bf16|fp16|fp8; default ${DEFAULT-VALUE}")
    String precision;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        ModelShape model = inputs.model();
        ParallelPlan plan;
        ClusterSpec cluster;
        if (planFile != null) {
            plan = ParallelPlan.fromJson(planFile);
            cluster = inputs.cluster(plan.gpus());
        } else {
            if (globalBatch == null) {
                throw new IllegalArgumentException("give --global-batch (sequences per iteration) or a --plan-file");
            }
            int defaultGpus = (dp != null ? dp : 1) * tp * pp * Math.max(1, cp);
            cluster = inputs.cluster(defaultGpus);
            if (tp <= 0 || pp <= 0) {
                throw new IllegalArgumentException("--tp and --pp must be positive, got " + tp + " and " + pp);
            }
            if (cp <= 0) {
                throw new IllegalArgumentException("--cp must be positive, got " + cp);
            }
            int d = dp != null ? dp
                    : Math.max(1, (inputs.gpus != null ? inputs.gpus : cluster.gpus()) / (tp * pp * cp));
            plan = new ParallelPlan(d, tp, pp, sp, ep, microBatch, globalBatch, interleave, Recompute.parse(recompute),
                    zero, Precision.parse(precision), cp, inputs.stack());
        }
        PerfEstimate e = PerfModel.evaluate(model, cluster, plan);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("plan", plan.describe());
            out.put("gpus", plan.gpus());
            out.put("seconds_per_iteration", e.secondsPerIteration());
            out.put("mfu", e.mfu());
            out.put("hfu", e.hfu());
            out.put("memory_gb", e.memoryBytes() / 1e9);
            out.put("fits_in_memory", e.fitsInMemory());
            out.put("figures", Json.figures(e.figures()));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            spec.commandLine().getOut().printf("plan: %s on %d × %s%s%n", plan.describe(), plan.gpus(), cluster.gpu(),
                    e.fitsInMemory() ? "" : "  (DOES NOT FIT in memory)");
            FigureText.print(spec.commandLine().getOut(), e.figures());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
