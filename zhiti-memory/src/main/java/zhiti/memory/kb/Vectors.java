package zhiti.memory.kb;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** float[] ⇄ little-endian bytes for storing vectors in the record database, and dot products. */
public final class Vectors {
    private Vectors() {}

    public static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        float[] v = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    /** Dot product; Lucene's VectorUtil uses SIMD (Panama vector API) when the incubator module is enabled. */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length)
            throw new IllegalArgumentException("vectors differ in dimension: " + a.length + " vs " + b.length);
        return org.apache.lucene.util.VectorUtil.dotProduct(a, b);
    }
}
