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
 * @param ep          expert-parallel size (carved out of the data-parallel replicas; 1 for dense models)
 * @param microBatch  sequences per micro-batch b
 * @param globalBatch sequences per iteration B (= dp · b · micro-batches)
 * @param interleave  model chunks per GPU v of the interleaved 1F1B schedule (1 = plain 1F1B)
 * @param recompute   activation recomputation
 * @param zeroStage   0 none, 1 shards optimizer states, 2 also gradients, 3 also weights over dp
 * @param precision   bf16, fp16 or fp8 tensor math
 */
public record ParallelPlan(int dp, int tp, int pp, boolean sp, int ep, @JsonAlias("micro_batch") int microBatch,
                           @JsonAlias("global_batch") int globalBatch, int interleave, Recompute recompute,
                           @JsonAlias("zero_stage") int zeroStage, Precision precision) {

    public ParallelPlan {
        ep = ep == 0 ? 1 : ep;
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
        if (dp % ep != 0) {
            throw new IllegalArgumentException("expert-parallel size " + ep + " must divide dp " + dp);
        }
        if (interleave > 1 && pp == 1) {
            throw new IllegalArgumentException("interleaving (v = " + interleave + ") needs pipeline parallelism (pp > 1)");
        }
        if (sp && tp == 1) {
            sp = false; // sequence parallelism splits over the tensor-parallel group; with tp = 1 it is a no-op
        }
    }

    public static ParallelPlan fromJson(Path file) {
        return JsonInputs.read(file, ParallelPlan.class);
    }

    public int gpus() {
        return dp * tp * pp;
    }

    /** Micro-batches each pipeline runs per iteration: m = B ÷ (dp · b). */
    public int microBatches() {
        return globalBatch / (dp * microBatch);
    }

    public String describe() {
        return "dp=" + dp + " tp=" + tp + " pp=" + pp + (sp ? " sp" : "") + (ep > 1 ? " ep=" + ep : "")
                + " b=" + microBatch + " B=" + globalBatch + (interleave > 1 ? " v=" + interleave : "")
                + " recompute=" + recompute.label() + " zero=" + zeroStage + " " + precision.label();
    }
}
