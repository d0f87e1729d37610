package zhiti.econ.training;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * The share of peak a reported run or serving rate implies — model FLOPs utilisation (MFU), read backwards from what
 * was achieved: for training, C ÷ (GPUs × peak × seconds); for generation, tokens/s × FLOP per token ÷ (GPUs × peak).
 * A result above 1 means the stated figures cannot all hold at that peak.
 */
public final class ImpliedUtilisation {

    private ImpliedUtilisation() {
    }

    /** MFU = C ÷ (GPUs × peak × days × 86,400 s). */
    public static Figure ofTraining(double computeFlop, double gpus, double peakFlops, double days, String source) {
        InputChecks.positive("compute (FLOP)", computeFlop);
        InputChecks.positive("gpus", gpus);
        InputChecks.positive("peak (FLOP/s)", peakFlops);
        InputChecks.positive("days", days);
        double seconds = days * GpuHours.HOURS_PER_DAY * GpuHours.SECONDS_PER_HOUR;
        return new Figure("implied utilisation (MFU)", computeFlop / (gpus * peakFlops * seconds), "fraction",
                "MFU = C ÷ (GPUs × peak × days × 86,400 s)", Figure.inputs("C (FLOP)", computeFlop, "GPUs", gpus,
                "peak (FLOP/s)", peakFlops, "days", days), source);
    }

    /** MFU = tokens/s × FLOP per token ÷ (GPUs × peak). */
    public static Figure ofServing(double tokensPerSecond, double flopPerToken, double gpus, double peakFlops, String source) {
        InputChecks.positive("tokens per second", tokensPerSecond);
        InputChecks.positive("FLOP per token", flopPerToken);
        InputChecks.positive("gpus", gpus);
        InputChecks.positive("peak (FLOP/s)", peakFlops);
        return new Figure("implied utilisation (share of peak)", tokensPerSecond * flopPerToken / (gpus * peakFlops), "fraction",
                "utilisation = tokens/s × FLOP per token ÷ (GPUs × peak)", Figure.inputs("tokens/s", tokensPerSecond,
                "FLOP per token", flopPerToken, "GPUs", gpus, "peak (FLOP/s)", peakFlops), source);
    }
}
