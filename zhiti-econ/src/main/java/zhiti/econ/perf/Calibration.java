package zhiti.econ.perf;

/**
 * The few physical constants of the performance model that are fitted rather than read off a datasheet.
 * {@link #MEGATRON_A100} was fitted with {@link CalibrationFit} (Nelder–Mead, minimising max|error| + 0.1·rms) on
 * the built-in rows, Narayanan et al. 2021 Table 1 and Korthikanti et al. 2022 Table 5, restarted until it stopped
 * moving; no row has a constant of its own.
 *
 * @param matmulPeakFraction   share of tensor peak a large GEMM reaches (cuBLAS on A100 tops out near 75–80%)
 * @param matmulHalfWidth      per-GPU GEMM width h/t at which GEMM efficiency falls to half of that share:
 *                             efficiency = peakFraction ÷ (1 + halfWidth ÷ (h/t)); narrow tensor-parallel slices
 *                             run poorly
 * @param trafficPerActivationByte HBM bytes moved by the memory-bound kernels (layer norm, GeLU, dropout,
 *                             softmax, bias adds) per byte of stored activation (Korthikanti's sbh·34 count)
 * @param nvlinkEfficiency     achieved share of NVLink bandwidth by ring collectives (NCCL bus bandwidth)
 * @param interNodeEfficiency  achieved share of the per-GPU scale-out bandwidth
 * @param p2pLatencyS          fixed cost of one pipeline send/receive, seconds (launch, synchronisation with the
 *                             neighbour stage, and the all-gather that rebuilds a scattered activation)
 * @param dpOverlap            share of the data-parallel gradient reduction hidden behind the backward pass
 * @param usableMemoryFraction share of HBM a plan may fill (the rest: CUDA context, fragmentation, buffers)
 */
public record Calibration(double matmulPeakFraction, double matmulHalfWidth, double trafficPerActivationByte,
                          double nvlinkEfficiency, double interNodeEfficiency, double p2pLatencyS,
                          double dpOverlap, double usableMemoryFraction) {

    /** Fitted on Megatron-LM runs on DGX A100 (see the class comment); link efficiencies set to 0.8, not fitted. */
    public static final Calibration MEGATRON_A100 =
            new Calibration(0.768, 226, 1.70, 0.8, 0.8, 0.98e-3, 0.0, 0.95);

    public Calibration {
        Checks.fraction("matmul peak fraction", matmulPeakFraction);
        Checks.positive("matmul half width", matmulHalfWidth);
        Checks.positive("traffic per activation byte", trafficPerActivationByte);
        Checks.fraction("NVLink efficiency", nvlinkEfficiency);
        Checks.fraction("inter-node efficiency", interNodeEfficiency);
        Checks.fraction("data-parallel overlap", dpOverlap);
        Checks.fraction("usable memory fraction", usableMemoryFraction);
        if (!(p2pLatencyS >= 0)) {
            throw new IllegalArgumentException("p2p latency must be ≥ 0 s, got " + p2pLatencyS);
        }
    }

    public String describe() {
        return "GEMM " + matmulPeakFraction + "·peak ÷ (1 + " + matmulHalfWidth + "/(h/t)); HBM traffic "
                + trafficPerActivationByte + "× stored activations; NVLink ×" + nvlinkEfficiency + ", IB ×"
                + interNodeEfficiency + "; p2p latency " + p2pLatencyS * 1e6 + " µs; DP overlap " + dpOverlap;
    }
}
