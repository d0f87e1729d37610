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
 */
public record ModelShape(String name, int layers, int hidden, int heads, @JsonAlias("seq_len") int seqLen,
                         int vocab, @JsonAlias("ffn_multiple") double ffnMultiple, int experts,
                         @JsonAlias("top_k") int topK) {

    public ModelShape {
        name = name == null || name.isBlank() ? "model" : name;
        ffnMultiple = ffnMultiple == 0 ? 4 : ffnMultiple;
        experts = experts == 0 ? 1 : experts;
        topK = topK == 0 ? 1 : topK;
        Checks.positive("layers", layers);
        Checks.positive("hidden size", hidden);
        Checks.positive("attention heads", heads);
        Checks.positive("sequence length", seqLen);
        Checks.positive("vocabulary size", vocab);
        Checks.positive("FFN multiple", ffnMultiple);
        if (hidden % heads != 0) {
            throw new IllegalArgumentException("hidden size " + hidden + " is not divisible by heads " + heads
                    + ": pick heads so that hidden/heads is a whole head dimension (e.g. 128)");
        }
        if (topK > experts) {
            throw new IllegalArgumentException("top-k " + topK + " exceeds the " + experts + " experts per layer");
        }
    }

    /** A dense GPT-style shape (FFN 4h). */
    public static ModelShape dense(String name, int layers, int hidden, int heads, int seqLen, int vocab) {
        return new ModelShape(name, layers, hidden, heads, seqLen, vocab, 4, 1, 1);
    }

    public static ModelShape fromJson(Path file) {
        return JsonInputs.read(file, ModelShape.class);
    }

    /** Weights of one layer's attention block: Q, K, V, output projections plus biases and two layer norms. */
    double attentionParamsPerLayer() {
        double h = hidden;
        return 4 * h * h + 4 * h + 4 * h;
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

    public int headDim() {
        return hidden / heads;
    }
}
