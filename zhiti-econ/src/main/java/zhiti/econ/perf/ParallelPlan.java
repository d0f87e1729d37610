package zhiti.econ.perf;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.nio.file.Path;
import zhiti.econ.Precision;

/**
 * How a training run is split over GPUs, the third of the performance model's three inputs.
 *
 * @param dp          data-parallel replicas
 * @param tp          tensor-parallel size t (within a node)
 * @param pp          pipeline stages p
 * @param sp          sequence parallelism on the tensor-parallel group (Korthikanti et al. 2022)
 * @param ep          expert-parallel size (1 for dense models): carved out of the dp·cp replicas, each expert split
 *                    over the tensor-parallel group; or, when larger, folded over tp·dp·cp with whole experts
 * @param microBatch  sequences per micro-batch b
 * @param globalBatch sequences per iteration B (= dp · b · micro-batches)
 * @param interleave  model chunks per GPU v of the interleaved 1F1B schedule (1 = plain 1F1B)
 * @param recompute   activation recomputation
 * @param zeroStage   0 none, 1 shards optimizer states, 2 also gradients, 3 also weights over dp
 * @param precision   bf16, fp16 or fp8 tensor math
 * @param cp          context-parallel size: each sequence split over cp GPUs (0 in JSON means 1)
 * @param stack       the training software (null: {@link Stack#defaultFor} the cluster)
 */
public record ParallelPlan(int dp, int tp, int pp, boolean sp, int ep, @JsonAlias("micro_batch") int microBatch,
                           @JsonAlias("global_batch") int globalBatch, int interleave, Recompute recompute,
                           @JsonAlias("zero_stage") int zeroStage, Precision precision, int cp, Stack stack) {

    public ParallelPlan {
        ep = ep == 0 ? 1 : ep;
        cp = cp == 0 ? 1 : cp;
        Checks.positive("context-parallel size (cp)", cp);
        interleave = interleave == 0 ? 1 : interleave;
        recompute = recompute == null ? Recompute.NONE : recompute;
        precision = precision == null ? Precision.BF16 : precision;
        Checks.positive("data-parallel size (dp)", dp);
        Checks.positive("tensor-parallel size (tp)", tp);
        Checks.positive("pipeline-parallel size (pp)", pp);
        Checks.positive("micro-batch size", microBatch);
        Checks.positive("global batch size", globalBatch);
        if (zeroStage < 0 || zeroStage > 3) {
            throw new IllegalArgumentException("ZeRO stage must be 0, 1, 2 or 3, got " + zeroStage);
        }
        if (precision != Precision.BF16 && precision != Precision.FP16 && precision != Precision.FP8) {
            throw new IllegalArgumentException("training precision must be bf16, fp16 or fp8, got " + precision.label());
        }
        if (globalBatch % ((long) dp * microBatch) != 0) {
            throw new IllegalArgumentException("global batch " + globalBatch + " is not a multiple of dp × micro-batch = "
                    + dp + " × " + microBatch + "; pick sizes so that every replica runs whole micro-batches");
        }
        if (!PerfKernel.expertLayoutFits(tp, dp * cp, ep)) {
            throw new IllegalArgumentException("expert-parallel size " + ep + " must divide dp·cp = " + dp * cp
                    + ", or be a multiple of it that divides tp·dp·cp = " + tp * dp * cp);
        }
        if (interleave > 1 && stack != null && !stack.interleaving()) {
            throw new IllegalArgumentException(stack.label() + " has no interleaved pipeline; use interleave 1");
        }
        if (interleave > 1 && pp == 1) {
            throw new IllegalArgumentException("interleaving (v = " + interleave + ") needs pipeline parallelism (pp > 1)");
        }
        if (sp && tp == 1) {
            sp = false; // sequence parallelism splits over the tensor-parallel group; with tp = 1 it is a no-op
        }
    }

    /** A plan without context parallelism, on the cluster's default stack. */
    public ParallelPlan(int dp, int tp, int pp, boolean sp, int ep, int microBatch, int globalBatch, int interleave,
                        Recompute recompute, int zeroStage, Precision precision) {
        this(dp, tp, pp, sp, ep, microBatch, globalBatch, interleave, recompute, zeroStage, precision, 1, null);
    }

    public static ParallelPlan fromJson(Path file) {
        return JsonInputs.read(file, ParallelPlan.class);
    }

    public int gpus() {
        return dp * tp * pp * cp;
    }

    /** Micro-batches each pipeline runs per iteration: m = B ÷ (dp · b). */
    public int microBatches() {
        return globalBatch / (dp * microBatch);
    }

    public String describe() {
        return describe(java.util.Set.of());
    }

    /** The plan, with a * after each size in {@code chosen} ("tp", "pp", "b", "B", "v", "recompute", "zero"). */
    public String describe(java.util.Collection<String> chosen) {
        return "dp=" + dp + " " + mark("tp", tp, chosen) + " " + mark("pp", pp, chosen) + (cp > 1 ? " cp=" + cp : "")
                + (sp ? " sp" : "") + (ep > 1 ? " ep=" + ep : "") + " " + mark("b", microBatch, chosen) + " "
                + mark("B", globalBatch, chosen)
                + (interleave > 1 || chosen.contains("v") && pp > 1 ? " " + mark("v", interleave, chosen) : "")
                + " " + mark("recompute", recompute.label(), chosen) + " " + mark("zero", zeroStage, chosen) + " "
                + precision.label() + (stack != null ? " " + stack.label() : "");
    }

    private static String mark(String key, Object value, java.util.Collection<String> chosen) {
        return key + "=" + value + (chosen.contains(key) ? "*" : "");
    }
}
