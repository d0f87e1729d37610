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
        Figure comp = computeBound(activeParams, peakFlops, utilisation, source);
        double computeBound = comp.value();
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
    public static final String BANDWIDTH_NOTE = "a ceiling: decoding at small batch is usually bandwidth-bound, "
            + "so it runs slower than this (bandwidth ÷ bytes read per token)";

    /**
     * The arithmetic limit alone: tokens/s = peak × utilisation ÷ (2 · N_active), 2 FLOP per active parameter
     * per token. Small-batch decoding rarely reaches it, which the figure says.
     */
    public static Figure computeBound(double activeParams, double peakFlops, double utilisation, String source) {
        InputChecks.positive("active parameters", activeParams);
        if (activeParams < 1e3) {
            throw new IllegalArgumentException("params " + activeParams + " is a count of parameters, not "
                    + "billions: write 7e10 for 70B");
        }
        InputChecks.positive("peak FLOP/s", peakFlops);
        if (peakFlops < 1e9) {
            throw new IllegalArgumentException("peak " + peakFlops + " FLOP/s looks like TFLOP/s; give FLOP per "
                    + "second (989 TFLOP/s = 9.89e14)");
        }
        InputChecks.fraction("utilisation", utilisation);
        return new Figure("compute-bound decode throughput", peakFlops * utilisation / (2 * activeParams), "token/s",
                "tokens/s = peak × utilisation ÷ (2 · N_active)",
                Figure.inputs("peak (FLOP/s)", peakFlops, "utilisation", utilisation, "N_active", activeParams,
                        "note", BANDWIDTH_NOTE), source);
    }
}
