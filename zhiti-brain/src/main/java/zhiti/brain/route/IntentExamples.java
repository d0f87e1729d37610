package zhiti.brain.route;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import zhiti.core.Lang;

/** Reads labelled utterances from a TSV resource with the header {@code intent, lang, utterance}. */
public final class IntentExamples {

    public static final String BUILT_IN = "/zhiti/brain/intents/examples.tsv";

    private IntentExamples() {
    }

    public static List<Example> builtIn() {
        return load(BUILT_IN);
    }

    public static List<Example> load(String resource) {
        try (InputStream in = IntentExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Example> parse(List<String> lines, String where) {
        List<Example> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 3);
            if (f.length != 3) {
                throw new IllegalStateException(where + ":" + (i + 1) + ": expected intent<TAB>lang<TAB>utterance");
            }
            out.add(new Example(f[0].trim(), Lang.parse(f[1]), f[2].trim()));
        }
        return out;
    }
}
