package zhiti.app.econ;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.econ.perf.Validation;
import zhiti.econ.perf.ValidationRow;
import zhiti.runtime.Json;

/** {@code zhiti econ validate}: predicts published training measurements and prints the error of each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Predicts published training measurements with the performance model; error = predicted ÷ measured − 1",
                "(on TFLOP/s per GPU when the row gives it, else on seconds per iteration).",
                "Without --file: the shipped sets, each reported on its own: calibration (the constants were fitted on",
                "these), heldout (a fifth of the collected rows, never used for fitting) and outside (software the model",
                "does not cover, shown for its error). --set picks one.",
                "ROWS.csv header (these columns, any order):",
                "  " + ValidationRow.COLUMNS,
                "optional columns: " + ValidationRow.OPTIONAL_COLUMNS,
                "  name            label of the row",
                "  params_b        parameters in billions (checked against the shape; may be empty)",
                "  hidden, layers, heads, seq_len, vocab   the transformer's shape",
                "  kv_heads, head_dim, ffn_hidden, gated_ffn (yes|no), experts, top_k   GQA, FFN width, MoE",
                "  gpu             A100 80GB | A100 40GB | H100 | H800 | H200 | B200 | V100, in common spellings",
                "                  (\"A100 80GB SXM\", \"H100 SXM\"); an unknown name lists the nearest",
                "  gpus            GPUs used; the plan uses exactly these (dp = gpus ÷ (tp·pp·cp))",
                "  tp, pp          tensor / pipeline sizes; empty = the planner picks",
                "  cp, ep          context- and expert-parallel sizes (empty = 1 and the planner's)",
                "  global_batch    sequences per iteration; empty = the planner picks (≤ max(4M, 1,024 × GPUs) tokens)",
                "  micro_batch, interleave, zero   empty = the planner picks",
                "  precision       bf16 | fp16 | fp8",
                "  recompute       none | selective | full | partial; empty or unknown = the planner picks",
                "  software        megatron-2021 | megatron-core | deepspeed | fsdp (empty: megatron-core on",
                "                  FP8-capable GPUs, megatron-2021 before them)",
                "  flops_basis     model (72·B·s·l·h²·(1+s/6h+V/12hl), as MFU counts) | hardware (adds recomputed",
                "                  work: 96·… with full recompute, as Narayanan et al. count)",
                "  measured_tflops_per_gpu, measured_s_per_iter   either may be empty",
                "Sizes the planner chose are marked * in the plan: a published run may have used others.",
                "See zhiti-econ/VALIDATION.md."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "ROWS.csv", description = "CSV of measurements (columns above)")
    Path file;

    @Option(names = "--set", paramLabel = "SET",
            description = "shipped set: calibration | heldout | outside | all (default all; ignored with --file)")
    String set = "all";

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Map<String, List<ValidationRow>> groups = new LinkedHashMap<>();
        if (file != null) {
            groups.put(file.getFileName().toString(), Validation.readRows(file));
        } else {
            for (Validation.RowSet s : sets()) {
                groups.put(s.label(), Validation.builtInRows(s));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> doc = new LinkedHashMap<>();
        for (var g : groups.entrySet()) {
            Validation.Report report = Validation.run(g.getValue());
            if (json && file != null) {
                doc.putAll(group(report)); // one file: its rows at the top level
            } else if (json) {
                doc.put(g.getKey(), group(report));
            } else {
                print(out, g.getKey(), report);
            }
        }
        if (json) {
            doc.put("note", "sizes in planner_chose were picked by the planner; a published run may have used others");
            Json.print(out, doc);
        }
        out.flush();
        return 0;
    }

    private List<Validation.RowSet> sets() {
        String s = set.trim().toLowerCase(Locale.ROOT);
        if (s.equals("all")) {
            return List.of(Validation.RowSet.values());
        }
        for (Validation.RowSet r : Validation.RowSet.values()) {
            if (r.label().equals(s)) {
                return List.of(r);
            }
        }
        throw new IllegalArgumentException("unknown --set '" + set + "': use calibration, heldout, outside or all");
    }

    private static Map<String, Object> group(Validation.Report report) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Validation.Outcome o : report.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", o.row().name());
            if (o.problem() != null) {
                m.put("gpu", o.row().gpu());
                m.put("error", null);
                m.put("problem", o.problem());
                m.put("source", o.row().source());
                list.add(m);
                continue;
            }
            m.put("gpu", o.estimate().cluster().gpu());
            m.put("predicted_tflops_per_gpu", o.predictedTflopsPerGpu());
            m.put("measured_tflops_per_gpu", orNull(o.row().measuredTflopsPerGpu()));
            m.put("predicted_s_per_iter", o.predictedSecondsPerIteration());
            m.put("measured_s_per_iter", orNull(o.row().measuredSecondsPerIteration()));
            m.put("error", orNull(o.error()));
            m.put("error_of", o.errorOf());
            m.put("flops_basis", o.row().flopsBasis().name().toLowerCase(Locale.ROOT));
            m.put("plan", o.estimate().plan().describe());
            m.put("planner_chose", o.plannerChose());
            m.put("mfu", o.estimate().mfu());
            m.put("source", o.row().source());
            list.add(m);
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("rows", list);
        g.put("max_abs_error", report.maxAbsError());
        g.put("rms_error", report.rmsError());
        g.put("unplanned", report.unplanned());
        return g;
    }

    private static void print(PrintWriter out, String title, Validation.Report report) {
        out.printf("%s (%d rows)%n", title, report.outcomes().size());
        out.printf("  %-44s %9s %9s %9s %9s %8s  %s%n", "name", "pred TF/s", "meas TF/s", "pred s", "meas s", "error",
                "plan (* = planner's choice)");
        for (Validation.Outcome o : report.outcomes()) {
            if (o.problem() != null) {
                out.printf("  %-44s %9s %9s %9s %9s %8s  cannot plan: %s%n", clip(o.row().name(), 44), "-",
                        fmt(o.row().measuredTflopsPerGpu(), "%.1f"), "-",
                        fmt(o.row().measuredSecondsPerIteration(), "%.2f"), "-", o.problem());
                continue;
            }
            out.printf("  %-44s %9.1f %9s %9.2f %9s %8s  %s%n", clip(o.row().name(), 44), o.predictedTflopsPerGpu(),
                    fmt(o.row().measuredTflopsPerGpu(), "%.1f"), o.predictedSecondsPerIteration(),
                    fmt(o.row().measuredSecondsPerIteration(), "%.2f"),
                    o.error().isPresent() ? String.format("%+.1f%%", 100 * o.error().getAsDouble()) : "-",
                    o.estimate().plan().describe(o.plannerChose()));
        }
        out.printf("  max |error| %.1f%%, rms %.1f%%%s%n", 100 * report.maxAbsError(), 100 * report.rmsError(),
                report.unplanned() > 0 ? ", " + report.unplanned() + " row(s) the model cannot plan" : "");
        if (report.outcomes().stream().anyMatch(o -> !o.plannerChose().isEmpty())) {
            out.println("  * chosen by the planner where the row is silent; a published run may have used another");
        }
        out.println();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static Double orNull(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static String fmt(OptionalDouble d, String f) {
        return d.isPresent() ? String.format(f, d.getAsDouble()) : "-";
    }
}
