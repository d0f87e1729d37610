package zhiti.econ.perf;

/**
 * The few physical constants of the performance model that are fitted rather than read off a datasheet.
 * {@link #FITTED} was fitted with {@link CalibrationFit} (Nelder–Mead, minimising max|error| + 0.1·rms) on the
 * calibration rows of the built-in validation set; no row has a constant of its own.
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
 * @param usableMemoryFraction share of HBM a plan may fill (the rest: CUDA context, fragmentation, buffers)
 * @param fusedAttentionFraction share of the 16-bit tensor peak a fused (FlashAttention-style) attention kernel
 *                             reaches on the work it does
 * @param fp8GemmFraction      FP8 GEMMs reach this share of the GEMM efficiency 16-bit GEMMs reach, on the FP8 peak
 *                             (scaling, casts and smaller tiles keep them further from peak)
 * @param overlapHidden        share of tensor- and expert-parallel communication an overlapping stack hides
 * @param collectiveLatencyS   fixed cost per step of a data-parallel collective, seconds; a ring over n ranks
 *                             takes 2(n−1) steps per bucket, a tree 2·log₂n, and NCCL picks the cheaper
 */
public record Calibration(double matmulPeakFraction, double matmulHalfWidth, double trafficPerActivationByte,
                          double nvlinkEfficiency, double interNodeEfficiency, double p2pLatencyS,
                          double usableMemoryFraction, double fusedAttentionFraction, double fp8GemmFraction,
                          double overlapHidden, double collectiveLatencyS) {

    /**
     * Fitted on the 82 calibration rows (see the class comment and zhiti-econ/VALIDATION.md) with the Hopper clock
     * share of the GPU table at 0.86; link efficiencies set to 0.8 and usable memory to 95%, not fitted.
     */
    public static final Calibration FITTED =
            new Calibration(0.776, 253.1, 1.653, 0.8, 0.8, 1.222e-3, 0.95, 0.398, 0.826, 0.303, 120e-6);

    public Calibration {
        Checks.fraction("matmul peak fraction", matmulPeakFraction);
        Checks.positive("matmul half width", matmulHalfWidth);
        Checks.positive("traffic per activation byte", trafficPerActivationByte);
        Checks.fraction("NVLink efficiency", nvlinkEfficiency);
        Checks.fraction("inter-node efficiency", interNodeEfficiency);
        Checks.fraction("usable memory fraction", usableMemoryFraction);
        Checks.fraction("fused attention fraction", fusedAttentionFraction);
        Checks.fraction("FP8 GEMM fraction", fp8GemmFraction);
        Checks.fraction("overlap hidden share", overlapHidden);
        if (!(p2pLatencyS >= 0) || !(collectiveLatencyS >= 0)) {
            throw new IllegalArgumentException("latencies must be ≥ 0 s, got p2p " + p2pLatencyS + ", collective "
                    + collectiveLatencyS);
        }
    }

    public String describe() {
        return "GEMM " + matmulPeakFraction + "·peak ÷ (1 + " + matmulHalfWidth + "/(h/t)); HBM traffic "
                + trafficPerActivationByte + "× stored activations; fused attention " + fusedAttentionFraction
                + "·peak; FP8 GEMMs ×" + fp8GemmFraction + "; NVLink ×" + nvlinkEfficiency + ", IB ×"
                + interNodeEfficiency + "; p2p latency " + p2pLatencyS * 1e6 + " µs; collective step "
                + collectiveLatencyS * 1e6 + " µs; overlap hides " + overlapHidden;
    }
}
