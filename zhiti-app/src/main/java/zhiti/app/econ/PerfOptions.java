package zhiti.app.econ;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import zhiti.econ.perf.ClusterSpec;
import zhiti.econ.perf.GpuTable;
import zhiti.econ.perf.ModelShape;

/** Model-shape and cluster options shared by {@code econ plan} and {@code econ search}. */
public final class PerfOptions {

    @Option(names = "--model-file", description = "ModelShape JSON: {\"layers\",\"hidden\",\"heads\",\"seqLen\",\"vocab\","
            + "\"ffnMultiple\",\"experts\",\"topK\"}")
    Path modelFile;

    @Option(names = "--layers", description = "transformer layers l")
    Integer layers;

    @Option(names = "--hidden", description = "hidden size h")
    Integer hidden;

    @Option(names = "--heads", description = "attention heads a")
    Integer heads;

    @Option(names = "--seq-len", defaultValue = "2048", description = "sequence length s; default ${DEFAULT-VALUE}")
    int seqLen;

    @Option(names = "--vocab", defaultValue = "51200", description = "vocabulary V; default ${DEFAULT-VALUE}")
    int vocab;

    @Option(names = "--ffn-multiple", defaultValue = "4", description = "FFN width ÷ h; default ${DEFAULT-VALUE}")
    double ffnMultiple;

    @Option(names = "--experts", defaultValue = "1", description = "MoE experts per layer (1 = dense)")
    int experts;

    @Option(names = "--top-k", defaultValue = "1", description = "experts per token")
    int topK;

    @Option(names = "--cluster-file", description = "ClusterSpec JSON: {\"gpu\",\"bf16Tflops\",\"fp16Tflops\",\"fp8Tflops\","
            + "\"hbmGb\",\"hbmGBs\",\"gpusPerNode\",\"nvlinkGBs\",\"interNodeGbps\",\"nodes\"}")
    Path clusterFile;

    @Option(names = "--gpu", defaultValue = "A100 80GB",
            description = "GPU from the perf GPU table (A100 80GB/40GB, H100, H800, H200, B200, V100); default ${DEFAULT-VALUE}")
    String gpu;

    @Option(names = "--gpus", description = "GPUs in the cluster (rounded up to whole nodes)")
    Integer gpus;

    ModelShape model() {
        if (modelFile != null) {
            return ModelShape.fromJson(modelFile);
        }
        if (layers == null || hidden == null || heads == null) {
            throw new IllegalArgumentException("give the model as --model-file FILE.json or as --layers, --hidden and "
                    + "--heads (e.g. GPT-3: --layers 96 --hidden 12288 --heads 96)");
        }
        return new ModelShape("model", layers, hidden, heads, seqLen, vocab, ffnMultiple, experts, topK);
    }

    ClusterSpec cluster(int defaultGpus) {
        if (clusterFile != null) {
            return ClusterSpec.fromJson(clusterFile);
        }
        return GpuTable.cluster(gpu, gpus != null ? gpus : defaultGpus);
    }
}
