package zhiti.econ.perf;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Predicts published training measurements and reports the error of each: error = predicted ÷ measured − 1,
 * on TFLOP/s per GPU when the row gives it, else on seconds per iteration.
 */
public final class Validation {

    private static final String BUILT_IN = "/zhiti/econ/perf/validation-rows.csv";

    /** One row's prediction next to its measurement. */
    public record Outcome(ValidationRow row, PerfEstimate estimate, double predictedTflopsPerGpu,
                          double predictedSecondsPerIteration, OptionalDouble error, String errorOf) {
    }

    public record Report(List<Outcome> outcomes) {

        public Report {
            outcomes = List.copyOf(outcomes);
        }

        /** Largest |error| over rows with a measurement (0 when none has one). */
        public double maxAbsError() {
            return outcomes.stream().map(Outcome::error).filter(OptionalDouble::isPresent)
                    .mapToDouble(e -> Math.abs(e.getAsDouble())).max().orElse(0);
        }
    }

    private Validation() {
    }

    /** The published rows shipped with Zhiti (Narayanan et al. 2021 Table 1, Korthikanti et al. 2022 Table 5). */
    public static List<ValidationRow> builtInRows() {
        try (InputStream in = Validation.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("built-in validation rows missing: " + BUILT_IN);
            }
            return parse(in, BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ValidationRow> readRows(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<ValidationRow> parse(InputStream in, String where) throws IOException {
        MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in);
        List<ValidationRow> rows = new ArrayList<>();
        int line = 1;
        while (it.hasNext()) {
            line++;
            Map<String, String> r = it.next();
            if (line == 2) {
                for (String col : ValidationRow.COLUMNS.split(",")) {
                    if (!r.containsKey(col)) {
                        throw new IllegalArgumentException(where + ": missing column " + col
                                + "; the header must name " + ValidationRow.COLUMNS);
                    }
                }
            }
            rows.add(ValidationRow.parse(r, where + " line " + line));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(where + " has no rows; columns: " + ValidationRow.COLUMNS);
        }
        return rows;
    }

    public static Report run(List<ValidationRow> rows) {
        return run(rows, Calibration.MEGATRON_A100);
    }

    public static Report run(List<ValidationRow> rows, Calibration cal) {
        List<Outcome> out = new ArrayList<>();
        for (ValidationRow r : rows) {
            out.add(predict(r, cal));
        }
        return new Report(out);
    }

    /**
     * Predicts one row. Sizes the row leaves empty are searched, on exactly the row's GPUs; the interleaving depth
     * and ZeRO stage are always the planner's. Sequence parallelism is on with selective recompute and off
     * otherwise, as in the papers the rows come from.
     */
    public static Outcome predict(ValidationRow r, Calibration cal) {
        try {
            ClusterSpec cluster = GpuTable.cluster(r.gpu(), r.gpus());
            SearchSpace space = SearchSpace.open(r.globalBatch(), r.precision())
                    .withTp(r.tp().isPresent() ? r.tp().getAsInt() : null)
                    .withPp(r.pp().isPresent() ? r.pp().getAsInt() : null)
                    .withMicroBatch(r.microBatch().isPresent() ? r.microBatch().getAsInt() : null)
                    .withRecompute(Set.copyOf(EnumSet.of(r.recompute())))
                    .withSequenceParallel(r.recompute() == Recompute.SELECTIVE)
                    .usingAllGpus(true);
            if (r.gpus() % cluster.gpusPerNode() != 0 && r.gpus() > cluster.gpusPerNode()) {
                throw new IllegalArgumentException("gpus " + r.gpus() + " is not a whole number of "
                        + cluster.gpusPerNode() + "-GPU nodes");
            }
            ClusterSpec exact = r.gpus() < cluster.gpusPerNode()
                    ? new ClusterSpec(cluster.gpu(), cluster.bf16Tflops(), cluster.fp16Tflops(), cluster.fp8Tflops(),
                    cluster.hbmGb(), cluster.hbmGBs(), r.gpus(), cluster.nvlinkGBs(), cluster.interNodeGbps(), 1,
                    cluster.source())
                    : cluster;
            PerfEstimate e = PlanSearch.search(r.shape(), exact, space, cal).best();
            double tflops = r.flopsBasis() == ValidationRow.FlopsBasis.MODEL ? e.modelTflopsPerGpu()
                    : e.hardwareTflopsPerGpu();
            OptionalDouble error;
            String of;
            if (r.measuredTflopsPerGpu().isPresent()) {
                error = OptionalDouble.of(tflops / r.measuredTflopsPerGpu().getAsDouble() - 1);
                of = "tflops_per_gpu";
            } else if (r.measuredSecondsPerIteration().isPresent()) {
                error = OptionalDouble.of(e.secondsPerIteration() / r.measuredSecondsPerIteration().getAsDouble() - 1);
                of = "s_per_iter";
            } else {
                error = OptionalDouble.empty();
                of = "none";
            }
            return new Outcome(r, e, tflops, e.secondsPerIteration(), error, of);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("row '" + r.name() + "': " + ex.getMessage(), ex);
        }
    }
}
