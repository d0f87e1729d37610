package zhiti.econ.perf;

/**
 * The distributed-training performance model: model shape + cluster + parallel plan → time per iteration,
 * memory per GPU, MFU and HFU (see {@link PerfKernel} for the formulas).
 */
public final class PerfModel {

    private PerfModel() {
    }

    public static PerfEstimate evaluate(ModelShape model, ClusterSpec cluster, ParallelPlan plan) {
        return evaluate(model, cluster, plan, Calibration.FITTED);
    }

    public static PerfEstimate evaluate(ModelShape model, ClusterSpec cluster, ParallelPlan plan, Calibration cal) {
        check(model, cluster, plan);
        PerfKernel kernel = new PerfKernel(model, cluster, plan.precision(), cal, plan.stack());
        return evaluate(kernel, plan);
    }

    /** Evaluates a plan with a kernel already built for its model, cluster and precision. */
    static PerfEstimate evaluate(PerfKernel kernel, ParallelPlan plan) {
        double[] t = new double[PerfKernel.TIME_PARTS];
        double[] mem = new double[PerfKernel.MEMORY_PARTS];
        int rec = plan.recompute().ordinal();
        double seconds = kernel.seconds(plan.tp(), plan.pp(), plan.dp(), plan.cp(), plan.microBatch(),
                plan.interleave(), rec, plan.sp(), plan.zeroStage(), plan.ep(), plan.globalBatch(), t);
        double bytes = kernel.memoryBytes(plan.tp(), plan.pp(), plan.dp(), plan.cp(), plan.microBatch(),
                plan.interleave(), rec, plan.sp(), plan.zeroStage(), plan.ep(), plan.globalBatch(), mem);
        double mf = kernel.modelFlops(plan.globalBatch());
        double hf = kernel.hardwareFlops(plan.globalBatch(), rec, kernel.rerunShare(plan.tp(), plan.pp(), plan.dp(),
                plan.cp(), plan.microBatch(), plan.interleave(), rec, plan.sp(), plan.zeroStage(), plan.ep(),
                plan.globalBatch()));
        return new PerfEstimate(kernel.model, kernel.cluster, plan, seconds, t, bytes, mem,
                kernel.memoryLimitBytes(), mf, hf, kernel.peakFlops(),
                PerfEstimate.figuresFor(kernel.model, kernel.cluster, plan, seconds, t, bytes, mem,
                        kernel.memoryLimitBytes(), mf, hf, kernel.peakFlops(), kernel.cal, kernel.stack));
    }

    /** Plan–model–cluster consistency; each message says which sizes clash and how to fix them. */
    public static void check(ModelShape model, ClusterSpec cluster, ParallelPlan plan) {
        if (plan.gpus() > cluster.gpus()) {
            throw new IllegalArgumentException("plan needs dp×tp×pp = " + plan.gpus() + " GPUs but the cluster has "
                    + cluster.gpus() + " (" + cluster.nodes() + " nodes × " + cluster.gpusPerNode() + ")");
        }
        if (model.heads() % plan.tp() != 0) {
            throw new IllegalArgumentException("tp " + plan.tp() + " does not divide the " + model.heads()
                    + " attention heads; use a tp that divides them");
        }
        if (plan.pp() > model.layers()) {
            throw new IllegalArgumentException("pp " + plan.pp() + " exceeds the " + model.layers()
                    + " layers; every pipeline stage needs at least one layer");
        }
        int busiest = (model.layers() + plan.pp() - 1) / plan.pp();
        if (busiest % plan.interleave() != 0) {
            throw new IllegalArgumentException("v = " + plan.interleave() + " does not divide the " + busiest
                    + " layers of the busiest stage (" + model.layers() + " layers over pp = " + plan.pp()
                    + "); every pipeline chunk needs whole layers");
        }
        if (model.seqLen() % plan.cp() != 0) {
            throw new IllegalArgumentException("cp " + plan.cp() + " does not divide the sequence length "
                    + model.seqLen() + "; context parallelism splits each sequence into cp equal chunks");
        }
        if (plan.interleave() > 1 && plan.microBatches() % plan.pp() != 0) {
            throw new IllegalArgumentException("the interleaved schedule needs the " + plan.microBatches()
                    + " micro-batches per pipeline to be a multiple of pp = " + plan.pp());
        }
        if (plan.ep() > 1 && model.experts() % plan.ep() != 0) {
            throw new IllegalArgumentException("ep " + plan.ep() + " does not divide the " + model.experts()
                    + " experts per layer");
        }
        if (plan.ep() > 1 && model.experts() == 1) {
            throw new IllegalArgumentException("expert parallelism (ep = " + plan.ep() + ") needs an MoE model "
                    + "(experts > 1)");
        }
        cluster.peakFlops(plan.precision());
    }
}
