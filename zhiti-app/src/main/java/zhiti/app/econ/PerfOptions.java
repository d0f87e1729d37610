package zhiti.app.econ;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.UnknownNameException;
import zhiti.econ.perf.ClusterSpec;
import zhiti.econ.perf.GpuTable;
import zhiti.econ.perf.ModelShape;
import zhiti.econ.perf.Stack;

/** Model-shape and cluster options shared by {@code econ plan} and {@code econ search}. */
public final class PerfOptions {

    @Option(names = "--model-file", description = "ModelShape JSON: {\"layers\",\"hidden\",\"heads\",\"seqLen\",\"vocab\","
            + "\"ffnMultiple\",\"experts\",\"topK\"}")
    Path modelFile;

    @Option(names = "--model", paramLabel = "NAME",
            description = "catalog model with a known shape (GPT-3, Llama 2 70B, MT-NLG 530B …): fills --layers, --hidden, "
                    + "--heads, --seq-len, --vocab, --experts, --top-k; explicit options override")
    String catalogModel;

    @Option(names = "--layers", description = "transformer layers l")
    Integer layers;

    @Option(names = "--hidden", description = "hidden size h")
    Integer hidden;

    @Option(names = "--heads", description = "attention heads a")
    Integer heads;

    @Option(names = "--seq-len", description = "sequence length s; default the catalog model's, else 2048")
    Integer seqLen;

    @Option(names = "--vocab", description = "vocabulary V; default the catalog model's, else 51200")
    Integer vocab;

    @Option(names = "--ffn-multiple", defaultValue = "4", description = "FFN width ÷ h; default ${DEFAULT-VALUE}")
    double ffnMultiple;

    @Option(names = "--experts", description = "MoE experts per layer (1 = dense); default the catalog model's, else 1")
    Integer experts;

    @Option(names = "--top-k", description = "experts per token; default the catalog model's, else 1")
    Integer topK;

    @Option(names = "--kv-heads", description = "key/value heads (grouped-query attention); default one per head")
    Integer kvHeads;

    @Option(names = "--head-dim", description = "width of one head; default hidden ÷ heads")
    Integer headDim;

    @Option(names = "--software", paramLabel = "STACK",
            description = "megatron-2021 | megatron-core | deepspeed | fsdp; default megatron-core on FP8-capable "
                    + "GPUs (H100 and later), megatron-2021 before them")
    String software;

    @Option(names = "--cluster-file", description = "ClusterSpec JSON: {\"gpu\",\"bf16Tflops\",\"fp16Tflops\",\"fp8Tflops\","
            + "\"hbmGb\",\"hbmGBs\",\"gpusPerNode\",\"nvlinkGBs\",\"interNodeGbps\",\"nodes\"}")
    Path clusterFile;

    @Option(names = {"--gpu", "--chip", "--hardware"}, defaultValue = "A100 80GB",
            description = "GPU from the perf GPU table (A100 80GB/40GB, H100, H800, H200, B200, V100); default ${DEFAULT-VALUE}")
    String gpu;

    @Option(names = "--gpus", description = "GPUs in the cluster (rounded up to whole nodes)")
    Integer gpus;

    private ModelCard card;

    ModelShape model() {
        if (modelFile != null) {
            return ModelShape.fromJson(modelFile);
        }
        ModelCard.Shape shape = card() == null ? ModelCard.Shape.UNKNOWN : card().shape();
        Integer l = layers != null ? layers : boxed(shape.layers());
        Integer h = hidden != null ? hidden : boxed(shape.hidden());
        Integer a = heads != null ? heads : boxed(shape.heads());
        if (l == null || h == null || a == null) {
            throw new IllegalArgumentException(card() != null
                    ? "the catalog has no complete shape (layers, hidden, heads) for " + card().name()
                            + "; give --layers, --hidden and --heads"
                    : "give the model as --model NAME, --model-file FILE.json or as --layers, --hidden and "
                            + "--heads (e.g. GPT-3: --layers 96 --hidden 12288 --heads 96)");
        }
        int e = experts != null ? experts : shape.experts().orElse(1);
        int k = topK != null ? topK : Math.min(e, shape.expertsPerToken().orElse(1));
        return new ModelShape(card() != null ? card().name() : "model", l, h, a, seqLen(), vocab(), ffnMultiple, e, k,
                kvHeads != null ? kvHeads : 0, headDim != null ? headDim : 0);
    }

    /** The named software stack, or null for the cluster's default. */
    Stack stack() {
        return software == null ? null : Stack.parse(software);
    }

    int seqLen() {
        return seqLen != null ? seqLen : card() != null ? card().shape().seqLen().orElse(2048) : 2048;
    }

    int vocab() {
        return vocab != null ? vocab : card() != null ? card().shape().vocab().orElse(51200) : 51200;
    }

    ClusterSpec cluster(int defaultGpus) {
        if (clusterFile != null) {
            return ClusterSpec.fromJson(clusterFile);
        }
        int n = gpus != null ? gpus : defaultGpus;
        try {
            return GpuTable.cluster(gpu, n);
        } catch (UnknownNameException e) {
            // a catalog alias (英伟达 H100, H100 SXM5 …) names the same GPU as the perf table's row
            var acc = Catalog.builtIn().accelerators().find(gpu);
            if (acc.isEmpty()) {
                throw e;
            }
            try {
                return GpuTable.cluster(acc.get().name(), n);
            } catch (UnknownNameException none) {
                throw new IllegalArgumentException("the performance model has no data for " + acc.get().name()
                        + "; it knows " + GpuTable.all().stream().map(ClusterSpec::gpu).toList());
            }
        }
    }

    private ModelCard card() {
        if (card == null && catalogModel != null) {
            card = CatalogInputs.model(catalogModel);
        }
        return card;
    }

    private static Integer boxed(java.util.OptionalInt v) {
        return v.isPresent() ? Integer.valueOf(v.getAsInt()) : null;
    }
}
