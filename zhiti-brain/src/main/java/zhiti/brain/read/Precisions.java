package zhiti.brain.read;

import java.util.Optional;

/** Number formats as questions name them: how many bytes a value takes, and the tensor-core peak that applies. */
final class Precisions {

    private Precisions() {
    }

    /** FP32 4, BF16/FP16 2, FP8/INT8 1, INT4/FP4 0.5 bytes per value. */
    static double bytes(String p) {
        return switch (p) {
            case "fp32", "tf32", "单精度" -> 4;
            case "fp8", "int8", "8bit" -> 1;
            case "int4", "fp4", "4bit" -> 0.5;
            default -> 2;
        };
    }

    /** The econ precision label whose dense peak a computation at this format uses; none for 4-bit formats. */
    static Optional<String> tensorLabel(String p) {
        return switch (p) {
            case "fp32", "单精度" -> Optional.of("fp32");
            case "tf32" -> Optional.of("tf32");
            case "fp8" -> Optional.of("fp8");
            case "int8", "8bit" -> Optional.of("int8");
            case "bf16" -> Optional.of("bf16");
            case "fp16", "半精度" -> Optional.of("fp16");
            default -> Optional.empty();
        };
    }
}
