package zhiti.econ.perf;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import zhiti.econ.Precision;

/**
 * One published training measurement to predict; the columns of a validation CSV (see zhiti-econ/VALIDATION.md).
 * Empty tp, pp or micro-batch mean the planner picks; either measured column may be empty.
 */
public record ValidationRow(String name, OptionalDouble paramsB, ModelShape shape, String gpu, int gpus,
                            OptionalInt tp, OptionalInt pp, int globalBatch, OptionalInt microBatch,
                            Precision precision, Recompute recompute, FlopsBasis flopsBasis,
                            OptionalDouble measuredTflopsPerGpu, OptionalDouble measuredSecondsPerIteration,
                            String source) {

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

    /** Parses one CSV record (header → value); {@code where} names the file and line for messages. */
    static ValidationRow parse(Map<String, String> r, String where) {
        try {
            String name = text(r, "name");
            ModelShape shape = ModelShape.dense(name, integer(r, "layers"), integer(r, "hidden"), integer(r, "heads"),
                    integer(r, "seq_len"), integer(r, "vocab"));
            OptionalDouble paramsB = optDouble(r, "params_b");
            if (paramsB.isPresent()) {
                double computed = shape.params() / 1e9;
                if (Math.abs(computed / paramsB.getAsDouble() - 1) > 0.25) {
                    throw new IllegalArgumentException("params_b " + paramsB.getAsDouble() + " disagrees with the "
                            + "shape (hidden, layers, vocab give " + Math.round(computed * 10) / 10.0
                            + "B); check the hidden/layers columns");
                }
            }
            OptionalDouble tflops = optDouble(r, "measured_tflops_per_gpu");
            OptionalDouble secs = optDouble(r, "measured_s_per_iter");
            return new ValidationRow(name, paramsB, shape, text(r, "gpu"), integer(r, "gpus"), optInt(r, "tp"),
                    optInt(r, "pp"), integer(r, "global_batch"), optInt(r, "micro_batch"),
                    Precision.parse(text(r, "precision")), Recompute.parse(text(r, "recompute")),
                    FlopsBasis.parse(text(r, "flops_basis")), tflops, secs,
                    r.get("source") == null ? "" : r.get("source").trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
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
