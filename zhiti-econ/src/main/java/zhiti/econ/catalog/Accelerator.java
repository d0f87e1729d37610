package zhiti.econ.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhiti.econ.Precision;

/** One accelerator chip: dense peak throughput per precision (TFLOP/s or TOP/s), memory, power, and the source. */
public record Accelerator(String name, List<String> aliases, String vendor, Map<Precision, Double> denseTflops,
                          boolean sparsityDoubles, double memoryGb, double memoryBandwidthTBs, double tdpWatts,
                          String released, String source) {

    public Accelerator {
        aliases = List.copyOf(aliases);
        denseTflops = Map.copyOf(new EnumMap<>(denseTflops));
    }

    public Optional<Double> denseTflops(Precision p) {
        return Optional.ofNullable(denseTflops.get(p));
    }

    /** Dense peak in FLOP/s for a precision, or a message naming the precisions the catalog does have. */
    public double peakFlops(Precision p) {
        return denseTflops(p).map(t -> t * 1e12).orElseThrow(() -> new IllegalArgumentException(
                name + " has no " + p.label() + " peak in the catalog; it lists "
                        + denseTflops.keySet().stream().sorted().map(Precision::label).toList()));
    }
}
