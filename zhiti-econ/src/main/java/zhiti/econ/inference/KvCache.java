package zhiti.econ.inference;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Key/value cache of a decoder: for every layer, every KV head stores one key and one value vector of head_dim
 * per token, so bytes = 2 · layers · kv_heads · head_dim · sequence length · batch · bytes per element
 * (grouped-query attention shrinks kv_heads below the query heads).
 */
public final class KvCache {

    private KvCache() {
    }

    public static Figure bytes(int layers, int kvHeads, int headDim, long seqLen, long batch, double bytesPerElement,
                               String source) {
        InputChecks.positiveInt("layers", layers);
        InputChecks.positiveInt("KV heads", kvHeads);
        InputChecks.positiveInt("head dimension", headDim);
        InputChecks.positive("sequence length (tokens)", seqLen);
        InputChecks.positive("batch (sequences)", batch);
        if (!(bytesPerElement == 0.5 || bytesPerElement == 1 || bytesPerElement == 2 || bytesPerElement == 4)) {
            throw new IllegalArgumentException("bytes per element must be 0.5 (int4), 1 (fp8/int8), 2 (fp16/bf16) or 4 (fp32), got "
                    + bytesPerElement);
        }
        double b = 2.0 * layers * kvHeads * headDim * seqLen * batch * bytesPerElement;
        return new Figure("KV-cache size", b, "byte",
                "bytes = 2 · layers · kv_heads · head_dim · seq · batch · bytes/element",
                Figure.inputs("layers", layers, "kv_heads", kvHeads, "head_dim", headDim, "seq", seqLen,
                        "batch", batch, "bytes/element", bytesPerElement), source);
    }
}
