package zhiti.econ.perf;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.nio.file.Path;
import zhiti.econ.Precision;

/**
 * The hardware a plan runs on, the second of the performance model's three inputs: one GPU type, how GPUs are
 * grouped into NVLink nodes, and how nodes talk over the scale-out network.
 *
 * @param gpu                  GPU name (for figures)
 * @param bf16Tflops           dense BF16 tensor peak, TFLOP/s (0 = not supported)
 * @param fp16Tflops           dense FP16 tensor peak, TFLOP/s
 * @param fp8Tflops            dense FP8 tensor peak, TFLOP/s (0 = not supported)
 * @param hbmGb                memory per GPU, GB (10⁹ bytes)
 * @param hbmGBs               memory bandwidth per GPU, GB/s
 * @param gpusPerNode          GPUs joined by NVLink
 * @param nvlinkGBs            NVLink bandwidth per GPU per direction, GB/s (A100: 300, i.e. 600 GB/s total)
 * @param interNodeGbps        scale-out (InfiniBand/RoCE) bandwidth per GPU, Gb/s (DGX A100: 200)
 * @param nodes                number of nodes
 * @param source               where the numbers come from
 * @param clockShare           share of the datasheet tensor peak the GPU sustains under training load (clocks
 *                             drop below boost at the power limit); 0 in JSON means 1
 */
public record ClusterSpec(String gpu, @JsonAlias("bf16_tflops") double bf16Tflops,
                          @JsonAlias("fp16_tflops") double fp16Tflops, @JsonAlias("fp8_tflops") double fp8Tflops,
                          @JsonAlias("hbm_gb") double hbmGb, @JsonAlias("hbm_gbs") double hbmGBs,
                          @JsonAlias("gpus_per_node") int gpusPerNode, @JsonAlias("nvlink_gbs") double nvlinkGBs,
                          @JsonAlias("internode_gbps") double interNodeGbps, int nodes, String source,
                          @JsonAlias("clock_share") double clockShare) {

    public ClusterSpec {
        clockShare = clockShare == 0 ? 1 : clockShare;
        Checks.fraction("clock share", clockShare);
        gpu = gpu == null || gpu.isBlank() ? "GPU" : gpu;
        source = source == null ? "user input" : source;
        if (!(bf16Tflops > 0 || fp16Tflops > 0 || fp8Tflops > 0)) {
            throw new IllegalArgumentException("cluster GPU " + gpu + " needs at least one of bf16Tflops, "
                    + "fp16Tflops, fp8Tflops (dense tensor peak, TFLOP/s)");
        }
        Checks.positive("HBM per GPU (GB)", hbmGb);
        Checks.positive("HBM bandwidth (GB/s)", hbmGBs);
        Checks.positive("GPUs per node", gpusPerNode);
        Checks.positive("NVLink bandwidth per direction (GB/s)", nvlinkGBs);
        Checks.positive("inter-node bandwidth per GPU (Gb/s)", interNodeGbps);
        Checks.positive("nodes", nodes);
    }

    /** A cluster whose GPUs sustain their datasheet peak. */
    public ClusterSpec(String gpu, double bf16Tflops, double fp16Tflops, double fp8Tflops, double hbmGb, double hbmGBs,
                       int gpusPerNode, double nvlinkGBs, double interNodeGbps, int nodes, String source) {
        this(gpu, bf16Tflops, fp16Tflops, fp8Tflops, hbmGb, hbmGBs, gpusPerNode, nvlinkGBs, interNodeGbps, nodes, source,
                1);
    }

    public static ClusterSpec fromJson(Path file) {
        return JsonInputs.read(file, ClusterSpec.class);
    }

    /** The same hardware with another node count. */
    public ClusterSpec withNodes(int n) {
        return new ClusterSpec(gpu, bf16Tflops, fp16Tflops, fp8Tflops, hbmGb, hbmGBs, gpusPerNode, nvlinkGBs,
                interNodeGbps, n, source, clockShare);
    }

    public int gpus() {
        return nodes * gpusPerNode;
    }

    /** Dense tensor peak in FLOP/s, or a message naming what this GPU does support. */
    public double peakFlops(Precision p) {
        double t = switch (p) {
            case BF16 -> bf16Tflops;
            case FP16 -> fp16Tflops;
            case FP8 -> fp8Tflops;
            default -> 0;
        };
        if (!(t > 0)) {
            throw new IllegalArgumentException(gpu + " has no dense " + p.label() + " tensor peak here; train in "
                    + (bf16Tflops > 0 ? "bf16" : "fp16") + " or pick another GPU");
        }
        return t * 1e12;
    }

    double hbmBytesPerS() {
        return hbmGBs * 1e9;
    }

    double nvlinkBytesPerS() {
        return nvlinkGBs * 1e9;
    }

    double interNodeBytesPerS() {
        return interNodeGbps * 1e9 / 8;
    }
}
