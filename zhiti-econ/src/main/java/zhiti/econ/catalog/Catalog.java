package zhiti.econ.catalog;

import static zhiti.econ.catalog.CsvRows.aliases;
import static zhiti.econ.catalog.CsvRows.num;
import static zhiti.econ.catalog.CsvRows.opt;
import static zhiti.econ.catalog.CsvRows.optInt;
import static zhiti.econ.catalog.CsvRows.required;
import static zhiti.econ.catalog.CsvRows.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhiti.econ.Precision;

/**
 * The catalogs shipped as CSV files under {@code zhiti/econ/catalog/}: accelerators, server systems and models
 * (time series live in {@link SeriesCatalog}). Every row names its source. Columns are read by header, so new
 * columns never break old readers.
 */
public final class Catalog {

    private static volatile Catalog builtIn;

    private final NameIndex<Accelerator> accelerators;
    private final NameIndex<ServerSystem> systems;
    private final NameIndex<ModelCard> models;

    private Catalog(List<Accelerator> accelerators, List<ServerSystem> systems, List<ModelCard> models) {
        this.accelerators = new NameIndex<>("accelerator", accelerators, Accelerator::name, Accelerator::aliases);
        this.systems = new NameIndex<>("system", systems, ServerSystem::name, ServerSystem::aliases);
        this.models = new NameIndex<>("model", models, ModelCard::name, ModelCard::aliases, ModelCard::estimateOf,
                ModelCard::primary);
    }

    /** The catalog bundled with Zhiti, loaded once. */
    public static Catalog builtIn() {
        Catalog c = builtIn;
        if (c == null) {
            synchronized (Catalog.class) {
                c = builtIn;
                if (c == null) {
                    builtIn = c = load();
                }
            }
        }
        return c;
    }

    private static Catalog load() {
        List<Accelerator> accs = new ArrayList<>();
        for (Map<String, String> r : CsvRows.read("accelerators.csv")) {
            accs.add(accelerator(r));
        }
        NameIndex<Accelerator> accIndex = new NameIndex<>("accelerator", accs, Accelerator::name, Accelerator::aliases);
        List<ServerSystem> systems = new ArrayList<>();
        for (Map<String, String> r : CsvRows.read("systems.csv")) {
            systems.add(new ServerSystem(required(r, "name"), aliases(r), accIndex.get(required(r, "accelerator")),
                    (int) num(required(r, "accelerators_per_server")), opt(r.get("list_price_usd")),
                    text(r, "price_date"), opt(r.get("power_kw")), required(r, "source"), text(r, "notes")));
        }
        List<ModelCard> models = new ArrayList<>();
        for (Map<String, String> r : CsvRows.read("models.csv")) {
            models.add(model(r));
        }
        checkOnePrimaryPerModel(models);
        return new Catalog(accs, systems, models);
    }

    private static Accelerator accelerator(Map<String, String> r) {
        Map<Precision, Double> peaks = new EnumMap<>(Precision.class);
        putIfPresent(peaks, Precision.FP32, r.get("fp32_tflops"));
        putIfPresent(peaks, Precision.TF32, r.get("tf32_tflops"));
        putIfPresent(peaks, Precision.BF16, r.get("bf16_tflops"));
        putIfPresent(peaks, Precision.FP16, r.get("fp16_tflops"));
        putIfPresent(peaks, Precision.FP8, r.get("fp8_tflops"));
        putIfPresent(peaks, Precision.INT8, r.get("int8_tops"));
        var links = new Accelerator.Links(num(r.get("nvlink_gbs")), num(r.get("internode_gbps")), text(r, "interconnect"));
        var pricing = new Accelerator.Pricing(opt(r.get("list_price_usd")), text(r, "price_date"), text(r, "price_note"),
                opt(r.get("rental_usd_per_h")), opt(r.get("rental_reserved_1y_usd_per_h")),
                opt(r.get("rental_reserved_3y_usd_per_h")), text(r, "rental_date"), text(r, "rental_provider"));
        String width = text(r, "tpp_bit_width");
        return new Accelerator(required(r, "name"), aliases(r), text(r, "vendor"), peaks,
                Boolean.parseBoolean(text(r, "sparsity_doubles")), num(r.get("memory_gb")),
                num(r.get("memory_bw_tbs")), num(r.get("tdp_w")), text(r, "release"), required(r, "source"),
                num(r.get("die_mm2")), width.isEmpty() ? 0 : Integer.parseInt(width), links, pricing, text(r, "notes"));
    }

    private static ModelCard model(Map<String, String> r) {
        String name = required(r, "name");
        String estimateOf = text(r, "estimate_of");
        String primary = text(r, "primary");
        // a row that estimates nothing else is its own (primary) estimate
        boolean isPrimary = primary.isEmpty() ? estimateOf.isEmpty() || estimateOf.equals(name)
                : Boolean.parseBoolean(primary);
        var shape = new ModelCard.Shape(optInt(r.get("layers")), optInt(r.get("hidden")), optInt(r.get("heads")),
                optInt(r.get("kv_heads")), optInt(r.get("vocab")), optInt(r.get("seq_len")), optInt(r.get("experts")),
                optInt(r.get("experts_per_token")));
        return new ModelCard(name, aliases(r), num(required(r, "params")), opt(r.get("active_params")),
                opt(r.get("training_tokens")), text(r, "released"), required(r, "source"), shape, text(r, "arch"),
                estimateOf, isPrimary, text(r, "notes"));
    }

    private static void checkOnePrimaryPerModel(List<ModelCard> models) {
        Map<String, Integer> primaries = new HashMap<>();
        for (ModelCard m : models) {
            primaries.merge(NameIndex.normalize(m.estimateOf()), m.primary() ? 1 : 0, Integer::sum);
        }
        primaries.forEach((group, n) -> {
            if (n != 1) {
                throw new IllegalStateException("models.csv: model '" + group + "' has " + n
                        + " primary estimates; mark exactly one row primary=true");
            }
        });
    }

    private static void putIfPresent(Map<Precision, Double> m, Precision p, String s) {
        if (s != null && !s.isBlank()) {
            m.put(p, Double.parseDouble(s.trim()));
        }
    }

    public NameIndex<Accelerator> accelerators() {
        return accelerators;
    }

    public NameIndex<ServerSystem> systems() {
        return systems;
    }

    public NameIndex<ModelCard> models() {
        return models;
    }

    /** A server system (DGX A100) or, failing that, a single accelerator (A100), by any of its names. */
    public Optional<Hardware> findHardware(String name) {
        Optional<ServerSystem> s = systems.find(name);
        return s.isPresent() ? s.map(Hardware::of) : accelerators.find(name).map(Hardware::of);
    }

    /** {@link #findHardware}, or an {@link UnknownNameException} with the nearest names from both lists. */
    public Hardware hardware(String name) {
        return findHardware(name).orElseThrow(() -> {
            LinkedHashSet<String> near = new LinkedHashSet<>(accelerators.suggest(name, 3));
            near.addAll(systems.suggest(name, 2));
            return new UnknownNameException("hardware (accelerator or server system)", name, new ArrayList<>(near));
        });
    }

    /** The accelerator a name stands for: itself, or the one inside a named server system. */
    public Accelerator accelerator(String name) {
        return hardware(name).accelerator();
    }

    /** Every estimate of a model, the primary first: e.g. GPT-4 at 1.8T, 1.76T and 1T parameters. */
    public List<ModelCard> estimates(String model) {
        return models.variants(model);
    }
}
