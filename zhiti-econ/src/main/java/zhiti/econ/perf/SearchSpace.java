package zhiti.econ.perf;

import java.util.EnumSet;
import java.util.Set;
import zhiti.econ.Precision;

/**
 * What the planner may vary. A null size means "search it"; a fixed value pins it. With {@code useAllGpus} the
 * plan must use exactly the cluster's GPUs (dp = GPUs ÷ (tp·pp)); otherwise fewer GPUs are allowed when the batch
 * does not divide.
 */
public record SearchSpace(int globalBatch, Precision precision, Integer tp, Integer pp, Integer dp, Integer microBatch,
                          Set<Recompute> recomputes, Boolean sequenceParallel, Set<Integer> zeroStages,
                          boolean useAllGpus, int maxMicroBatch) {

    public SearchSpace {
        Checks.positive("global batch size", globalBatch);
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
    }

    /** Everything free except batch and precision. */
    public static SearchSpace open(int globalBatch, Precision precision) {
        return new SearchSpace(globalBatch, precision, null, null, null, null, null, null, null, false, 0);
    }

    public SearchSpace withTp(Integer v) {
        return new SearchSpace(globalBatch, precision, v, pp, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch);
    }

    public SearchSpace withPp(Integer v) {
        return new SearchSpace(globalBatch, precision, tp, v, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch);
    }

    public SearchSpace withMicroBatch(Integer v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, v, recomputes, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch);
    }

    public SearchSpace withRecompute(Set<Recompute> v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, v, sequenceParallel, zeroStages,
                useAllGpus, maxMicroBatch);
    }

    public SearchSpace withSequenceParallel(Boolean v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, v, zeroStages,
                useAllGpus, maxMicroBatch);
    }

    public SearchSpace withZeroStages(Set<Integer> v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, sequenceParallel, v,
                useAllGpus, maxMicroBatch);
    }

    public SearchSpace usingAllGpus(boolean v) {
        return new SearchSpace(globalBatch, precision, tp, pp, dp, microBatch, recomputes, sequenceParallel, zeroStages,
                v, maxMicroBatch);
    }

    private static void positiveIfSet(String what, Integer v) {
        if (v != null && v <= 0) {
            throw new IllegalArgumentException(what + " must be a positive whole number, got " + v);
        }
    }
}
