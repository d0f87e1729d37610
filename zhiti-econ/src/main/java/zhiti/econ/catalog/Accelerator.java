package zhiti.econ.catalog;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import zhiti.econ.Precision;

/**
 * One accelerator chip: dense peak throughput per precision (TFLOP/s or TOP/s), memory, power, die area, the bit
 * width the US export rule multiplies its headline rate by, interconnect, prices and the source. Unknown numbers
 * are NaN (or empty optionals), never guesses.
 *
 * @param dieMm2      die area in mm² (sum of dies for multi-die packages), NaN if unknown
 * @param tppBitWidth bit width of the headline rate for TPP = TFLOPS × bit width; 0 if unknown
 */
public record Accelerator(String name, List<String> aliases, String vendor, Map<Precision, Double> denseTflops,
                          boolean sparsityDoubles, double memoryGb, double memoryBandwidthTBs, double tdpWatts,
                          String released, String source, double dieMm2, int tppBitWidth, Links links,
                          Pricing pricing, String notes) {

    public Accelerator {
        aliases = List.copyOf(aliases);
        denseTflops = Map.copyOf(new EnumMap<>(denseTflops));
        links = links == null ? Links.UNKNOWN : links;
        pricing = pricing == null ? Pricing.UNKNOWN : pricing;
        notes = notes == null ? "" : notes;
    }

    /** The original shape of the record, for callers that know only the compute and memory facts. */
    public Accelerator(String name, List<String> aliases, String vendor, Map<Precision, Double> denseTflops,
                       boolean sparsityDoubles, double memoryGb, double memoryBandwidthTBs, double tdpWatts,
                       String released, String source) {
        this(name, aliases, vendor, denseTflops, sparsityDoubles, memoryGb, memoryBandwidthTBs, tdpWatts, released,
                source, Double.NaN, 0, Links.UNKNOWN, Pricing.UNKNOWN, "");
    }

    /**
     * Interconnect per accelerator.
     *
     * @param intraNodeGBs  scale-up bandwidth inside a node (NVLink, Infinity Fabric, ICI, on-chip RoCE), GB/s, NaN if unknown
     * @param interNodeGbps scale-out network bandwidth per accelerator, Gb/s, NaN if unknown
     * @param kind          what the links are, in words
     */
    public record Links(double intraNodeGBs, double interNodeGbps, String kind) {
        public static final Links UNKNOWN = new Links(Double.NaN, Double.NaN, "");
    }

    /**
     * Purchase and rental prices, each with its date (ISO, as precise as the source).
     *
     * @param rentalUsdPerHour on-demand $ per accelerator-hour
     * @param reserved1yUsdPerHour 1-year commitment $ per accelerator-hour
     * @param reserved3yUsdPerHour 3-year commitment $ per accelerator-hour
     */
    public record Pricing(OptionalDouble listPriceUsd, String priceDate, String priceNote,
                          OptionalDouble rentalUsdPerHour, OptionalDouble reserved1yUsdPerHour,
                          OptionalDouble reserved3yUsdPerHour, String rentalDate, String rentalProvider) {
        public static final Pricing UNKNOWN = new Pricing(OptionalDouble.empty(), "", "", OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), "", "");
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

    /**
     * The dense rate at {@link #tppBitWidth()}: the highest catalogued peak among precisions of that width (fp8/int8
     * for 8, bf16/fp16 for 16, fp32 for 32). Empty when the width or the rate is unknown.
     */
    public OptionalDouble headlineTflops() {
        return denseTflops.entrySet().stream()
                .filter(e -> e.getKey() != Precision.TF32 && e.getKey().bits() == tppBitWidth)
                .mapToDouble(Map.Entry::getValue).max();
    }

    /** Total processing performance as the US rule defines it: headline dense TFLOPS (or TOPS) × bit width. */
    public OptionalDouble tpp() {
        OptionalDouble h = headlineTflops();
        return h.isPresent() ? OptionalDouble.of(h.getAsDouble() * tppBitWidth) : OptionalDouble.empty();
    }

    /** The precision a training or serving estimate uses unless told otherwise: BF16, or FP16 on chips without it. */
    public Precision defaultPrecision() {
        return denseTflops(Precision.BF16).isPresent() ? Precision.BF16
                : denseTflops(Precision.FP16).isPresent() ? Precision.FP16 : Precision.FP32;
    }

    /**
     * Every catalogued fact in column order, unknown numbers as null: the one view of a row that the catalog
     * command and the lookup tool both print.
     */
    public Map<String, Object> facts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("aliases", aliases);
        m.put("vendor", vendor);
        Map<String, Object> peaks = new LinkedHashMap<>();
        for (Precision p : Precision.values()) {
            denseTflops(p).ifPresent(v -> peaks.put(p.label(), v));
        }
        m.put("dense_tflops", peaks);
        m.put("sparsity_doubles", sparsityDoubles);
        m.put("memory_gb", known(memoryGb));
        m.put("memory_bw_tbs", known(memoryBandwidthTBs));
        m.put("tdp_w", known(tdpWatts));
        m.put("die_mm2", known(dieMm2));
        m.put("tpp_bit_width", tppBitWidth == 0 ? null : tppBitWidth);
        m.put("tpp", known(tpp()));
        m.put("nvlink_gbs", known(links.intraNodeGBs()));
        m.put("internode_gbps", known(links.interNodeGbps()));
        m.put("interconnect", links.kind());
        m.put("list_price_usd", known(pricing.listPriceUsd()));
        m.put("price_date", pricing.priceDate());
        m.put("rental_usd_per_h", known(pricing.rentalUsdPerHour()));
        m.put("rental_reserved_1y_usd_per_h", known(pricing.reserved1yUsdPerHour()));
        m.put("rental_reserved_3y_usd_per_h", known(pricing.reserved3yUsdPerHour()));
        m.put("rental_date", pricing.rentalDate());
        m.put("rental_provider", pricing.rentalProvider());
        m.put("release", released);
        m.put("notes", notes);
        m.put("source", source);
        return m;
    }

    private static Double known(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static Double known(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
