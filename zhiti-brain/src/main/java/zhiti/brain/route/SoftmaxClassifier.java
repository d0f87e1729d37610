package zhiti.brain.route;

/**
 * Multinomial logistic regression: p(class | x) = softmax(W·x + b), trained by full-batch gradient descent with
 * Adam and L2 regularisation. Small and dependency-free; on sentence embeddings it separates intents that a nearest-
 * neighbour vote confuses, and its probabilities are calibrated by construction (it minimises log loss).
 */
public final class SoftmaxClassifier {

    private final int classes;
    private final int features;
    private final double[] w; // classes × (features + 1), bias last

    private SoftmaxClassifier(int classes, int features, double[] w) {
        this.classes = classes;
        this.features = features;
        this.w = w;
    }

    public static SoftmaxClassifier fromWeights(int classes, int features, double[] w) {
        if (w.length != classes * (features + 1)) {
            throw new IllegalArgumentException("expected " + classes * (features + 1) + " weights, got " + w.length);
        }
        return new SoftmaxClassifier(classes, features, w.clone());
    }

    public double[] weights() {
        return w.clone();
    }

    /**
     * @param x      one row of features per example
     * @param y      class of each example, 0..classes-1
     * @param l2     weight of the L2 penalty (per example, on W not b)
     * @param epochs passes over the data
     */
    public static SoftmaxClassifier train(double[][] x, int[] y, int classes, double l2, int epochs) {
        int n = x.length;
        int f = x[0].length;
        int stride = f + 1;
        double[] w = new double[classes * stride];
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        double[] g = new double[w.length];
        double[] p = new double[classes];
        double lr = 0.05;
        double b1 = 0.9;
        double b2 = 0.999;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Arrays.fill(g, 0);
            for (int i = 0; i < n; i++) {
                scores(w, classes, f, x[i], p);
                softmaxInPlace(p, 1);
                p[y[i]] -= 1;
                for (int c = 0; c < classes; c++) {
                    double d = p[c];
                    if (d == 0) {
                        continue;
                    }
                    int off = c * stride;
                    double[] xi = x[i];
                    for (int j = 0; j < f; j++) {
                        g[off + j] += d * xi[j];
                    }
                    g[off + f] += d;
                }
            }
            double c1 = 1 - Math.pow(b1, epoch);
            double c2 = 1 - Math.pow(b2, epoch);
            for (int k = 0; k < w.length; k++) {
                boolean bias = k % stride == f;
                double gk = g[k] / n + (bias ? 0 : l2 * w[k]);
                m[k] = b1 * m[k] + (1 - b1) * gk;
                v[k] = b2 * v[k] + (1 - b2) * gk * gk;
                w[k] -= lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + 1e-8);
            }
        }
        return new SoftmaxClassifier(classes, f, w);
    }

    /** Class probabilities, with logits divided by {@code temperature} (1 = as trained). */
    public double[] probabilities(double[] x, double temperature) {
        double[] p = new double[classes];
        scores(w, classes, features, x, p);
        softmaxInPlace(p, temperature);
        return p;
    }

    private static void scores(double[] w, int classes, int f, double[] x, double[] out) {
        int stride = f + 1;
        for (int c = 0; c < classes; c++) {
            int off = c * stride;
            double s = w[off + f];
            for (int j = 0; j < f; j++) {
                s += w[off + j] * x[j];
            }
            out[c] = s;
        }
    }

    static void softmaxInPlace(double[] s, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp((s[i] - max) / t);
            sum += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= sum;
        }
    }
}
