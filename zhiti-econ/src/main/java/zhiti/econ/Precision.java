package zhiti.econ;

import java.util.Locale;

/** Number formats whose dense peak throughput the accelerator catalog lists. */
public enum Precision {
    FP32(32), TF32(19), BF16(16), FP16(16), FP8(8), INT8(8);

    private final int bits;

    Precision(int bits) {
        this.bits = bits;
    }

    /** Bit width as the US export rules count it for TPP (TF32 is counted as 32 there; see the chip calculator). */
    public int bits() {
        return bits;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Precision parse(String s) {
        String k = s.trim().toUpperCase(Locale.ROOT).replace("-", "");
        for (Precision p : values()) {
            if (p.name().equals(k)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + s + "': use one of fp32, tf32, bf16, fp16, fp8, int8");
    }
}
