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
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Predicts published training measurements and reports the error of each: error = predicted ÷ measured − 1,
 * on TFLOP/s per GPU when the row gives it, else on seconds per iteration.
 */
public final class Validation {

    /** The shipped sets of published measurements. */
    public enum RowSet {
        /** Rows the constants were fitted on. */
        CALIBRATION("calibration", "/zhiti/econ/perf/validation-rows.csv"),
        /** A fifth of the collected rows, chosen by a hash of the name and never used for fitting. */
        HELD_OUT("heldout", "/zhiti/econ/perf/validation-heldout.csv"),
        /** Runs on software or architectures the model does not cover, kept to show how far off it is. */
        OUTSIDE("outside", "/zhiti/econ/perf/validation-outside.csv");

        private final String label;
        private final String resource;

        RowSet(String label, String resource) {
            this.label = label;
            this.resource = resource;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One row's prediction next to its measurement; {@code plannerChose} names the sizes the row left empty and the
     * planner picked (a published run may have used others). A row the model cannot plan (nothing fits in memory,
     * sizes that clash) has no estimate and says why in {@code problem}.
     */
    public record Outcome(ValidationRow row, PerfEstimate estimate, double predictedTflopsPerGpu,
                          double predictedSecondsPerIteration, OptionalDouble error, String errorOf,
                          List<String> plannerChose, String problem) {

        public Outcome {
            plannerChose = List.copyOf(plannerChose);
        }

        static Outcome unplanned(ValidationRow row, String problem) {
            return new Outcome(row, null, Double.NaN, Double.NaN, OptionalDouble.empty(), "none", Validation.plannerChose(row),
                    problem);
        }
    }

    public record Report(List<Outcome> outcomes) {

        public Report {
            outcomes = List.copyOf(outcomes);
        }

        /** Root mean square of the errors over rows with a measurement (0 when none has one). */
        public double rmsError() {
            double[] e = outcomes.stream().map(Outcome::error).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).toArray();
            double s = 0;
            for (double x : e) {
                s += x * x;
            }
            return e.length == 0 ? 0 : Math.sqrt(s / e.length);
        }

        /** Rows the model could not plan. */
        public long unplanned() {
            return outcomes.stream().filter(o -> o.problem() != null).count();
        }

        /** Largest |error| over rows with a measurement (0 when none has one). */
        public double maxAbsError() {
            return outcomes.stream().map(Outcome::error).filter(OptionalDouble::isPresent)
                    .mapToDouble(e -> Math.abs(e.getAsDouble())).max().orElse(0);
        }
    }

    private Validation() {
    }

    /**
     * Sequence parallelism as the rows' sources ran it: with selective recompute (Korthikanti et al.), always on
     * Megatron-Core, the planner's choice when recompute is not published, off otherwise.
     */
    private static Boolean sequenceParallel(ValidationRow r, Stack stack) {
        if (r.recompute() == Recompute.SELECTIVE || stack == Stack.MEGATRON_CORE) {
            return true;
        }
        return r.recompute() == null ? null : false;
    }

    /** The plan's sizes the row leaves to the planner, in the order {@link ParallelPlan#describe} prints them. */
    private static List<String> plannerChose(ValidationRow r) {
        List<String> out = new ArrayList<>();
        if (r.tp().isEmpty()) {
            out.add("tp");
        }
        if (r.pp().isEmpty()) {
            out.add("pp");
        }
        if (r.microBatch().isEmpty()) {
            out.add("b");
        }
        if (r.freeBatch()) {
            out.add("B");
        }
        if (r.interleave().isEmpty()) {
            out.add("v");
        }
        if (r.recompute() == null) {
            out.add("recompute");
        }
        if (r.zero().isEmpty()) {
            out.add("zero");
        }
        return out;
    }

    private static Integer boxed(OptionalInt v) {
        return v.isPresent() ? Integer.valueOf(v.getAsInt()) : null;
    }

    /** The calibration rows shipped with Zhiti: every constant of {@link Calibration#FITTED} was fitted on them. */
    public static List<ValidationRow> builtInRows() {
        return builtInRows(RowSet.CALIBRATION);
    }

    /** One of the shipped sets of published measurements (each row with its source). */
    public static List<ValidationRow> builtInRows(RowSet set) {
        try (InputStream in = Validation.class.getResourceAsStream(set.resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in validation rows missing: " + set.resource);
            }
            return parse(in, set.resource);
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
        return run(rows, Calibration.FITTED);
    }

    /** Predicts every row; a row that cannot be planned is reported with its problem, and the others still run. */
    public static Report run(List<ValidationRow> rows, Calibration cal) {
        List<Outcome> out = new ArrayList<>();
        for (ValidationRow r : rows) {
            try {
                out.add(predict(r, cal));
            } catch (IllegalArgumentException e) {
                out.add(Outcome.unplanned(r, e.getMessage()));
            }
        }
        return new Report(out);
    }

    /**
     * Predicts one row. Sizes the row leaves empty (tp, pp, micro-batch, global batch, interleaving) are searched,
     * on exactly the row's GPUs; the ZeRO stage is always the planner's. Sequence parallelism is on with selective
     * recompute and off otherwise, as in the papers the first rows come from.
     */
    public static Outcome predict(ValidationRow r, Calibration cal) {
        try {
            ClusterSpec cluster = GpuTable.cluster(r.gpu(), r.gpus());
            Stack stack = r.stack() != null ? r.stack() : Stack.defaultFor(cluster);
            SearchSpace space = SearchSpace.open(r.globalBatch(), r.precision())
                    .withTp(boxed(r.tp()))
                    .withPp(boxed(r.pp()))
                    .withCp(r.cp().isPresent() ? r.cp().getAsInt() : 1)
                    .withEp(boxed(r.ep()))
                    .withInterleave(boxed(r.interleave()))
                    .withMicroBatch(boxed(r.microBatch()))
                    .withRecompute(r.recompute() == null ? null : Set.of(r.recompute()))
                    .withSequenceParallel(sequenceParallel(r, stack))
                    .withZeroStages(r.zero().isPresent() ? Set.of(r.zero().getAsInt()) : null)
                    .withStack(stack)
                    .usingAllGpus(true);
            if (r.gpus() % cluster.gpusPerNode() != 0 && r.gpus() > cluster.gpusPerNode()) {
                throw new IllegalArgumentException("gpus " + r.gpus() + " is not a whole number of "
                        + cluster.gpusPerNode() + "-GPU nodes");
            }
            ClusterSpec exact = r.gpus() < cluster.gpusPerNode()
                    ? new ClusterSpec(cluster.gpu(), cluster.bf16Tflops(), cluster.fp16Tflops(), cluster.fp8Tflops(),
                    cluster.hbmGb(), cluster.hbmGBs(), r.gpus(), cluster.nvlinkGBs(), cluster.interNodeGbps(), 1,
                    cluster.source(), cluster.clockShare())
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
            return new Outcome(r, e, tflops, e.secondsPerIteration(), error, of, plannerChose(r), null);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("row '" + r.name() + "': " + ex.getMessage(), ex);
        }
    }
}
