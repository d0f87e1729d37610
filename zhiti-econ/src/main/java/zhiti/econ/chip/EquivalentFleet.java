package zhiti.econ.chip;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;

/**
 * How many of one accelerator match the dense peak throughput of a fleet of another ("how many H20 match 100
 * H100"): count = ⌈N_ref × peak_ref ÷ peak⌉. Both peaks are read at one precision, or the comparison would mix
 * number formats; by default the first of bf16, fp16, fp8 that both chips list. Peak only: memory, interconnect and
 * achieved utilisation can make the real count larger.
 */
public final class EquivalentFleet {

    /** The order in which a shared precision is picked: the training formats first. */
    public static final List<Precision> PREFERENCE = List.of(Precision.BF16, Precision.FP16, Precision.FP8);

    private EquivalentFleet() {
    }

    /** @param exact the fractional count before rounding up */
    public record Match(Figure count, double exact, Precision precision, double peakFlops, double referencePeakFlops) {
    }

    public static Match match(double referenceCount, Accelerator reference, Accelerator target,
                              Optional<Precision> precision) {
        return match(referenceCount, reference, target, precision, OptionalDouble.empty());
    }

    /**
     * The same, with a peak the user measured or stated for the chip counted (FLOP/s) in place of the catalog's; the
     * reference chip keeps its catalog peak.
     */
    public static Match match(double referenceCount, Accelerator reference, Accelerator target,
                              Optional<Precision> precision, OptionalDouble statedPeak) {
        InputChecks.positive("reference gpus", referenceCount);
        Precision p = precision.orElseGet(() -> sharedPrecision(reference, target));
        double refPeak = reference.peakFlops(p);
        double peak = statedPeak.orElse(target.peakFlops(p));
        InputChecks.positive("peak (FLOP/s) of " + target.name(), peak);
        String source = statedPeak.isPresent() ? "stated in the question; " + reference.source()
                : reference.source() + "; " + target.source();
        double exact = referenceCount * refPeak / peak;
        long n = (long) Math.ceil(exact - 1e-9);
        Figure f = new Figure(target.name() + " matching " + trim(referenceCount) + " × " + reference.name(), n,
                "accelerator", "count = ⌈N_ref × peak_ref ÷ peak⌉ (dense " + p.label() + " peaks"
                        + (statedPeak.isPresent() ? ", the stated one for " + target.name() : "") + ")",
                Figure.inputs("N_ref", referenceCount, "peak_ref (FLOP/s, " + reference.name() + ")", refPeak,
                        "peak (FLOP/s, " + target.name() + ")", peak, "exact", Math.round(exact * 1000) / 1000.0),
                source);
        return new Match(f, exact, p, peak, refPeak);
    }

    /**
     * How many of another accelerator match the memory bandwidth of N reference ones: ⌈N_ref × bw_ref ÷ bw⌉ (the
     * measure for bandwidth-bound decoding). The figure's value is the whole count; the exact quotient is returned.
     */
    public static Figure[] matchBandwidth(double referenceCount, Accelerator reference, Accelerator target) {
        InputChecks.positive("reference gpus", referenceCount);
        double refBw = reference.memoryBandwidthTBs() * 1e12;
        double bw = target.memoryBandwidthTBs() * 1e12;
        InputChecks.positive("memory bandwidth of " + target.name() + " (byte/s)", bw);
        double exact = referenceCount * refBw / bw;
        var in = Figure.inputs("N_ref", referenceCount, "bandwidth_ref (byte/s, " + reference.name() + ")", refBw,
                "bandwidth (byte/s, " + target.name() + ")", bw);
        String source = reference.source() + "; " + target.source();
        return new Figure[]{
                new Figure(target.name() + " matching the memory bandwidth of " + trim(referenceCount) + " × " + reference.name(),
                        Math.ceil(exact - 1e-9), "accelerator", "count = ⌈N_ref × bandwidth_ref ÷ bandwidth⌉", in, source),
                new Figure(target.name() + " needed for the same bandwidth (exact)", exact, "GPU",
                        "accelerators = N_ref × bandwidth_ref ÷ bandwidth", in, source)};
    }

    /**
     * The same job on as many accelerators of another kind at the same utilisation: its time scales by the ratio
     * of the dense peaks, days' = days × peak_ref ÷ peak.
     */
    public static Figure swapDays(double days, Accelerator reference, Accelerator target, Optional<Precision> precision) {
        InputChecks.positive("days", days);
        Precision p = precision.orElseGet(() -> sharedPrecision(reference, target));
        double refPeak = reference.peakFlops(p);
        double peak = target.peakFlops(p);
        return new Figure("days on " + target.name() + " instead of " + reference.name(), days * refPeak / peak, "day",
                "days' = days × peak_ref ÷ peak (same count, same utilisation; dense " + p.label() + " peaks)",
                Figure.inputs("days on " + reference.name(), days, "peak_ref (FLOP/s, " + reference.name() + ")", refPeak,
                        "peak (FLOP/s, " + target.name() + ")", peak), reference.source() + "; " + target.source());
    }

    /** The first of {@link #PREFERENCE} both chips list a dense peak for. */
    public static Precision sharedPrecision(Accelerator a, Accelerator b) {
        return PREFERENCE.stream().filter(p -> a.denseTflops(p).isPresent() && b.denseTflops(p).isPresent())
                .findFirst().orElseThrow(() -> new IllegalArgumentException(a.name() + " and " + b.name()
                        + " share none of bf16, fp16, fp8 in the catalog; give precision (" + a.name() + " lists "
                        + a.denseTflops().keySet().stream().sorted().map(Precision::label).toList() + ", "
                        + b.name() + " lists "
                        + b.denseTflops().keySet().stream().sorted().map(Precision::label).toList() + ")"));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
