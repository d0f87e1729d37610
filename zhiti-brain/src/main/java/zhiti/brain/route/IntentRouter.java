package zhiti.brain.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import zhiti.memory.kb.Embedder;

/**
 * Semantic intent routing: a question becomes its sentence embedding (the local bge model) plus named evidence
 * features (keywords, entities, numbers with units), and a softmax classifier trained on the labelled examples
 * gives each intent a probability. A temperature fitted on a held-back fifth of the examples makes the reported
 * confidence track how often the router is right; the final classifier is then trained on all examples.
 */
public final class IntentRouter implements IntentClassifier {

    /** Embeddings are unit length; scaling them up lets a lightly regularised classifier use them fully. */
    static final double EMBEDDING_SCALE = 10;
    static final double FEATURE_SCALE = 6;
    static final double L2 = 3e-4;
    static final int EPOCHS = 150;
    private static final double[] TEMPERATURES = {0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4};

    /** An intent with its score and calibrated probability. */
    public record Scored(String intent, double score, double probability) {
    }

    /** The chosen intent, its probability, and the full ranking. */
    public record Route(String intent, double confidence, List<Scored> ranking) {
    }

    private final Embedder embedder;
    private final List<FeatureSource> sources;
    private final List<String> intents;
    private final List<String> featureNames;
    private final SoftmaxClassifier classifier;
    private final double temperature;
    private final double validationAccuracy;

    private IntentRouter(Embedder embedder, List<FeatureSource> sources, List<String> intents, List<String> featureNames,
                         SoftmaxClassifier classifier, double temperature, double validationAccuracy) {
        this.embedder = embedder;
        this.sources = sources;
        this.intents = intents;
        this.featureNames = featureNames;
        this.classifier = classifier;
        this.temperature = temperature;
        this.validationAccuracy = validationAccuracy;
    }

    /** Trains on the examples, or loads what an earlier training with the same inputs left in {@code cache}. */
    public static IntentRouter train(Embedder embedder, List<Example> examples, List<FeatureSource> sources,
                                     RouterCache cache) {
        List<String> intents = examples.stream().map(Example::intent).distinct().sorted().toList();
        int[] y = examples.stream().mapToInt(e -> intents.indexOf(e.intent())).toArray();
        List<Map<String, Double>> named = cache.features(examples, sources,
                () -> examples.stream().map(e -> features(sources, e.text())).toList());
        TreeSet<String> names = new TreeSet<>();
        named.forEach(m -> names.addAll(m.keySet()));
        List<String> featureNames = List.copyOf(names);
        // the key covers the feature values too, so a changed keyword or slot rule retrains instead of reusing
        StringBuilder featureValues = new StringBuilder();
        named.forEach(m -> featureValues.append(new TreeMap<>(m)).append('\n'));
        String key = cache.key(embedder, examples, featureNames, EMBEDDING_SCALE + "/" + FEATURE_SCALE + "/" + L2 + "/"
                + EPOCHS + "\n" + featureValues);
        int width = embedder.dimension() + featureNames.size();
        // embeddings of the examples are needed only to fit; a cached fit skips them entirely
        double[] fitted = cache.weights(key, () -> {
            float[][] vectors = cache.vectors(embedder, examples);
            double[][] x = new double[examples.size()][];
            for (int i = 0; i < x.length; i++) {
                x[i] = row(vectors[i], named.get(i), featureNames);
            }
            return fit(x, y, intents.size());
        });
        int n = intents.size() * (width + 1);
        SoftmaxClassifier c = SoftmaxClassifier.fromWeights(intents.size(), width, Arrays.copyOf(fitted, n));
        return new IntentRouter(embedder, List.copyOf(sources), intents, featureNames, c, fitted[n], fitted[n + 1]);
    }

    /**
     * Fits the temperature on a held-back fifth, then the classifier on everything. Returns the weights followed by
     * the temperature and the held-back accuracy, so all three can be cached together.
     */
    private static double[] fit(double[][] x, int[] y, int classes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(20261123));
        int cut = x.length * 4 / 5;
        double[][] xt = order.subList(0, cut).stream().map(i -> x[i]).toArray(double[][]::new);
        int[] yt = order.subList(0, cut).stream().mapToInt(i -> y[i]).toArray();
        SoftmaxClassifier part = SoftmaxClassifier.train(xt, yt, classes, L2, EPOCHS);
        double bestT = 1;
        double bestNll = Double.MAX_VALUE;
        int right = 0;
        for (double t : TEMPERATURES) {
            double nll = 0;
            int r = 0;
            for (int i : order.subList(cut, x.length)) {
                double[] p = part.probabilities(x[i], t);
                nll -= Math.log(Math.max(p[y[i]], 1e-12));
                r += argmax(p) == y[i] ? 1 : 0;
            }
            if (nll < bestNll) {
                bestNll = nll;
                bestT = t;
                right = r;
            }
        }
        double[] w = SoftmaxClassifier.train(x, y, classes, L2, EPOCHS).weights();
        double[] out = Arrays.copyOf(w, w.length + 2);
        out[w.length] = bestT;
        out[w.length + 1] = (double) right / (x.length - cut);
        return out;
    }

    @Override
    public Route classify(String question) {
        double[] x = row(embedder.embed(question), features(sources, question), featureNames);
        double[] p = classifier.probabilities(x, temperature);
        List<Scored> ranking = new ArrayList<>();
        for (int i = 0; i < intents.size(); i++) {
            ranking.add(new Scored(intents.get(i), p[i], p[i]));
        }
        ranking.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return new Route(ranking.get(0).intent(), ranking.get(0).probability(), List.copyOf(ranking));
    }

    public List<String> intents() {
        return intents;
    }

    /** Accuracy on the held-back fifth of the examples: a floor check, not the held-out paraphrase score. */
    public double validationAccuracy() {
        return validationAccuracy;
    }

    public double temperature() {
        return temperature;
    }

    private static Map<String, Double> features(List<FeatureSource> sources, String text) {
        Map<String, Double> all = new HashMap<>();
        sources.forEach(s -> all.putAll(s.features(text)));
        return all;
    }

    private static double[] row(float[] embedding, Map<String, Double> named, List<String> names) {
        double[] r = new double[embedding.length + names.size()];
        for (int j = 0; j < embedding.length; j++) {
            r[j] = embedding[j] * EMBEDDING_SCALE;
        }
        for (int j = 0; j < names.size(); j++) {
            r[embedding.length + j] = named.getOrDefault(names.get(j), 0.0) * FEATURE_SCALE;
        }
        return r;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
