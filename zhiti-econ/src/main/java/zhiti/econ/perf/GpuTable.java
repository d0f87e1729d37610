package zhiti.econ.perf;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.econ.catalog.NameIndex;

/**
 * The small GPU table the performance model needs ({@code zhiti/econ/perf/gpus.csv}): peaks, HBM, NVLink and
 * per-GPU scale-out bandwidth of a typical node of that GPU, each row with its source.
 */
public final class GpuTable {

    private static final String FILE = "/zhiti/econ/perf/gpus.csv";
    /** Words that do not tell one GPU of the table from another. */
    private static final Set<String> NOISE = Set.of("nvidia", "tesla", "gpu", "gpus", "tensor", "core", "hbm",
            "hbm2", "hbm2e", "hbm3", "hbm3e", "module");
    private static final Map<ClusterSpec, List<String>> WORDS = new java.util.HashMap<>();
    private static final NameIndex<ClusterSpec> INDEX = load();

    private GpuTable() {
    }

    /**
     * One node of the named GPU's standard server; use {@link ClusterSpec#withNodes} for more. Besides the names
     * and aliases of the table, any spelling whose words each start a word of one row's name or aliases is
     * accepted, in any order ("A100 80GB SXM", "H100 SXM", "NVIDIA H100 80GB HBM3"; model words such as "H100" must
     * be whole); an unknown name lists the nearest.
     */
    public static ClusterSpec node(String gpu) {
        var exact = INDEX.find(gpu);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<String> asked = words(gpu).stream().filter(w -> !NOISE.contains(w)).toList();
        List<ClusterSpec> matches = asked.isEmpty() ? List.of() : INDEX.all().stream()
                .filter(spec -> asked.stream().allMatch(w -> WORDS.get(spec).stream().anyMatch(x -> fits(w, x))))
                .toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        if (matches.size() > 1) {
            // "A100 SXM" fits both memory sizes: the bare chip name decides, as it does on its own
            for (String w : asked) {
                var bare = INDEX.find(w);
                if (bare.isPresent() && matches.contains(bare.get())) {
                    return bare.get();
                }
            }
            throw new IllegalArgumentException("GPU '" + gpu + "' fits several rows: "
                    + matches.stream().map(ClusterSpec::gpu).toList() + "; name the memory size too");
        }
        return INDEX.get(gpu); // throws, naming the nearest
    }

    /**
     * A chip's model word (letters then digits: "h100", "a100", "sxm4") must be whole, so "H10" is no H100; other
     * words may be the start of one ("sxm" for "sxm5", "80g" for "80gb").
     */
    private static boolean fits(String asked, String word) {
        return asked.matches("[a-z]+\\d+") ? word.equals(asked) : word.startsWith(asked);
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(java.util.Locale.ROOT).split("[\\s\\-_/,()]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** A cluster of {@code gpus} GPUs of that kind, rounded up to whole nodes. */
    public static ClusterSpec cluster(String gpu, int gpus) {
        Checks.positive("GPU count", gpus);
        ClusterSpec n = node(gpu);
        return n.withNodes((gpus + n.gpusPerNode() - 1) / n.gpusPerNode());
    }

    public static List<ClusterSpec> all() {
        return INDEX.all();
    }

    private static NameIndex<ClusterSpec> load() {
        List<ClusterSpec> specs = new ArrayList<>();
        Map<String, List<String>> aliases = new java.util.HashMap<>();
        try (InputStream in = GpuTable.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("GPU table missing from the classpath: " + FILE);
            }
            MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            for (Map<String, String> r : it.readAll()) {
                String name = r.get("name").trim();
                specs.add(new ClusterSpec(name, num(r.get("bf16_tflops")), num(r.get("fp16_tflops")),
                        num(r.get("fp8_tflops")), num(r.get("hbm_gb")), num(r.get("hbm_gbs")),
                        (int) num(r.get("gpus_per_node")), num(r.get("nvlink_gbs_per_direction")),
                        num(r.get("internode_gbps_per_gpu")), 1, r.get("source").trim(), num(r.get("clock_share"))));
                String a = r.getOrDefault("aliases", "");
                aliases.put(name, a.isBlank() ? List.of() : Arrays.stream(a.split("\\|")).map(String::trim).toList());
                List<String> w = new ArrayList<>(words(name));
                aliases.get(name).forEach(x -> w.addAll(words(x)));
                WORDS.put(specs.getLast(), List.copyOf(w));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return new NameIndex<>("GPU", specs, ClusterSpec::gpu, s -> aliases.get(s.gpu()));
    }

    private static double num(String s) {
        return s == null || s.isBlank() ? 0 : Double.parseDouble(s.trim());
    }
}
