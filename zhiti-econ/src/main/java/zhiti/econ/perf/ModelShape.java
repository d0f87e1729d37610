package zhiti.econ.perf;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.nio.file.Path;

/**
 * The shape of a decoder-only transformer, the first of the performance model's three inputs.
 * A mixture-of-experts model has {@code experts} FFN copies per layer of which {@code topK} run per token.
 *
 * @param layers      transformer layers l
 * @param hidden      hidden size h
 * @param heads       attention heads a
 * @param seqLen      sequence length s (tokens)
 * @param vocab       vocabulary size V
 * @param ffnMultiple FFN width ÷ hidden (4 for GPT-style; 0 in JSON means 4). The model counts two FFN matrices;
 *                    for a gated (SwiGLU) FFN with three, give 1.5 × width ÷ hidden (LLaMA-style 8/3 → 4)
 * @param experts     FFN experts per layer (1 = dense; 0 in JSON means 1)
 * @param topK        experts each token visits (0 in JSON means 1)
 * @param kvHeads     key/value heads (grouped-query attention; 0 in JSON means one per attention head)
 * @param headDim     width of one attention head (0 in JSON means hidden ÷ heads; Qwen3-style models use wider
 *                    query projections than the hidden size)
 */
public record ModelShape(String name, int layers, int hidden, int heads, @JsonAlias("seq_len") int seqLen,
                         int vocab, @JsonAlias("ffn_multiple") double ffnMultiple, int experts,
                         @JsonAlias("top_k") int topK, @JsonAlias("kv_heads") int kvHeads,
                         @JsonAlias("head_dim") int headDim) {

    public ModelShape {
        name = name == null || name.isBlank() ? "model" : name;
        ffnMultiple = ffnMultiple == 0 ? 4 : ffnMultiple;
        experts = experts == 0 ? 1 : experts;
        topK = topK == 0 ? 1 : topK;
        kvHeads = kvHeads == 0 ? heads : kvHeads;
        if (headDim == 0 && heads > 0 && hidden % heads != 0) {
            throw new IllegalArgumentException("hidden size " + hidden + " is not divisible by heads " + heads
                    + ": give the head width (head_dim), or pick heads so that hidden/heads is whole (e.g. 128)");
        }
        headDim = headDim == 0 && heads > 0 ? hidden / heads : headDim;
        Checks.positive("head width", headDim);
        Checks.positive("layers", layers);
        Checks.positive("hidden size", hidden);
        Checks.positive("attention heads", heads);
        Checks.positive("sequence length", seqLen);
        Checks.positive("vocabulary size", vocab);
        Checks.positive("FFN multiple", ffnMultiple);
        if (kvHeads < 0 || kvHeads > heads || heads % kvHeads != 0) {
            throw new IllegalArgumentException("key/value heads " + kvHeads + " must divide the " + heads
                    + " attention heads (grouped-query attention shares each K/V head among heads ÷ kv_heads)");
        }
        if (topK > experts) {
            throw new IllegalArgumentException("top-k " + topK + " exceeds the " + experts + " experts per layer");
        }
    }

    /** A shape with one K/V head per attention head (no grouped-query attention). */
    public ModelShape(String name, int layers, int hidden, int heads, int seqLen, int vocab, double ffnMultiple,
                      int experts, int topK) {
        this(name, layers, hidden, heads, seqLen, vocab, ffnMultiple, experts, topK, 0, 0);
    }

    /** A dense GPT-style shape (FFN 4h). */
    public static ModelShape dense(String name, int layers, int hidden, int heads, int seqLen, int vocab) {
        return new ModelShape(name, layers, hidden, heads, seqLen, vocab, 4, 1, 1);
    }

    /** Width of the K and V projections ÷ hidden: kv_heads · head_dim ÷ h (1 for GPT-style attention). */
    public double kvShare() {
        return (double) kvHeads * headDim / hidden;
    }

    /** Width of the Q projection ÷ hidden: heads · head_dim ÷ h (1 unless heads are wider than h ÷ heads). */
    public double queryShare() {
        return (double) heads * headDim / hidden;
    }

    public static ModelShape fromJson(Path file) {
        return JsonInputs.read(file, ModelShape.class);
    }

    /**
     * Weights of one layer's attention block: Q and output projections of h × (q·h), K and V of h × (r·h), plus
     * biases and two layer norms (q = query share, r = kv share; both 1 for GPT-style attention).
     */
    double attentionParamsPerLayer() {
        double h = hidden;
        double q = queryShare();
        double r = kvShare();
        return (2 * q + 2 * r) * h * h + (q + 2 * r) * h + h + 4 * h;
    }

    /** Weights of one expert's FFN (two projections and biases). */
    double ffnParamsPerExpert() {
        double h = hidden;
        return 2 * ffnMultiple * h * h + ffnMultiple * h + h;
    }

    /** Embedding table (tied with the output layer) plus learned positions. */
    double embeddingParams() {
        return (double) vocab * hidden + (double) seqLen * hidden;
    }

    /** All weights: l·(12h² + 13h) + V·h + s·h for a dense FFN-4 model (Narayanan et al. 2021, eq. 2). */
    public double params() {
        return layers * (attentionParamsPerLayer() + experts * ffnParamsPerExpert()) + embeddingParams();
    }

    /** Weights that do work for one token: only topK experts run. */
    public double activeParams() {
        return layers * (attentionParamsPerLayer() + topK * ffnParamsPerExpert()) + embeddingParams();
    }

}
