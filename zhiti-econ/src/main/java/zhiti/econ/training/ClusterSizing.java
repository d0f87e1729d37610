package zhiti.econ.training;

import zhiti.econ.catalog.Hardware;

import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.ServerSystem;

/**
 * How many accelerators (and servers) finish a training run by a deadline, or how long a given fleet takes:
 * sustained throughput = dense peak × utilisation, and time = compute ÷ (count × sustained throughput).
 */
public final class ClusterSizing {

    public static final double SECONDS_PER_DAY = 86_400;

    private ClusterSizing() {
    }

    /** Result of sizing: fractional counts are kept so callers can see how close a round-up was. */
    public record Estimate(double gpusExact, long gpus, long servers, double days, List<Figure> figures) {
    }

    /**
     * The per-accelerator peak a sizing divides by: the catalog's dense peak at a precision, or one the question
     * states (a vendor figure the catalog lacks, a derated clock). The label and source say which it was, so the
     * figures never pass a stated number off as a catalog one.
     *
     * @param label  what the peak is, e.g. "dense bf16" or "stated"
     * @param source null for a catalog peak (the hardware's own source is cited), else where the number came from
     */
    public record Peak(double flops, String label, String source) {

        public Peak {
            Checks.positive("accelerator peak (FLOP/s)", flops);
        }

        public static Peak dense(Accelerator a, Precision p) {
            return new Peak(a.peakFlops(p), "dense " + p.label(), null);
        }

        public static Peak stated(double flops) {
            return new Peak(flops, "stated", "peak FLOP/s as stated in the question");
        }

        String cite(String hardwareSource) {
            return source == null ? hardwareSource : source + "; " + hardwareSource;
        }
    }

    /** Accelerators and servers needed to finish {@code computeFlop} within {@code days}. */
    public static Estimate forDeadline(double computeFlop, Hardware hw, Precision precision, double utilisation,
                                       double days) {
        return forDeadline(computeFlop, hw, Peak.dense(hw.accelerator(), precision), utilisation, days);
    }

    /** {@link #forDeadline(double, Hardware, Precision, double, double)} at a given peak. */
    public static Estimate forDeadline(double computeFlop, Hardware hw, Peak peakFlops, double utilisation,
                                       double days) {
        Checks.positive("training compute (FLOP)", computeFlop);
        Checks.fraction("utilisation", utilisation);
        Checks.positive("days", days);
        double peak = peakFlops.flops();
        double seconds = days * SECONDS_PER_DAY;
        double exact = computeFlop / (peak * utilisation * seconds);
        long gpus = (long) Math.ceil(exact - 1e-9);
        String gpuName = hw.accelerator().name();
        Figure gpuFigure = new Figure(gpuName + " GPUs needed", gpus, "GPU",
                "GPUs = ⌈C ÷ (peak × utilisation × days × 86,400 s)⌉",
                Figure.inputs("C (FLOP)", computeFlop, "peak (FLOP/s, " + peakFlops.label() + ")", peak,
                        "utilisation", utilisation, "days", days, "exact GPUs", round3(exact)),
                peakFlops.cite(hw.accelerator().source()));
        if (hw.server() == null) {
            return new Estimate(exact, gpus, 0, days, List.of(gpuFigure));
        }
        int per = hw.server().acceleratorsPerServer();
        long servers = (long) Math.ceil(exact / per - 1e-9);
        Figure serverFigure = new Figure(hw.server().name() + " servers needed", servers, "server",
                "servers = ⌈GPUs (exact) ÷ GPUs per server⌉",
                Figure.inputs("GPUs (exact)", round3(exact), "GPUs per server", per), hw.source());
        return new Estimate(exact, gpus, servers, days, List.of(gpuFigure, serverFigure));
    }

    /** Days a fleet of {@code gpus} accelerators needs for {@code computeFlop}. */
    public static Estimate daysFor(double computeFlop, Hardware hw, Precision precision, double utilisation,
                                   long gpus) {
        return daysFor(computeFlop, hw, Peak.dense(hw.accelerator(), precision), utilisation, gpus);
    }

    /** {@link #daysFor(double, Hardware, Precision, double, long)} at a given peak. */
    public static Estimate daysFor(double computeFlop, Hardware hw, Peak peakFlops, double utilisation, long gpus) {
        Checks.positive("training compute (FLOP)", computeFlop);
        Checks.fraction("utilisation", utilisation);
        Checks.positive("GPU count", gpus);
        double peak = peakFlops.flops();
        double days = computeFlop / (gpus * peak * utilisation) / SECONDS_PER_DAY;
        Figure dayFigure = new Figure("training time", days, "day",
                "days = C ÷ (GPUs × peak × utilisation) ÷ 86,400 s",
                Figure.inputs("C (FLOP)", computeFlop, "GPUs", gpus,
                        "peak (FLOP/s, " + peakFlops.label() + ")", peak, "utilisation", utilisation),
                peakFlops.cite(hw.source()));
        if (hw.server() == null) {
            return new Estimate(gpus, gpus, 0, days, List.of(dayFigure));
        }
        int per = hw.server().acceleratorsPerServer();
        long servers = (long) Math.ceil((double) gpus / per);
        Figure serverFigure = new Figure(hw.server().name() + " servers holding the fleet", servers, "server",
                "servers = ⌈GPUs ÷ GPUs per server⌉", Figure.inputs("GPUs", gpus, "GPUs per server", per), hw.source());
        return new Estimate(gpus, gpus, servers, days, List.of(dayFigure, serverFigure));
    }

    /**
     * The utilisation at which {@code count} units of {@code hw} finish {@code computeFlop} in {@code days}: used to
     * read back what a report assumed when it printed only a count.
     */
    public static double impliedUtilisation(double computeFlop, Hardware hw, Precision precision, double count,
                                            double days) {
        int per = hw.server() == null ? 1 : hw.server().acceleratorsPerServer();
        return computeFlop / (count * per * hw.accelerator().peakFlops(precision) * days * SECONDS_PER_DAY);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
