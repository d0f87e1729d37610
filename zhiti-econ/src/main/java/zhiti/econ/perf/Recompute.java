package zhiti.econ.perf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Activation recomputation: none keeps every activation; selective recomputes only the attention core
 * (softmax, dropout, score×V: Korthikanti et al. 2022); full keeps only each layer's input and reruns its forward;
 * partial does so on the fewest layers of each stage that make the plan fit (Megatron's recompute-num-layers).
 */
public enum Recompute {
    NONE, SELECTIVE, FULL, PARTIAL;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Recompute parse(String s) {
        if (s != null) {
            for (Recompute r : values()) {
                if (r.label().equals(s.trim().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("unknown recompute '" + s + "': use none, selective, full or partial");
    }
}
