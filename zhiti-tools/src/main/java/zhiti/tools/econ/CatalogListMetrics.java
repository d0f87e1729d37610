package zhiti.tools.econ;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.ServerSystem;
import zhiti.econ.units.CalendarDate;

/**
 * The metrics catalog_list knows for each kind of row, by id. Catalog facts become figures whose formula says
 * "catalog value"; derived numbers (TFLOPS per watt, TPP, density, a release date as a decimal year) carry their
 * formula and inputs.
 */
final class CatalogListMetrics {

    private CatalogListMetrics() {
    }

    static Map<String, ListMetric<Accelerator>> accelerators() {
        Map<String, ListMetric<Accelerator>> m = new LinkedHashMap<>();
        for (Precision p : Precision.values()) {
            ListMetric<Accelerator> peak = peak(p);
            m.put(peak.id(), peak);
        }
        for (Precision p : Precision.values()) {
            ListMetric<Accelerator> perWatt = perWatt(p);
            m.put(perWatt.id(), perWatt);
        }
        m.put("memory_gb", fact("memory_gb", "GB", "memory", a -> known(a.memoryGb())));
        m.put("memory_bw_tbs", fact("memory_bw_tbs", "TB/s", "memory bandwidth", a -> known(a.memoryBandwidthTBs())));
        m.put("tdp_w", fact("tdp_w", "W", "board power (TDP)", a -> known(a.tdpWatts())));
        m.put("tpp", new ListMetric<>("tpp", "TPP (bit·TOPS)", Accelerator::tpp,
                (a, v) -> ChipExportClass.of(a).tppFigure().orElseThrow(),
                a -> ChipExportClass.of(a).tpp().isPresent() ? "" : ChipExportClass.of(a).reason()));
        m.put("performance_density", new ListMetric<>("performance_density", "TPP/mm²",
                a -> ChipExportClass.of(a).density(), (a, v) -> ChipExportClass.of(a).densityFigure().orElseThrow(),
                a -> a.tpp().isEmpty() ? ChipExportClass.of(a).reason()
                        : "no die area in the catalog for " + a.name()));
        m.put("list_price_usd", new ListMetric<>("list_price_usd", "USD", a -> a.pricing().listPriceUsd(),
                (a, v) -> new Figure("list price of " + a.name(), v, "USD",
                        "catalog value (" + a.pricing().priceNote() + ", " + a.pricing().priceDate() + ")",
                        Map.of(), a.source()),
                a -> "no purchase price in the catalog for " + a.name()));
        m.put("rental_usd_per_h", new ListMetric<>("rental_usd_per_h", "USD/GPU-hour",
                a -> a.pricing().rentalUsdPerHour(),
                (a, v) -> new Figure("on-demand rental price of " + a.name(), v, "USD/GPU-hour",
                        "catalog value (" + a.pricing().rentalProvider() + ", " + a.pricing().rentalDate() + ")",
                        Map.of(), a.source()),
                a -> "no rental price in the catalog for " + a.name()));
        m.put("release", new ListMetric<>("release", "decimal year", a -> decimalYear(a.released()),
                (a, v) -> releaseFigure(a.name(), a.released(), v, a.source()),
                a -> "no release date in the catalog for " + a.name()));
        return m;
    }

    static Map<String, ListMetric<ServerSystem>> systems() {
        Map<String, ListMetric<ServerSystem>> m = new LinkedHashMap<>();
        m.put("list_price_usd", new ListMetric<>("list_price_usd", "USD", ServerSystem::listPriceUsd,
                (s, v) -> new Figure("list price of " + s.name(), v, "USD", "catalog value (" + s.priceDate() + ")",
                        Map.of(), s.source()),
                s -> "no server price in the catalog for " + s.name()));
        m.put("power_kw", new ListMetric<>("power_kw", "kW", ServerSystem::powerKw,
                (s, v) -> new Figure("maximum power of " + s.name(), v, "kW", "catalog value", Map.of(),
                        s.source()),
                s -> "no system power in the catalog for " + s.name()));
        m.put("accelerators_per_server", new ListMetric<>("accelerators_per_server", "accelerators",
                s -> OptionalDouble.of(s.acceleratorsPerServer()),
                (s, v) -> new Figure("accelerators in " + s.name(), v, "accelerators", "catalog value",
                        Map.of(), s.source()),
                s -> ""));
        return m;
    }

    static Map<String, ListMetric<ModelCard>> models() {
        Map<String, ListMetric<ModelCard>> m = new LinkedHashMap<>();
        m.put("params", new ListMetric<>("params", "parameters", c -> OptionalDouble.of(c.params()),
                (c, v) -> new Figure("parameters of " + c.name(), v, "parameters", "catalog value", Map.of(),
                        c.source()),
                c -> ""));
        m.put("active_params", new ListMetric<>("active_params", "parameters", c -> OptionalDouble.of(c.paramsPerToken()),
                (c, v) -> new Figure("active parameters per token of " + c.name(), v, "parameters",
                        c.isMixtureOfExperts() ? "catalog value (mixture of experts)" : "all parameters (dense model)",
                        Map.of(), c.source()),
                c -> ""));
        m.put("training_tokens", new ListMetric<>("training_tokens", "tokens", ModelCard::trainingTokens,
                (c, v) -> new Figure("training tokens of " + c.name(), v, "tokens", "catalog value", Map.of(),
                        c.source()),
                c -> "no training-token count in the catalog for " + c.name()));
        m.put("released", new ListMetric<>("released", "decimal year", c -> decimalYear(c.released()),
                (c, v) -> releaseFigure(c.name(), c.released(), v, c.source()),
                c -> "no release date in the catalog for " + c.name()));
        return m;
    }

    /** Dense peak at one precision; int8 is in TOPS, the rest in TFLOPS. */
    private static ListMetric<Accelerator> peak(Precision p) {
        String id = p.label() + (p == Precision.INT8 ? "_tops" : "_tflops");
        String unit = p == Precision.INT8 ? "TOP/s" : "TFLOP/s";
        return new ListMetric<>(id, unit, a -> optional(a.denseTflops(p).orElse(null)),
                (a, v) -> new Figure(upper(p) + " dense peak of " + a.name(), v, unit,
                        "catalog value (dense, no sparsity)", Map.of(), a.source()),
                a -> "no dense " + p.label() + " peak in the catalog for " + a.name());
    }

    /** Dense peak at one precision per watt of board power. */
    private static ListMetric<Accelerator> perWatt(Precision p) {
        String rate = p == Precision.INT8 ? "TOPS" : "TFLOPS";
        String id = p.label() + "_" + rate.toLowerCase(Locale.ROOT) + "_per_watt";
        return new ListMetric<>(id, rate + "/W", a -> {
            OptionalDouble peak = optional(a.denseTflops(p).orElse(null));
            return peak.isPresent() && a.tdpWatts() > 0 ? OptionalDouble.of(peak.getAsDouble() / a.tdpWatts())
                    : OptionalDouble.empty();
        }, (a, v) -> new Figure(upper(p) + " " + rate + " per watt of " + a.name(), v, rate + "/W",
                upper(p) + " " + rate + " ÷ TDP", Figure.inputs(upper(p) + " dense " + rate,
                a.denseTflops(p).orElseThrow(), "TDP (W)", a.tdpWatts()), a.source()),
                a -> a.denseTflops(p).isEmpty() ? "no dense " + p.label() + " peak in the catalog for " + a.name()
                        : "no TDP in the catalog for " + a.name());
    }

    private static ListMetric<Accelerator> fact(String id, String unit, String what,
                                                Function<Accelerator, OptionalDouble> value) {
        return new ListMetric<>(id, unit, value,
                (a, v) -> new Figure(what + " of " + a.name(), v, unit, "catalog value", Map.of(), a.source()),
                a -> "no " + what + " in the catalog for " + a.name());
    }

    private static Figure releaseFigure(String name, String date, double year, String source) {
        return new Figure("release of " + name, year, "decimal year", "start of the release date " + date
                + " as a decimal year", Figure.inputs("release date", date), source);
    }

    /** A catalog date (2022, 2022-11, 2022-09-20) as the decimal year it starts; empty when blank or unreadable. */
    static OptionalDouble decimalYear(String date) {
        if (date == null || date.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(CalendarDate.parse(date).startYear());
        } catch (IllegalArgumentException e) {
            return OptionalDouble.empty();
        }
    }

    private static String upper(Precision p) {
        return p.name();
    }

    private static OptionalDouble known(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static OptionalDouble optional(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
