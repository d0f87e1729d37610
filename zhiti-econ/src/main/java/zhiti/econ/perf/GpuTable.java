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
import zhiti.econ.catalog.NameIndex;

/**
 * The small GPU table the performance model needs ({@code zhiti/econ/perf/gpus.csv}): peaks, HBM, NVLink and
 * per-GPU scale-out bandwidth of a typical node of that GPU, each row with its source.
 */
public final class GpuTable {

    private static final String FILE = "/zhiti/econ/perf/gpus.csv";
    private static final NameIndex<ClusterSpec> INDEX = load();

    private GpuTable() {
    }

    /** One node of the named GPU's standard server; use {@link ClusterSpec#withNodes} for more. */
    public static ClusterSpec node(String gpu) {
        return INDEX.get(gpu);
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
                        num(r.get("internode_gbps_per_gpu")), 1, r.get("source").trim()));
                String a = r.getOrDefault("aliases", "");
                aliases.put(name, a.isBlank() ? List.of() : Arrays.stream(a.split("\\|")).map(String::trim).toList());
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
