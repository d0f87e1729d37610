package zhiti.brain.route;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import zhiti.memory.kb.Embedder;

/**
 * What training the router costs, kept between runs: the example embeddings and the fitted classifier, in files
 * named after a hash of everything they depend on (model, examples, feature names, settings). A cold start then
 * reads two small files instead of embedding a thousand sentences and fitting a classifier. A missing or damaged
 * file is simply recomputed.
 */
public final class RouterCache {

    private final Path dir;
    private final Consumer<String> notice;

    private RouterCache(Path dir, Consumer<String> notice) {
        this.dir = dir;
        this.notice = notice;
    }

    /** No cache: compute every time (tests, or when nothing is writable). */
    public static RouterCache none() {
        return new RouterCache(null, m -> { });
    }

    public static RouterCache in(Path dir) {
        return in(dir, m -> { });
    }

    /** @param notice told, in a sentence, when slow work starts because the cache has nothing to offer */
    public static RouterCache in(Path dir, Consumer<String> notice) {
        return new RouterCache(dir, notice);
    }

    public float[][] vectors(Embedder embedder, List<Example> examples) {
        String key = hash(embedder.name() + "\n" + texts(examples));
        Path file = dir == null ? null : dir.resolve("vectors-" + key + ".bin");
        double[] flat = load(file);
        int dim = embedder.dimension();
        if (flat == null || flat.length != examples.size() * dim) {
            notice.accept("embedding " + examples.size() + " example utterances (once; cached in " + dir + ")");
            List<float[]> v = embedder.embedAll(examples.stream().map(Example::text).toList());
            flat = new double[examples.size() * dim];
            for (int i = 0; i < v.size(); i++) {
                for (int j = 0; j < dim; j++) {
                    flat[i * dim + j] = v.get(i)[j];
                }
            }
            save(file, flat);
        }
        float[][] out = new float[examples.size()][dim];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < dim; j++) {
                out[i][j] = (float) flat[i * dim + j];
            }
        }
        return out;
    }

    /**
     * The examples' named features, computed by code (keyword and slot rules), so kept per build: a rebuild
     * computes them once again. Reading them back spares a cold start a pass of every rule over every example.
     */
    public List<Map<String, Double>> features(List<Example> examples, List<FeatureSource> sources,
                                              Supplier<List<Map<String, Double>>> compute) {
        String stamp = BuildStamp.value();
        if (dir == null || stamp == null) {
            return compute.get();
        }
        StringBuilder names = new StringBuilder(stamp);
        sources.forEach(s -> names.append('\n').append(s.getClass().getName()));
        Path file = dir.resolve("features-" + hash(names + "\n" + texts(examples)) + ".tsv");
        List<Map<String, Double>> cached = readFeatures(file, examples.size());
        if (cached != null) {
            return cached;
        }
        List<Map<String, Double>> f = compute.get();
        writeFeatures(file, f);
        return f;
    }

    private static List<Map<String, Double>> readFeatures(Path file, int expected) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() != expected) {
                return null;
            }
            List<Map<String, Double>> out = new java.util.ArrayList<>(lines.size());
            for (String line : lines) {
                Map<String, Double> m = new java.util.HashMap<>();
                for (String cell : line.isEmpty() ? new String[0] : line.split("\t")) {
                    int eq = cell.lastIndexOf('=');
                    m.put(cell.substring(0, eq), Double.parseDouble(cell.substring(eq + 1)));
                }
                out.add(m);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // damaged: recompute
        }
    }

    private static void writeFeatures(Path file, List<Map<String, Double>> features) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Double> m : features) {
            sb.append(String.join("\t", new java.util.TreeMap<>(m).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList())).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "features", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the router works without it; the next start recomputes
        }
    }

    /** A key for fitted weights: changes whenever anything the fit depends on changes. */
    public String key(Embedder embedder, List<Example> examples, List<String> featureNames, String settings) {
        return hash(embedder.name() + "\n" + texts(examples) + "\n" + String.join(",", featureNames) + "\n" + settings);
    }

    public double[] weights(String key, Supplier<double[]> fit) {
        Path file = dir == null ? null : dir.resolve("router-" + key + ".bin");
        double[] w = load(file);
        if (w == null) {
            notice.accept("training the intent router (once; cached)");
            w = fit.get();
            save(file, w);
        }
        return w;
    }

    private static String texts(List<Example> examples) {
        StringBuilder sb = new StringBuilder();
        examples.forEach(e -> sb.append(e.intent()).append('\t').append(e.text()).append('\n'));
        return sb.toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[] load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            double[] v = new double[in.readInt()];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.readDouble();
            }
            return v;
        } catch (IOException e) {
            return null;
        }
    }

    private static void save(Path file, double[] v) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "router", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(v.length);
                for (double x : v) {
                    out.writeDouble(x);
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // without a writable cache the router still works; it only starts slower next time
        }
    }
}
