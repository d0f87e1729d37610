package zhiti.app.econ;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.runtime.Json;
import zhiti.econ.perf.Validation;
import zhiti.econ.perf.ValidationRow;

/** {@code zhiti econ validate}: predicts published training measurements and prints the error of each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Predicts published training measurements with the performance model; error = predicted ÷ measured − 1",
                "(on TFLOP/s per GPU when the row gives it, else on seconds per iteration).",
                "Without --file: Narayanan et al. 2021 Table 1 and Korthikanti et al. 2022 Table 5.",
                "ROWS.csv header (all these columns, any order; extra columns such as source are ignored):",
                "  " + ValidationRow.COLUMNS,
                "  name            label of the row",
                "  params_b        parameters in billions (checked against the shape; may be empty)",
                "  hidden, layers, heads, seq_len, vocab   the transformer's shape",
                "  gpu             A100 80GB | A100 40GB | H100 | H800 | H200 | B200 | V100 (perf GPU table)",
                "  gpus            GPUs used; the plan uses exactly these (dp = gpus ÷ (tp·pp))",
                "  tp, pp          tensor / pipeline sizes; empty = the planner picks",
                "  global_batch    sequences per iteration",
                "  micro_batch     sequences per micro-batch; empty = the planner picks",
                "  precision       bf16 | fp16 | fp8",
                "  recompute       none | selective | full (selective implies sequence parallelism)",
                "  flops_basis     model (72·B·s·l·h²·(1+s/6h+V/12hl), as MFU counts) | hardware (adds recomputed",
                "                  work: 96·… with full recompute, as Narayanan et al. count)",
                "  measured_tflops_per_gpu, measured_s_per_iter   either may be empty",
                "The planner also picks the interleaving depth and the ZeRO stage. See zhiti-econ/VALIDATION.md."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "ROWS.csv", description = "CSV of measurements (columns above)")
    Path file;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        List<ValidationRow> rows = file == null ? Validation.builtInRows() : Validation.readRows(file);
        Validation.Report report = Validation.run(rows);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Validation.Outcome o : report.outcomes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", o.row().name());
                m.put("predicted_tflops_per_gpu", o.predictedTflopsPerGpu());
                m.put("measured_tflops_per_gpu", orNull(o.row().measuredTflopsPerGpu()));
                m.put("predicted_s_per_iter", o.predictedSecondsPerIteration());
                m.put("measured_s_per_iter", orNull(o.row().measuredSecondsPerIteration()));
                m.put("error", orNull(o.error()));
                m.put("error_of", o.errorOf());
                m.put("flops_basis", o.row().flopsBasis().name().toLowerCase(java.util.Locale.ROOT));
                m.put("plan", o.estimate().plan().describe());
                m.put("mfu", o.estimate().mfu());
                m.put("source", o.row().source());
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("rows", list);
            doc.put("max_abs_error", report.maxAbsError());
            Json.print(out, doc);
            return 0;
        }
        out.printf("%-34s %10s %10s %10s %10s %8s  %s%n", "name", "pred TF/s", "meas TF/s", "pred s", "meas s", "error",
                "plan picked");
        for (Validation.Outcome o : report.outcomes()) {
            out.printf("%-34s %10.1f %10s %10.2f %10s %8s  %s%n", o.row().name(), o.predictedTflopsPerGpu(),
                    fmt(o.row().measuredTflopsPerGpu(), "%.1f"), o.predictedSecondsPerIteration(),
                    fmt(o.row().measuredSecondsPerIteration(), "%.2f"),
                    o.error().isPresent() ? String.format("%+.1f%%", 100 * o.error().getAsDouble()) : "-",
                    o.estimate().plan().describe());
        }
        out.printf("max |error| = %.1f%%%n", 100 * report.maxAbsError());
        out.flush();
        return 0;
    }

    private static Double orNull(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static String fmt(OptionalDouble d, String f) {
        return d.isPresent() ? String.format(f, d.getAsDouble()) : "-";
    }
}
