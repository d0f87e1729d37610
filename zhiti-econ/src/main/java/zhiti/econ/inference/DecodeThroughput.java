package zhiti.econ.inference;

import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Decode speed when memory bandwidth, not arithmetic, is the limit: each decoding step streams every weight once
 * (shared by the batch) plus each sequence's KV cache, and yields one token per sequence. So
 * tokens/s = batch × bandwidth ÷ (weight bytes + batch × KV bytes per sequence); with batch 1 and no cache this is
 * the familiar bandwidth ÷ model bytes. The compute ceiling peak × utilisation ÷ 2N is reported beside it.
 */
public final class DecodeThroughput {

    private DecodeThroughput() {
    }

    /**
     * @param weightBytes      bytes of the active weights read per step (active params × bytes/param)
     * @param kvBytesPerSeq    KV-cache bytes of one sequence at its current length (0 to ignore)
     * @param bandwidthBytesPerS memory bandwidth, bytes/s (an H100 SXM has 3.35e12)
     */
    public static List<Figure> tokensPerSecond(double weightBytes, double kvBytesPerSeq, long batch,
                                               double bandwidthBytesPerS, double activeParams, double peakFlops,
                                               double utilisation, String source) {
        Figure mem = memoryBound(weightBytes, kvBytesPerSeq, batch, bandwidthBytesPerS, source);
        double memBound = mem.value();
        InputChecks.positive("active parameters", activeParams);
        InputChecks.positive("peak FLOP/s", peakFlops);
        InputChecks.fraction("utilisation", utilisation);
        double computeBound = peakFlops * utilisation / (2 * activeParams);
        Figure comp = new Figure("compute-bound decode throughput", computeBound, "token/s",
                "tokens/s = peak × utilisation ÷ (2 · N_active)",
                Figure.inputs("peak (FLOP/s)", peakFlops, "utilisation", utilisation, "N_active", activeParams), source);
        Figure attained = new Figure("decode throughput (lower of the two limits)", Math.min(memBound, computeBound),
                "token/s", "min(memory-bound, compute-bound)",
                Figure.inputs("limited by", memBound < computeBound ? "memory bandwidth" : "compute"), source);
        return List.of(mem, comp, attained);
    }

    /**
     * The memory-bandwidth limit alone, for when the chip's arithmetic peak is not known or not asked about.
     *
     * @see #tokensPerSecond for the parameters
     */
    public static Figure memoryBound(double weightBytes, double kvBytesPerSeq, long batch, double bandwidthBytesPerS,
                                     String source) {
        InputChecks.positive("weight bytes read per step", weightBytes);
        InputChecks.nonNegative("KV-cache bytes per sequence", kvBytesPerSeq);
        InputChecks.positive("batch", batch);
        InputChecks.positive("memory bandwidth (bytes/s)", bandwidthBytesPerS);
        if (bandwidthBytesPerS < 1e9) {
            throw new IllegalArgumentException("memory bandwidth " + bandwidthBytesPerS
                    + " bytes/s looks like TB/s or GB/s; give bytes per second (3.35 TB/s = 3.35e12)");
        }
        double bytesPerStep = weightBytes + batch * kvBytesPerSeq;
        return new Figure("memory-bound decode throughput", batch * bandwidthBytesPerS / bytesPerStep, "token/s",
                "tokens/s = batch × bandwidth ÷ (weight bytes + batch × KV bytes per sequence)",
                Figure.inputs("batch", batch, "bandwidth (B/s)", bandwidthBytesPerS, "weight bytes", weightBytes,
                        "KV bytes per sequence", kvBytesPerSeq, "bytes read per token", bytesPerStep / batch), source);
    }
}
