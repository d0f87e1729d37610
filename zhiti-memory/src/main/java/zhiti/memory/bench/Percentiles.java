package zhiti.memory.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of latency samples in nanoseconds, reported in milliseconds. */
final class Percentiles {
    private Percentiles() {}

    static double ms(long[] nanos, double p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return Math.round(s[Math.max(0, Math.min(s.length - 1, idx))] / 1e3) / 1e3;
    }
}
