package zhiti.tools.sql;

import static zhiti.tools.sql.CatalogColumn.bool;
import static zhiti.tools.sql.CatalogColumn.integer;
import static zhiti.tools.sql.CatalogColumn.number;
import static zhiti.tools.sql.CatalogColumn.text;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.ServerSystem;
import zhiti.econ.training.TrainingCompute;

/**
 * The built-in catalogs as SQL tables: what each column holds and where it comes from. Unknown facts are NULL,
 * never guesses; every row keeps its catalog {@code source}. Derived columns say how they are derived in their name
 * (tflops_per_w) or are the one-step derivations the other tools make (TPP, export class, 6·N·D).
 */
final class CatalogTables {

    static final String ACCELERATORS = "accelerators";
    static final String SYSTEMS = "systems";
    static final String MODELS = "models";
    static final String SERIES = "series";
    static final String SOURCE = "source";

    private static final String TFLOPS = "TFLOP/s";
    private static final String PER_HOUR = "USD/accelerator-hour";
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    /** A chip with its export class worked out once for all its columns. */
    private record Chip(Accelerator a, ChipClass cls) {
        static Chip of(Accelerator a) {
            return new Chip(a, ChipClass.of(a));
        }
    }

    /** One point of a series, with the series it belongs to. */
    private record Point(Series s, Series.Point p) {
    }

    private static final CatalogTable<Chip> ACCELERATOR_TABLE = new CatalogTable<>(ACCELERATORS, List.of(
            text("name", c -> c.a().name()),
            text("aliases", c -> String.join("|", c.a().aliases())),
            text("vendor", c -> c.a().vendor()),
            text("released", c -> blankToNull(c.a().released())),
            integer("year", "year", c -> year(c.a().released())),
            peak("fp32_tflops", Precision.FP32), peak("tf32_tflops", Precision.TF32),
            peak("bf16_tflops", Precision.BF16), peak("fp16_tflops", Precision.FP16),
            peak("fp8_tflops", Precision.FP8),
            new CatalogColumn<>("int8_tops", ColumnType.DOUBLE, "TOP/s",
                    c -> c.a().denseTflops(Precision.INT8).orElse(null)),
            bool("sparsity_doubles", c -> c.a().sparsityDoubles()),
            number("memory_gb", "GB", c -> known(c.a().memoryGb())),
            number("bandwidth_tb_per_s", "TB/s", c -> known(c.a().memoryBandwidthTBs())),
            number("tdp_w", "W", c -> known(c.a().tdpWatts())),
            number("die_mm2", "mm²", c -> known(c.a().dieMm2())),
            number("tpp", "TPP (TFLOPS × bit width)", c -> c.cls().tpp()),
            number("perf_density", "TPP/mm²", c -> c.cls().density()),
            text("export_class", c -> c.cls().exportClass()),
            text("eccn", c -> c.cls().eccn()),
            number("intra_node_gb_per_s", "GB/s", c -> known(c.a().links().intraNodeGBs())),
            number("inter_node_gbit_per_s", "Gb/s", c -> known(c.a().links().interNodeGbps())),
            number("list_price_usd", "USD", c -> known(c.a().pricing().listPriceUsd())),
            text("price_date", c -> blankToNull(c.a().pricing().priceDate())),
            number("rental_usd_per_h", PER_HOUR, c -> known(c.a().pricing().rentalUsdPerHour())),
            perWatt("fp8_tflops_per_w", Precision.FP8), perWatt("bf16_tflops_per_w", Precision.BF16),
            text(SOURCE, c -> c.a().source())),
            () -> Catalog.builtIn().accelerators().all().stream().map(Chip::of).toList());

    private static final CatalogTable<ServerSystem> SYSTEM_TABLE = new CatalogTable<>(SYSTEMS, List.of(
            text("name", ServerSystem::name),
            text("aliases", s -> String.join("|", s.aliases())),
            text("accelerator", s -> s.accelerator().name()),
            text("vendor", s -> s.accelerator().vendor()),
            integer("accelerators_per_server", "accelerators", ServerSystem::acceleratorsPerServer),
            number("list_price_usd", "USD", s -> known(s.listPriceUsd())),
            text("price_date", s -> blankToNull(s.priceDate())),
            number("power_kw", "kW", s -> known(s.powerKw())),
            text("export_class", s -> ChipClass.of(s.accelerator()).systemExportClass()),
            text("eccn", s -> ChipClass.of(s.accelerator()).systemEccn()),
            text(SOURCE, ServerSystem::source)),
            () -> Catalog.builtIn().systems().all());

    private static final CatalogTable<ModelCard> MODEL_TABLE = new CatalogTable<>(MODELS, List.of(
            text("name", ModelCard::name),
            text("aliases", m -> String.join("|", m.aliases())),
            text("estimate_of", ModelCard::estimateOf),
            bool("is_primary", ModelCard::primary),
            text("arch", m -> blankToNull(m.arch())),
            number("params", "parameters", ModelCard::params),
            number("active_params", "parameters", m -> known(m.activeParams())),
            number("training_tokens", "tokens", m -> known(m.trainingTokens())),
            number("training_flop", "FLOP", CatalogTables::trainingFlop),
            shape("layers", "layers", s -> s.layers()), shape("hidden", "", s -> s.hidden()),
            shape("heads", "heads", s -> s.heads()), shape("kv_heads", "heads", s -> s.kvHeads()),
            shape("vocab", "tokens", s -> s.vocab()), shape("seq_len", "tokens", s -> s.seqLen()),
            shape("experts", "experts", s -> s.experts()),
            shape("experts_per_token", "experts", s -> s.expertsPerToken()),
            text("released", m -> blankToNull(m.released())),
            integer("year", "year", m -> year(m.released())),
            text(SOURCE, ModelCard::source)),
            () -> Catalog.builtIn().models().all());

    private static final CatalogTable<Point> SERIES_TABLE = new CatalogTable<>(SERIES, List.of(
            text("series", p -> p.s().name()),
            text("unit", p -> p.s().unit()),
            text("date", p -> p.p().date().toString()),
            integer("year", "year", p -> p.p().date().year()),
            number("value", "", p -> p.p().value()),
            number("low", "", p -> known(p.p().low())),
            number("high", "", p -> known(p.p().high())),
            text("kind", p -> p.p().kind()),
            text("note", p -> blankToNull(p.p().note())),
            text(SOURCE, p -> p.s().source())),
            () -> SeriesCatalog.builtIn().all().stream().flatMap(s -> s.points().stream().map(p -> new Point(s, p)))
                    .toList());

    static final List<CatalogTable<?>> ALL = List.of(ACCELERATOR_TABLE, SYSTEM_TABLE, MODEL_TABLE, SERIES_TABLE);

    /** Each catalog column's unit by name (a name means the same unit in every table that has it). */
    static final Map<String, String> UNITS = ALL.stream().flatMap(t -> t.columns().stream())
            .collect(Collectors.toMap(CatalogColumn::name, CatalogColumn::unit, (a, b) -> a));

    private CatalogTables() {
    }

    /** The tables and their columns, one line each. */
    static String describe() {
        return ALL.stream().map(CatalogTable::describe).collect(Collectors.joining("\n"));
    }

    static List<String> names() {
        return ALL.stream().map(CatalogTable::name).toList();
    }

    /** A table by name, or an error naming the tables. */
    static CatalogTable<?> table(String name) {
        return ALL.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no table '" + name + "'; the tables are " + names()));
    }

    private static CatalogColumn<Chip> peak(String name, Precision p) {
        return number(name, TFLOPS, c -> c.a().denseTflops(p).orElse(null));
    }

    private static CatalogColumn<Chip> perWatt(String name, Precision p) {
        return number(name, TFLOPS + " per W", c -> c.a().denseTflops(p)
                .filter(t -> c.a().tdpWatts() > 0).map(t -> t / c.a().tdpWatts()).orElse(null));
    }

    private static CatalogColumn<ModelCard> shape(String name, String unit,
                                                  Function<ModelCard.Shape, OptionalInt> field) {
        return integer(name, unit, m -> {
            OptionalInt v = field.apply(m.shape());
            return v.isPresent() ? v.getAsInt() : null;
        });
    }

    /** C = 6·N·D with N the parameters used per token (active ones for MoE), as training_compute computes it. */
    private static Double trainingFlop(ModelCard m) {
        return m.trainingTokens().isPresent()
                ? TrainingCompute.dense(m.paramsPerToken(), m.trainingTokens().getAsDouble(), m.source()).value()
                : null;
    }

    private static Integer year(String date) {
        Matcher m = YEAR.matcher(date == null ? "" : date.trim());
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    private static Double known(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static Double known(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
