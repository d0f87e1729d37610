package zhiti.econ.catalog;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import zhiti.econ.Precision;

/**
 * The catalogs shipped as CSV files under {@code zhiti/econ/catalog/}: accelerators, server systems and models.
 * Every row names its source. Columns are read by header, so new columns never break old readers.
 */
public final class Catalog {

    private static final String DIR = "/zhiti/econ/catalog/";
    private static volatile Catalog builtIn;

    private final NameIndex<Accelerator> accelerators;
    private final NameIndex<ServerSystem> systems;
    private final NameIndex<ModelCard> models;

    private Catalog(List<Accelerator> accelerators, List<ServerSystem> systems, List<ModelCard> models) {
        this.accelerators = new NameIndex<>("accelerator", accelerators, Accelerator::name, Accelerator::aliases);
        this.systems = new NameIndex<>("system", systems, ServerSystem::name, ServerSystem::aliases);
        this.models = new NameIndex<>("model", models, ModelCard::name, ModelCard::aliases);
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
        for (Map<String, String> r : rows("accelerators.csv")) {
            Map<Precision, Double> peaks = new EnumMap<>(Precision.class);
            putIfPresent(peaks, Precision.FP32, r.get("fp32_tflops"));
            putIfPresent(peaks, Precision.TF32, r.get("tf32_tflops"));
            putIfPresent(peaks, Precision.BF16, r.get("bf16_tflops"));
            putIfPresent(peaks, Precision.FP16, r.get("fp16_tflops"));
            putIfPresent(peaks, Precision.FP8, r.get("fp8_tflops"));
            putIfPresent(peaks, Precision.INT8, r.get("int8_tops"));
            accs.add(new Accelerator(required(r, "name"), aliases(r), r.getOrDefault("vendor", ""), peaks,
                    Boolean.parseBoolean(r.get("sparsity_doubles")), num(r.get("memory_gb")),
                    num(r.get("memory_bw_tbs")), num(r.get("tdp_w")), r.getOrDefault("release", ""),
                    required(r, "source")));
        }
        NameIndex<Accelerator> accIndex = new NameIndex<>("accelerator", accs, Accelerator::name, Accelerator::aliases);
        List<ServerSystem> systems = new ArrayList<>();
        for (Map<String, String> r : rows("systems.csv")) {
            systems.add(new ServerSystem(required(r, "name"), aliases(r), accIndex.get(required(r, "accelerator")),
                    (int) num(required(r, "accelerators_per_server")), opt(r.get("list_price_usd")),
                    r.getOrDefault("price_date", ""), opt(r.get("power_kw")), required(r, "source")));
        }
        List<ModelCard> models = new ArrayList<>();
        for (Map<String, String> r : rows("models.csv")) {
            models.add(new ModelCard(required(r, "name"), aliases(r), num(required(r, "params")),
                    opt(r.get("active_params")), opt(r.get("training_tokens")), r.getOrDefault("released", ""),
                    required(r, "source")));
        }
        return new Catalog(accs, systems, models);
    }

    private static List<Map<String, String>> rows(String file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = Catalog.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("catalog file missing from the classpath: " + DIR + file);
            }
            MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in);
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog " + file, e);
        }
    }

    private static String required(Map<String, String> r, String col) {
        String v = r.get(col);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("catalog row " + r.get("name") + " lacks required column " + col);
        }
        return v.trim();
    }

    private static List<String> aliases(Map<String, String> r) {
        String a = r.getOrDefault("aliases", "");
        return a.isBlank() ? List.of() : Arrays.stream(a.split("\\|")).map(String::trim).toList();
    }

    private static double num(String s) {
        return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s.trim());
    }

    private static OptionalDouble opt(String s) {
        return s == null || s.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s.trim()));
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
}
