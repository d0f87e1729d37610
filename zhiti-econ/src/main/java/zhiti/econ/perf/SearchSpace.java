package zhiti.econ.perf;

import java.util.EnumSet;
import java.util.Set;
import zhiti.econ.Precision;

/**
 * What the planner may vary. A null size means "search it"; a fixed value pins it. With {@code useAllGpus} the
 * plan must use exactly the cluster's GPUs (dp = GPUs ÷ (tp·pp·cp)); otherwise fewer GPUs are allowed when the batch
 * does not divide. A global batch of 0 is the planner's choice too: the largest whole number of micro-batches per
 * replica within {@link #freeBatchTokens} tokens, on all GPUs. Context parallelism is searched only for sequences
 * of {@link #CP_MIN_SEQ} tokens or more; a null stack is the cluster's default.
 */
public record SearchSpace(int globalBatch, Precision precision, Integer tp, Integer pp, Integer dp, Integer microBatch,
                          Set<Recompute> recomputes, Boolean sequenceParallel, Set<Integer> zeroStages,
                          boolean useAllGpus, int maxMicroBatch, Integer cp, Stack stack, Integer interleave,
                          Integer ep) {

    /** Tokens per iteration a free global batch may always reach: 4M, about what GPT-3 and Llama 2 trained with. */
    public static final int FREE_BATCH_TOKENS = 1 << 22;
    /** Tokens per GPU a free batch may reach on large clusters (Llama 3: 16M on 16K GPUs; MegaScale: 12.6M on 12K). */
    public static final int FREE_BATCH_TOKENS_PER_GPU = 1024;

    /** The most tokens per iteration a free global batch may hold on {@code gpus} GPUs: max(4M, 1,024 × GPUs). */
    public static long freeBatchTokens(int gpus) {
        return Math.max(FREE_BATCH_TOKENS, (long) FREE_BATCH_TOKENS_PER_GPU * gpus);
    }
    /** Shortest sequence for which the planner tries context parallelism by itself. */
    public static final int CP_MIN_SEQ = 16384;

    public SearchSpace {
        if (globalBatch < 0) {
            throw new IllegalArgumentException("global batch size must be positive (or 0 for the planner's choice), got "
                    + globalBatch);
        }
        precision = precision == null ? Precision.BF16 : precision;
        recomputes = recomputes == null || recomputes.isEmpty() ? EnumSet.allOf(Recompute.class) : Set.copyOf(recomputes);
        zeroStages = zeroStages == null || zeroStages.isEmpty() ? Set.of(0, 1, 2, 3) : Set.copyOf(zeroStages);
        maxMicroBatch = maxMicroBatch <= 0 ? 64 : maxMicroBatch;
        for (int z : zeroStages) {
            if (z < 0 || z > 3) {
                throw new IllegalArgumentException("ZeRO stage must be 0, 1, 2 or 3, got " + z);
            }
        }
        positiveIfSet("tp", tp);
        positiveIfSet("pp", pp);
        positiveIfSet("dp", dp);
        positiveIfSet("micro-batch", microBatch);
        positiveIfSet("cp", cp);
        positiveIfSet("interleave", interleave);
        positiveIfSet("ep", ep);
    }

    /** Whether the planner chooses the global batch. */
    public boolean freeBatch() {
        return globalBatch == 0;
    }

    /** Everything free except batch and precision. */
    public static SearchSpace open(int globalBatch, Precision precision) {
        return new SearchSpace(globalBatch, precision, null, null, null, null, null, null, null, false, 0, null, null,
                null, null);
    }

    public SearchSpace withTp(Integer v) {
        return new SearchSpace(globalBatch, precision, v, pp, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch, cp, stack, interleave, ep);
    }

    public SearchSpace withPp(Integer v) {
        return new SearchSpace(globalBatch, precision, tp, v, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch, cp, stack, interleave, ep);
    }

    public SearchSpace withMicroBatch(Integer v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, v, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch, cp, stack, interleave, ep);
    }

    public SearchSpace withRecompute(Set<Recompute> v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, v, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch, cp, stack, interleave, ep);
    }

    public SearchSpace withSequenceParallel(Boolean v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, v, zeroStages,
                useAllGpus, maxMicroBatch, cp, stack, interleave, ep);
    }

    public SearchSpace withZeroStages(Set<Integer> v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, sequenceParallel, v,
                useAllGpus, maxMicroBatch, cp, stack, interleave, ep);
    }

    public SearchSpace usingAllGpus(boolean v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                v, maxMicroBatch, cp, stack, interleave, ep);
    }

    public SearchSpace withCp(Integer v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch, v, stack, interleave, ep);
    }

    public SearchSpace withStack(Stack v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch, cp, v, interleave, ep);
    }

    public SearchSpace withInterleave(Integer v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch, cp, stack, v, ep);
    }

    public SearchSpace withEp(Integer v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch, cp, stack, interleave, v);
    }

    private static void positiveIfSet(String what, Integer v) {
        if (v != null && v <= 0) {
            throw new IllegalArgumentException(what + " must be a positive whole number, got " + v);
        }
    }
}
