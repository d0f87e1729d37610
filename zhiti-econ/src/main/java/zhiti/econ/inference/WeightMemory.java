package zhiti.econ.inference;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Memory the weights of a model take, bytes = parameters × bytes per value, and how many accelerators it takes just
 * to hold them. Only the weights: the KV cache, activations and the runtime need more, so the count is a floor.
 */
public final class WeightMemory {

    private WeightMemory() {
    }

    /**
     * @param exact the fractional count before rounding up, so a caller sees how close the round-up was
     */
    public record Fit(Figure accelerators, double exact) {
    }

    public static Figure bytes(double params, double bytesPerValue, String source) {
        InputChecks.positive("params", params);
        if (params < 1e3) {
            throw new IllegalArgumentException("params " + params + " is a count of parameters, not billions: "
                    + "write 7e10 for 70B");
        }
        checkBytesPerValue(bytesPerValue);
        return new Figure("weight bytes", params * bytesPerValue, "byte", "bytes = parameters × bytes per value",
                Figure.inputs("parameters", params, "bytes per value", bytesPerValue), source);
    }

    /** accelerators = ⌈weight bytes ÷ memory per accelerator⌉. */
    public static Fit acceleratorsToHold(double weightBytes, double memoryBytes, String source) {
        InputChecks.positive("weight bytes", weightBytes);
        InputChecks.positive("memory per accelerator (bytes)", memoryBytes);
        if (memoryBytes < 1e8) {
            throw new IllegalArgumentException("memory " + memoryBytes + " bytes looks like GB; give bytes "
                    + "(80 GB = 8e10)");
        }
        double exact = weightBytes / memoryBytes;
        long n = (long) Math.ceil(exact - 1e-9);
        return new Fit(new Figure("accelerators to hold the weights", n, "accelerator",
                "accelerators = ⌈weight bytes ÷ memory per accelerator⌉ (weights only; KV cache and activations "
                        + "need more)",
                Figure.inputs("weight bytes", weightBytes, "memory per accelerator (bytes)", memoryBytes,
                        "exact", Math.round(exact * 1000) / 1000.0), source), exact);
    }

    /** Bytes, not bits: 16 sent for fp16 would make every memory figure eight times too large. */
    public static double checkBytesPerValue(double bytesPerValue) {
        InputChecks.positive("bytes_per_value", bytesPerValue);
        if (bytesPerValue > 8) {
            throw new IllegalArgumentException("bytes_per_value is in bytes, got " + bytesPerValue + " (bits?): "
                    + "2 for fp16/bf16, 1 for fp8/int8, 0.5 for int4");
        }
        return bytesPerValue;
    }
}
