package zhiti.econ.training;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Accelerator-hours, the unit rental prices and energy estimates are quoted in: from a compute budget at a sustained
 * share of peak, GPU-hours = C ÷ (peak × utilisation × 3,600 s); from a fleet and its running time, GPU-hours =
 * GPUs × hours; back from GPU-hours to the wall-clock time a fleet needs; and forward to the compute they deliver.
 */
public final class GpuHours {

    public static final double SECONDS_PER_HOUR = 3_600;
    public static final double HOURS_PER_DAY = 24;

    private GpuHours() {
    }

    /** GPU-hours = C ÷ (peak × utilisation × 3,600 s). */
    public static Figure fromCompute(double computeFlop, double peakFlops, double utilisation, String source) {
        InputChecks.positive("compute (FLOP)", computeFlop);
        checkPeak(peakFlops);
        InputChecks.fraction("utilisation", utilisation);
        return new Figure("GPU-hours", computeFlop / (peakFlops * utilisation * SECONDS_PER_HOUR), "GPU-hour",
                "GPU-hours = C ÷ (peak × utilisation × 3,600 s)",
                Figure.inputs("C (FLOP)", computeFlop, "peak (FLOP/s)", peakFlops, "utilisation", utilisation), source);
    }

    /** GPU-hours = GPUs × hours. */
    public static Figure fromFleet(double gpus, double hours, String source) {
        InputChecks.positive("gpus", gpus);
        InputChecks.positive("hours", hours);
        return new Figure("GPU-hours", gpus * hours, "GPU-hour", "GPU-hours = GPUs × hours",
                Figure.inputs("GPUs", gpus, "hours", hours), source);
    }

    /** hours = days × 24. */
    public static Figure hoursIn(double days, String source) {
        InputChecks.positive("days", days);
        return new Figure("hours", days * HOURS_PER_DAY, "hour", "hours = days × 24", Figure.inputs("days", days),
                source);
    }

    /** Wall-clock hours a fleet needs for a number of GPU-hours: hours = GPU-hours ÷ GPUs. */
    public static Figure hoursFor(double gpuHours, double gpus, String source) {
        InputChecks.positive("gpu_hours", gpuHours);
        InputChecks.positive("gpus", gpus);
        return new Figure("wall-clock hours", gpuHours / gpus, "hour", "hours = GPU-hours ÷ GPUs",
                Figure.inputs("GPU-hours", gpuHours, "GPUs", gpus), source);
    }

    /** days = hours ÷ 24. */
    public static Figure daysIn(double hours, String source) {
        InputChecks.positive("hours", hours);
        return new Figure("wall-clock days", hours / HOURS_PER_DAY, "day", "days = hours ÷ 24",
                Figure.inputs("hours", hours), source);
    }
    /** Compute a number of GPU-hours delivers: C = GPU-hours × 3,600 s × peak × utilisation. */
    public static Figure deliveredCompute(double gpuHours, double peakFlops, double utilisation, String source) {
        InputChecks.positive("GPU-hours", gpuHours);
        checkPeak(peakFlops);
        InputChecks.fraction("utilisation", utilisation);
        return new Figure("compute delivered", gpuHours * SECONDS_PER_HOUR * peakFlops * utilisation, "FLOP",
                "C = GPU-hours × 3,600 s × peak × utilisation",
                Figure.inputs("GPU-hours", gpuHours, "peak (FLOP/s)", peakFlops, "utilisation", utilisation), source);
    }

    /** A peak under 1 GFLOP/s is no accelerator's: it is almost always TFLOP/s sent as FLOP/s. */
    private static void checkPeak(double peakFlops) {
        InputChecks.positive("peak (FLOP/s)", peakFlops);
        if (peakFlops < 1e9) {
            throw new IllegalArgumentException("peak " + peakFlops + " FLOP/s looks like TFLOP/s; give FLOP per "
                    + "second (989 TFLOP/s = 9.89e14)");
        }
    }
}
