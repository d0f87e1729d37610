package zhiti.tools.econ;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.catalog.ServerSystem;

/**
 * The numbers of a hardware row in canonical units (FLOP/s, byte/s, byte, W, USD per GPU-hour), each with a figure,
 * so a planner can feed a lookup straight into the sizing tools without converting TFLOP/s or GB. Unknown facts are
 * left out rather than written as null, so "present" means "known".
 */
final class HardwareFacts {

    private HardwareFacts() {
    }

    /** The precision a lookup reports peak_flops at: the one asked for, else the accelerator's default. */
    static Precision precision(Accelerator a, String asked) {
        return asked == null || asked.isBlank() ? a.defaultPrecision() : Precision.parse(asked);
    }

    /** Adds the canonical keys (and their figures) for {@code hw} at precision {@code p} to {@code data}. */
    static void put(ObjectNode data, List<Figure> figures, Hardware hw, Precision p) {
        Accelerator a = hw.accelerator();
        double peak = a.peakFlops(p);
        data.put("peak_flops", peak).put("precision", p.label());
        figures.add(new Figure(a.name() + " dense " + p.label().toUpperCase(Locale.ROOT) + " peak", peak,
                "FLOP/s", "peak = catalog dense TFLOP/s × 10¹² (no sparsity speed-up)",
                Figure.inputs("dense TFLOP/s (" + p.label() + ")", peak / 1e12), a.source()));
        if (a.memoryBandwidthTBs() > 0) {
            double bw = a.memoryBandwidthTBs() * 1e12;
            data.put("memory_bandwidth_bytes_per_s", bw);
            figures.add(new Figure(a.name() + " memory bandwidth", bw, "byte/s", "bandwidth = catalog TB/s × 10¹²",
                    Figure.inputs("TB/s", a.memoryBandwidthTBs()), a.source()));
        }
        if (a.memoryGb() > 0) {
            double bytes = a.memoryGb() * 1e9;
            data.put("memory_bytes", bytes);
            figures.add(new Figure(a.name() + " memory", bytes, "byte", "memory = catalog GB × 10⁹",
                    Figure.inputs("GB", a.memoryGb()), a.source()));
        }
        watts(hw).ifPresent(w -> {
            data.put("watts_per_gpu", w.value());
            figures.add(w);
        });
        OptionalDouble rent = a.pricing().rentalUsdPerHour();
        if (rent.isPresent()) {
            data.put("rental_usd_per_h", rent.getAsDouble()).put("rental_source", rentalSource(a));
            figures.add(new Figure(a.name() + " on-demand rental price", rent.getAsDouble(), "USD/GPU-hour",
                    "catalog value (on-demand, per accelerator-hour)",
                    Figure.inputs("provider", a.pricing().rentalProvider(), "date", a.pricing().rentalDate()),
                    rentalSource(a)));
        }
        OptionalDouble tpp = a.tpp();
        if (tpp.isPresent()) {
            data.put("tpp", tpp.getAsDouble());
            figures.add(new Figure(a.name() + " TPP", tpp.getAsDouble(), "TPP", "TPP = headline dense TFLOPS × bit width",
                    Figure.inputs("headline dense TFLOPS", a.headlineTflops().getAsDouble(), "bit width", a.tppBitWidth()),
                    a.source()));
        }
        ServerSystem s = hw.server();
        // the price of what was named: the whole server for a system, one card for an accelerator
        OptionalDouble unitPrice = s != null ? s.listPriceUsd() : a.pricing().listPriceUsd();
        if (unitPrice.isPresent()) {
            data.put("unit_price_usd", unitPrice.getAsDouble());
            figures.add(new Figure(hw.name() + " list price", unitPrice.getAsDouble(), "USD",
                    "catalog value (" + (s != null ? "one server, dated " + s.priceDate() : "one accelerator, dated "
                            + a.pricing().priceDate()) + ")", Map.of(), s != null ? s.source() : a.source()));
        }
        if (s != null) {
            data.put("system_name", s.name()).put("gpus_per_server", s.acceleratorsPerServer())
                    .put("system_source", s.source());
            s.powerKw().ifPresent(kw -> data.put("power_kw", kw));
            s.listPriceUsd().ifPresent(usd -> data.put("system_list_price_usd", usd));
            figures.add(new Figure(s.name() + " GPUs per server", s.acceleratorsPerServer(), "GPU", "catalog value",
                    Map.of(), s.source()));
        }
    }

    /**
     * Average draw per accelerator: a server's rated power shared over its GPUs (it includes CPUs, memory and
     * network, so it is the fairer per-GPU figure), else the accelerator's TDP; empty when neither is known.
     */
    static Optional<Figure> watts(Hardware hw) {
        ServerSystem s = hw.server();
        if (s != null && s.powerKw().isPresent()) {
            double kw = s.powerKw().getAsDouble();
            return Optional.of(new Figure(s.name() + " power per GPU", kw * 1000 / s.acceleratorsPerServer(),
                    "W", "W per GPU = server power (kW) × 1000 ÷ GPUs per server",
                    Figure.inputs("server power (kW)", kw, "GPUs per server", s.acceleratorsPerServer()),
                    s.source() + " (server power ÷ GPUs per server)"));
        }
        Accelerator a = hw.accelerator();
        if (a.tdpWatts() > 0) {
            return Optional.of(new Figure(a.name() + " TDP", a.tdpWatts(), "W", "catalog value (TDP)",
                    Map.of(), a.source() + " (TDP)"));
        }
        return Optional.empty();
    }

    /** The dated provider of a catalog rental price, as answers cite it. */
    static String rentalSource(Accelerator a) {
        return a.pricing().rentalProvider() + ", " + a.pricing().rentalDate() + " (zhiti catalog: " + a.name() + ")";
    }
}
