package zhiti.tools.econ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.ServerSystem;
import zhiti.econ.chip.ChipMetrics;
import zhiti.econ.chip.ExportClassification;

/**
 * Lists catalog rows that pass filters, sorted by a metric: "which chips fall under 3A090", "top five accelerators
 * by FP8 TFLOPS per watt", "NVIDIA chips with more than 80 GB". A listing, not a calculation: every value is a
 * catalog fact or a one-step derivation of facts (a ratio, TPP, the export class chip_metrics would give), and a
 * row that lacks what a filter or the sort needs is reported as excluded with the reason, never silently dropped.
 */
public final class CatalogListTool implements Tool {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final String KINDS = "accelerators, systems, models";
    private static final Map<String, String> VENDORS = Map.of("nvidia", "NVIDIA", "英伟达", "NVIDIA", "amd", "AMD",
            "intel", "Intel", "英特尔", "Intel", "huawei", "Huawei", "华为", "Huawei", "google", "Google", "谷歌", "Google");

    private final Catalog catalog;

    public CatalogListTool(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return ToolName.CATALOG_LIST.id();
    }

    @Override
    public String description() {
        return "List catalog accelerators, server systems or models that pass filters, sorted by a metric: e.g. "
                + "chips under US export class 3A090 (computed from each chip's TPP and performance density as "
                + "chip_metrics does), the top five accelerators by fp8_tflops_per_watt, NVIDIA chips with more than "
                + "80 GB. Rows lacking a needed value are returned under excluded with the reason. Accelerator "
                + "metrics: fp32/tf32/bf16/fp16/fp8_tflops, int8_tops, memory_gb, memory_bw_tbs, tdp_w, "
                + "<precision>_tflops_per_watt, tpp, performance_density, list_price_usd, rental_usd_per_h, release; "
                + "systems: list_price_usd, power_kw, accelerators_per_server; models: params, active_params, "
                + "training_tokens, released.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .oneOf("kind", "what to list; default accelerators", "accelerators", "systems", "models")
                .string("export_class", "keep chips (or systems holding them) of this US export class: " + ExportClassFilter.VALID)
                .string("vendor", "keep one vendor's accelerators or systems, e.g. NVIDIA, AMD, Huawei, 英伟达")
                .string("metric", "metric that min and max apply to, e.g. memory_gb, params, fp8_tflops")
                .number("min", "keep rows whose metric is at least this (release: a year, e.g. 2023)")
                .number("max", "keep rows whose metric is at most this (release: a year; 2022 keeps all of 2022)")
                .bool("exclusive", "true: min and max themselves do not pass ('more than 80 GB'); default false")
                .string("sort_by", "metric to sort by, e.g. fp8_tflops_per_watt, tpp, params, released")
                .oneOf("order", "sort order; default desc (largest first)", "desc", "asc")
                .integer("limit", "rows to return, default " + DEFAULT_LIMIT + ", at most " + MAX_LIMIT)
                .string("names", "only these accelerators, comma-separated, e.g. A100, H20, B200; default all")
                .build();
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        ToolArgs a = new ToolArgs(json);
        String kind = kind(a.lower("kind", "accelerators"));
        Optional<ExportClassFilter> export = a.text("export_class").map(ExportClassFilter::parse);
        return switch (kind) {
            case "accelerators" -> {
                if (export.isPresent() && Boolean.TRUE.equals(export.get().systemLevel())) {
                    throw new IllegalArgumentException("4A090 classifies computers and servers that hold 3A090 "
                            + "chips: use kind systems for it, or export_class 3A090 for the chips themselves");
                }
                yield list(a, kind, named(a, catalog.accelerators()), CatalogListMetrics.accelerators(), new View<>(
                        Accelerator::name, Accelerator::vendor, ChipExportClass::of, false,
                        x -> List.of(CatalogNames.cite(x.name(), x.source())), CatalogListTool::chipFields), export);
            }
            case "systems" -> list(a, kind, catalog.systems().all(), CatalogListMetrics.systems(), new View<>(
                    ServerSystem::name, s -> s.accelerator().vendor(), s -> ChipExportClass.of(s.accelerator()), true,
                    s -> List.of(CatalogNames.cite(s.name(), s.source()),
                            CatalogNames.cite(s.accelerator().name(), s.accelerator().source())),
                    CatalogListTool::systemFields), export);
            default -> {
                if (export.isPresent()) {
                    throw new IllegalArgumentException("export classes apply to accelerators and systems, not models");
                }
                if (a.has("vendor")) {
                    throw new IllegalArgumentException("the model catalog has no vendor column; filter models by "
                            + "metric params (min, max) or sort by params or released");
                }
                // one row per model: further estimates of the same model are catalog_lookup's to show
                List<ModelCard> primaries = catalog.models().all().stream().filter(ModelCard::primary).toList();
                yield list(a, kind, primaries, CatalogListMetrics.models(), new View<>(ModelCard::name, m -> "",
                        m -> null, false, m -> List.of(CatalogNames.cite(m.name(), m.source())),
                        CatalogListTool::modelFields), export);
            }
        };
    }

    /** The catalog's rows, or only those named ("of A100, H20, H800 and B200, which…"); a name not found is an error. */
    private static <T> List<T> named(ToolArgs a, zhiti.econ.catalog.NameIndex<T> index) {
        if (!a.has("names")) {
            return index.all();
        }
        List<T> out = new ArrayList<>();
        for (String n : a.texts("names")) {
            T row = index.find(n).orElseThrow(() -> new IllegalArgumentException("names: '" + n
                    + "' is not in the catalog; use catalog_lookup's spelling, e.g. H100 SXM5 80GB"));
            if (!out.contains(row)) {
                out.add(row);
            }
        }
        return out;
    }

    /** How one kind of row is named, classed, cited and printed. */
    private record View<T>(Function<T, String> name, Function<T, String> vendor, Function<T, ChipExportClass> export,
                           boolean systemLevel, Function<T, List<Citation>> cite, BiConsumer<T, ObjectNode> fields) {
    }

    private <T> ToolResult list(ToolArgs a, String kind, List<T> all, Map<String, ListMetric<T>> metrics, View<T> view,
                                Optional<ExportClassFilter> export) {
        Query<T> q = Query.of(a, kind, metrics, export);
        ArrayNode excluded = JsonNodeFactory.instance.arrayNode();
        List<T> kept = select(all, view, q, excluded);
        List<T> shown = kept.subList(0, Math.min(q.limit(), kept.size()));

        ObjectNode data = JsonNodeFactory.instance.objectNode().put("kind", kind);
        q.describe(data.putObject("filters"));
        data.put("count", kept.size()).put("shown", shown.size());
        ArrayNode rows = data.putArray("rows");
        List<Figure> figures = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        Optional<ListMetric<T>> shownMetric = q.sort().isPresent() ? q.sort() : q.ranged();
        for (T row : shown) {
            ObjectNode r = rows.addObject().put("name", view.name().apply(row));
            view.fields().accept(row, r);
            for (ListMetric<T> m : List.of(q.ranged(), q.sort()).stream().flatMap(Optional::stream).distinct().toList()) {
                r.put(valueKey(m), m.value().apply(row).getAsDouble());
            }
            ChipExportClass cls = view.export().apply(row);
            if (cls != null) {
                r.put("eccn", view.systemLevel() ? cls.systemLabel() : cls.label());
                if (shownMetric.isEmpty()) {
                    cls.figure().ifPresent(figures::add); // the class column is the figure a bare listing shows
                }
            }
            shownMetric.ifPresent(m -> figures.add(m.figure().apply(row, m.value().apply(row).getAsDouble())));
            citations.addAll(view.cite().apply(row));
        }
        data.set("excluded", excluded);
        if (export.isPresent() || kind.equals("accelerators")) {
            data.put("export_rule", ChipMetrics.SOURCE).put("export_thresholds", ExportClassification.THRESHOLDS)
                    .put("export_note", "every chip is classed as designed or marketed for datacenters, as "
                            + "chip_metrics does by default; Note 2 to 3A090 (not-datacenter ICs below TPP 4800 are "
                            + "not covered) would take gaming cards such as the RTX 4080 out of 3A090");
        }
        return new ToolResult(data, summary(kind, data, shown, view, q.sort(), export, excluded), figures, citations);
    }

    /** The rows that pass every filter, sorted; rows lacking what a filter or the sort needs go to {@code excluded}. */
    private static <T> List<T> select(List<T> all, View<T> view, Query<T> q, ArrayNode excluded) {
        List<T> kept = new ArrayList<>();
        for (T row : all) {
            if (q.vendor() != null && !q.vendor().equalsIgnoreCase(view.vendor().apply(row))) {
                continue;
            }
            if (q.export().isPresent()) {
                ChipExportClass cls = view.export().apply(row);
                if (cls.classification().isEmpty()) {
                    excluded.addObject().put("name", view.name().apply(row)).put("reason", cls.reason());
                    continue;
                }
                if (!q.export().get().keeps(cls.classification().get().eccn())) {
                    continue;
                }
            }
            String missing = missing(row, q.ranged(), q.sort());
            if (missing != null) {
                excluded.addObject().put("name", view.name().apply(row)).put("reason", missing);
                continue;
            }
            if (q.ranged().isPresent() && !q.range().passes(q.ranged().get().value().apply(row).getAsDouble())) {
                continue;
            }
            kept.add(row);
        }
        q.sort().ifPresent(m -> {
            Comparator<T> by = Comparator.comparingDouble(r -> m.value().apply(r).getAsDouble());
            kept.sort((q.desc() ? by.reversed() : by).thenComparing(view.name()));
        });
        return kept;
    }

    /** A call's filters, sort and limit, checked against the metrics of the kind listed. */
    private record Query<T>(Optional<ExportClassFilter> export, String vendor, Optional<ListMetric<T>> ranged,
                            Range range, Optional<ListMetric<T>> sort, boolean desc, int limit, int requested) {

        static <T> Query<T> of(ToolArgs a, String kind, Map<String, ListMetric<T>> metrics,
                               Optional<ExportClassFilter> export) {
            Optional<ListMetric<T>> sort = a.text("sort_by").map(id -> metric(metrics, id, kind));
            Optional<ListMetric<T>> ranged = a.text("metric").map(id -> metric(metrics, id, kind));
            OptionalDouble min = a.number("min");
            OptionalDouble max = a.number("max");
            if ((min.isPresent() || max.isPresent()) && ranged.isEmpty()) {
                // "the largest chips above 80 GB" may name the metric once, as the sort
                ranged = sort;
                if (ranged.isEmpty()) {
                    throw new IllegalArgumentException("min and max need a metric, e.g. metric memory_gb; valid for "
                            + kind + ": " + String.join(", ", metrics.keySet()));
                }
            }
            if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
                throw new IllegalArgumentException("min " + Formatting.plain(min.getAsDouble()) + " is above max "
                        + Formatting.plain(max.getAsDouble()));
            }
            Range range = new Range(min, max, a.flag("exclusive"), ranged.map(CatalogListTool::isDate).orElse(false));
            int requested = a.positiveInt("limit", DEFAULT_LIMIT);
            return new Query<>(export, a.text("vendor").map(CatalogListTool::vendor).orElse(null), ranged, range,
                    sort, order(a.lower("order", "desc")), Math.min(requested, MAX_LIMIT), requested);
        }

        /** Echoes what was applied, so an answer can state its filters. */
        void describe(ObjectNode f) {
            export.ifPresent(e -> f.put("export_class", e.asked()));
            if (vendor != null) {
                f.put("vendor", vendor);
            }
            ranged.ifPresent(m -> f.put("metric", m.id()).put("exclusive", range.exclusive()));
            range.min().ifPresent(v -> f.put("min", v));
            range.max().ifPresent(v -> f.put("max", v));
            sort.ifPresent(m -> f.put("sort_by", m.id()).put("order", desc ? "desc" : "asc"));
            f.put("limit", limit);
            if (requested > MAX_LIMIT) {
                f.put("limit_capped_from", requested);
            }
        }
    }

    private static <T> String missing(T row, Optional<ListMetric<T>> ranged, Optional<ListMetric<T>> sort) {
        for (Optional<ListMetric<T>> m : List.of(ranged, sort)) {
            if (m.isPresent() && m.get().value().apply(row).isEmpty()) {
                return m.get().whyMissing().apply(row);
            }
        }
        return null;
    }

    /**
     * A metric range; for dates the bounds are years, and a whole-year max keeps that whole year ("max 2022" keeps
     * a chip released 2022-09-20, whose decimal year is 2022.72).
     */
    private record Range(OptionalDouble min, OptionalDouble max, boolean exclusive, boolean years) {

        boolean passes(double v) {
            if (min.isPresent() && (exclusive ? v <= min.getAsDouble() : v < min.getAsDouble())) {
                return false;
            }
            if (max.isEmpty()) {
                return true;
            }
            double m = max.getAsDouble();
            if (years && m == Math.rint(m)) {
                return exclusive ? v < m : v < m + 1;
            }
            return exclusive ? v < m : v <= m;
        }
    }

    private static <T> String summary(String kind, ObjectNode data, List<T> shown, View<T> view,
                                      Optional<ListMetric<T>> sort, Optional<ExportClassFilter> export,
                                      ArrayNode excluded) {
        StringBuilder s = new StringBuilder(kind);
        export.ifPresent(e -> s.append(" of export class ").append(e.asked()));
        sort.ifPresent(m -> s.append(", by ").append(m.id()).append(' ').append(data.at("/filters/order").asText()));
        s.append(": ").append(data.get("count").asInt()).append(" match");
        if (!shown.isEmpty()) {
            s.append(" — ").append(shown.stream().limit(5).map(r -> {
                JsonNode row = data.get("rows").get(shown.indexOf(r));
                String label = view.name().apply(r);
                if (sort.isPresent()) {
                    double v = row.get(valueKey(sort.get())).asDouble();
                    label += " " + (isDate(sort.get()) ? String.format(Locale.ROOT, "%.2f", v) : Formatting.num(v));
                } else if (row.has("eccn")) {
                    label += " (" + row.get("eccn").asText() + ")";
                }
                return label;
            }).collect(Collectors.joining(", "))).append(shown.size() > 5 ? ", …" : "");
        }
        if (!excluded.isEmpty()) {
            List<String> names = new ArrayList<>();
            excluded.forEach(e -> names.add(e.get("name").asText()));
            s.append("; excluded for missing data: ").append(String.join(", ", names));
        }
        return s.toString();
    }

    /** Dates stay as printed in the row; their sortable decimal year goes beside them as {@code <id>_year}. */
    private static String valueKey(ListMetric<?> m) {
        return isDate(m) ? m.id() + "_year" : m.id();
    }

    private static boolean isDate(ListMetric<?> m) {
        return m.unit().equals("decimal year");
    }

    private static <T> ListMetric<T> metric(Map<String, ListMetric<T>> metrics, String id, String kind) {
        String k = id.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_')
                .replace("int8_tflops", "int8_tops");
        k = switch (k) {
            case "released" -> metrics.containsKey("release") ? "release" : k;
            case "release" -> metrics.containsKey("released") ? "released" : k;
            default -> k;
        };
        ListMetric<T> m = metrics.get(k);
        if (m == null) {
            throw new IllegalArgumentException("unknown metric '" + id + "' for " + kind + ": use one of "
                    + String.join(", ", metrics.keySet()));
        }
        return m;
    }

    private static String kind(String k) {
        return switch (k) {
            case "accelerators", "accelerator", "chips", "chip", "gpus", "gpu", "芯片" -> "accelerators";
            case "systems", "system", "servers", "server", "服务器" -> "systems";
            case "models", "model", "模型" -> "models";
            default -> throw new IllegalArgumentException("unknown kind '" + k + "': use one of " + KINDS);
        };
    }

    private static boolean order(String o) {
        return switch (o) {
            case "desc", "descending" -> true;
            case "asc", "ascending" -> false;
            default -> throw new IllegalArgumentException("order must be desc (largest first) or asc, got '" + o + "'");
        };
    }

    private static String vendor(String v) {
        String k = v.trim().toLowerCase(Locale.ROOT);
        String known = VENDORS.get(k);
        if (known == null) {
            throw new IllegalArgumentException("unknown vendor '" + v + "': the catalog has "
                    + VENDORS.values().stream().distinct().sorted().collect(Collectors.joining(", ")));
        }
        return known;
    }

    private static void chipFields(Accelerator x, ObjectNode r) {
        r.put("vendor", x.vendor());
        ChipExportClass cls = ChipExportClass.of(x);
        cls.tpp().ifPresent(v -> r.put("tpp", v));
        cls.density().ifPresent(v -> r.put("performance_density", v));
        r.put("release", x.released());
    }

    private static void systemFields(ServerSystem s, ObjectNode r) {
        r.put("vendor", s.accelerator().vendor()).put("accelerator", s.accelerator().name())
                .put("accelerators_per_server", s.acceleratorsPerServer());
    }

    private static void modelFields(ModelCard m, ObjectNode r) {
        r.put("params", m.params());
        if (m.isMixtureOfExperts()) {
            r.put("active_params", m.paramsPerToken());
        }
        m.trainingTokens().ifPresent(t -> r.put("training_tokens", t));
        r.put("released", m.released());
    }
}
