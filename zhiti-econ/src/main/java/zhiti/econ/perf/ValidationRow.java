package zhiti.econ.perf;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import zhiti.econ.Precision;

/**
 * One published training measurement to predict; the columns of a validation CSV (see zhiti-econ/VALIDATION.md).
 * Empty tp, pp, micro-batch, global batch, interleave or stack mean the planner picks (or the default applies);
 * either measured column may be empty. Optional columns describe GQA, gated and MoE FFNs, context and expert
 * parallelism.
 */
public record ValidationRow(String name, OptionalDouble paramsB, ModelShape shape, String gpu, int gpus,
                            OptionalInt tp, OptionalInt pp, int globalBatch, OptionalInt microBatch,
                            Precision precision, Recompute recompute, FlopsBasis flopsBasis,
                            OptionalDouble measuredTflopsPerGpu, OptionalDouble measuredSecondsPerIteration,
                            String source, OptionalInt cp, OptionalInt ep, OptionalInt interleave, Stack stack,
                            OptionalInt zero) {

    /** Which FLOP count a measured TFLOP/s per GPU uses. */
    public enum FlopsBasis {
        /** Model FLOPs with attention, no recomputation: 72·B·s·l·h²·(1 + s/(6h) + V/(12hl)). */
        MODEL,
        /** Model FLOPs plus recomputed work, as Narayanan et al. count (96·… with full recompute). */
        HARDWARE;

        static FlopsBasis parse(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "model" -> MODEL;
                case "hardware" -> HARDWARE;
                default -> throw new IllegalArgumentException("flops_basis must be model or hardware, got '" + s + "'");
            };
        }
    }

    public static final String COLUMNS = "name,params_b,hidden,layers,heads,seq_len,vocab,gpu,gpus,tp,pp,"
            + "global_batch,micro_batch,precision,recompute,flops_basis,measured_tflops_per_gpu,measured_s_per_iter";
    /** Columns a file may add; an absent or empty one takes its default. */
    public static final String OPTIONAL_COLUMNS = "kv_heads,head_dim,ffn_hidden,gated_ffn,experts,top_k,cp,ep,"
            + "interleave,zero,software,source";

    /** Whether the planner chose the global batch (the row leaves it empty). */
    public boolean freeBatch() {
        return globalBatch == 0;
    }

    /** Parses one CSV record (header → value); {@code where} names the file and line for messages. */
    static ValidationRow parse(Map<String, String> r, String where) {
        try {
            String name = text(r, "name");
            ModelShape shape = shape(r, name);
            OptionalDouble paramsB = optDouble(r, "params_b");
            if (paramsB.isPresent()) {
                double computed = shape.params() / 1e9;
                if (Math.abs(computed / paramsB.getAsDouble() - 1) > 0.25) {
                    throw new IllegalArgumentException("params_b " + paramsB.getAsDouble() + " disagrees with the "
                            + "shape (hidden, layers, vocab give " + Math.round(computed * 10) / 10.0
                            + "B); check the hidden, layers, ffn_hidden and experts columns");
                }
            }
            OptionalDouble tflops = optDouble(r, "measured_tflops_per_gpu");
            OptionalDouble secs = optDouble(r, "measured_s_per_iter");
            String software = r.get("software");
            return new ValidationRow(name, paramsB, shape, text(r, "gpu"), integer(r, "gpus"), optInt(r, "tp"),
                    optInt(r, "pp"), optInt(r, "global_batch").orElse(0), optInt(r, "micro_batch"),
                    Precision.parse(text(r, "precision")), recompute(r),
                    FlopsBasis.parse(text(r, "flops_basis")), tflops, secs,
                    r.get("source") == null ? "" : r.get("source").trim(), optInt(r, "cp"), optInt(r, "ep"),
                    optInt(r, "interleave"), software == null || software.isBlank() ? null : Stack.parse(software),
                    zero(r));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * The row's transformer. A gated (SwiGLU) FFN of width F has three h × F matrices, which the model counts as
     * two of 1.5·F; ffn_hidden empty means 4h.
     */
    private static ModelShape shape(Map<String, String> r, String name) {
        int hidden = integer(r, "hidden");
        OptionalInt ffn = optInt(r, "ffn_hidden");
        boolean gated = yes(r, "gated_ffn");
        double multiple = ffn.isPresent() ? (gated ? 1.5 : 1.0) * ffn.getAsInt() / hidden : 4;
        return new ModelShape(name, integer(r, "layers"), hidden, integer(r, "heads"), integer(r, "seq_len"),
                integer(r, "vocab"), multiple, optInt(r, "experts").orElse(1), optInt(r, "top_k").orElse(1),
                optInt(r, "kv_heads").orElse(0), optInt(r, "head_dim").orElse(0));
    }

    /** Empty or "unknown" recompute leaves it to the planner (null). */
    private static Recompute recompute(Map<String, String> r) {
        String v = r.get("recompute");
        return v == null || v.isBlank() || v.trim().equalsIgnoreCase("unknown") ? null : Recompute.parse(v);
    }

    private static OptionalInt zero(Map<String, String> r) {
        String v = r.get("zero");
        if (v == null || v.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int z = Integer.parseInt(v.trim());
            if (z < 0 || z > 3) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(z);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("zero must be 0, 1, 2 or 3 (3 = fully sharded, as FSDP), got '" + v + "'");
        }
    }

    private static boolean yes(Map<String, String> r, String col) {
        String v = r.get(col);
        if (v == null || v.isBlank()) {
            return false;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "y" -> true;
            case "no", "false", "0", "n" -> false;
            default -> throw new IllegalArgumentException(col + " must be yes or no, got '" + v + "'");
        };
    }

    private static String text(Map<String, String> r, String col) {
        String v = r.get(col);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("column " + col + " is empty or missing (columns: " + COLUMNS + ")");
        }
        return v.trim();
    }

    private static int integer(Map<String, String> r, String col) {
        String v = text(r, col);
        try {
            int n = Integer.parseInt(v);
            if (n <= 0) {
                throw new IllegalArgumentException(col + " must be a positive whole number, got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(col + " must be a whole number, got '" + v + "'");
        }
    }

    private static OptionalInt optInt(Map<String, String> r, String col) {
        String v = r.get(col);
        return v == null || v.isBlank() ? OptionalInt.empty() : OptionalInt.of(integer(r, col));
    }

    private static OptionalDouble optDouble(Map<String, String> r, String col) {
        String v = r.get(col);
        if (v == null || v.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException(col + " must be a positive number, got " + v);
            }
            return OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(col + " must be a number, got '" + v + "'");
        }
    }
}
