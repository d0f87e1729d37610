package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Quality checks on the labelled utterances of the intent router: the training examples it embeds and the
 * paraphrase test set it must never see. A paraphrase that also sits in the training file would inflate the
 * measured routing accuracy, so overlap is checked after normalising case, width, spaces and punctuation.
 */
class IntentDataTest {

    private static final String EXAMPLES = "/zhiti/brain/intents/examples.tsv";
    private static final String PARAPHRASES = "/zhiti/brain/intents/paraphrases.tsv";
    private static final String HEADER = "intent\tlang\tutterance";

    /** The router's intent catalog, as issue 5 names it. */
    private static final Set<String> INTENTS = Set.of(
            "training_compute", "training_cluster", "training_cost", "training_energy",
            "inference_compute", "inference_memory", "chip_metrics", "catalog_lookup",
            "trend_growth", "trend_fit", "scaling_law", "training_plan", "video_compute",
            "kb_question", "memory_op", "clarification", "out_of_scope");

    private static final Set<String> LANGS = Set.of("zh", "en");

    record Row(String file, int line, String intent, String lang, String utterance) {
        String where() {
            return file + ":" + line + " [" + utterance + "]";
        }
    }

    private static List<Row> read(String resource) throws IOException {
        try (InputStream in = IntentDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s on the classpath", resource).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).as("%s is empty", resource).isNotEmpty();
            assertThat(lines.get(0)).as("header of %s", resource).isEqualTo(HEADER);
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                String[] cols = line.split("\t", -1);
                assertThat(cols).as("%s:%d must have exactly 3 tab-separated columns: %s", resource, i + 1, line)
                        .hasSize(3);
                rows.add(new Row(resource, i + 1, cols[0], cols[1], cols[2]));
            }
            return rows;
        }
    }

    /** Case, full-width forms, spaces and punctuation do not make two utterances different. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void checkRows(List<Row> rows) {
        for (Row r : rows) {
            assertThat(INTENTS).as("unknown intent at %s", r.where()).contains(r.intent());
            assertThat(LANGS).as("lang must be zh or en at %s", r.where()).contains(r.lang());
            assertThat(r.utterance()).as("blank or padded utterance at %s:%d", r.file(), r.line())
                    .isNotBlank().isEqualTo(r.utterance().strip());
            // zh rows must be Chinese and en rows must not be: a mislabelled language skews per-language accuracy
            assertThat(hasHan(r.utterance())).as("lang %s does not match the text at %s", r.lang(), r.where())
                    .isEqualTo(r.lang().equals("zh"));
        }
    }

    private static void checkCounts(List<Row> rows, int minimum) {
        Map<String, Map<String, Long>> counts = rows.stream().collect(Collectors.groupingBy(Row::intent,
                TreeMap::new, Collectors.groupingBy(Row::lang, Collectors.counting())));
        assertThat(counts.keySet()).as("intents present in %s", rows.get(0).file()).isEqualTo(Set.copyOf(INTENTS));
        counts.forEach((intent, byLang) -> LANGS.forEach(lang -> assertThat(byLang.getOrDefault(lang, 0L))
                .as("%s utterances for %s in %s", lang, intent, rows.get(0).file()).isGreaterThanOrEqualTo(minimum)));
    }

    private static void checkNoDuplicates(List<Row> rows) {
        Map<String, Row> seen = new HashMap<>();
        for (Row r : rows) {
            Row earlier = seen.putIfAbsent(normalise(r.utterance()), r);
            assertThat(earlier).as("%s repeats %s", r.where(), earlier == null ? "" : earlier.where()).isNull();
        }
    }

    @Test
    void trainingExamplesParseAndCoverEveryIntentInBothLanguages() throws IOException {
        List<Row> rows = read(EXAMPLES);
        checkRows(rows);
        checkCounts(rows, 24);
        checkNoDuplicates(rows);
    }

    @Test
    void paraphraseTestSetParsesAndCoversEveryIntentInBothLanguages() throws IOException {
        List<Row> rows = read(PARAPHRASES);
        checkRows(rows);
        checkCounts(rows, 10);
        checkNoDuplicates(rows);
    }

    @Test
    void noParaphraseAppearsAmongTheTrainingExamples() throws IOException {
        Map<String, Row> training = new HashMap<>();
        read(EXAMPLES).forEach(r -> training.putIfAbsent(normalise(r.utterance()), r));
        List<String> leaked = read(PARAPHRASES).stream()
                .filter(r -> training.containsKey(normalise(r.utterance())))
                .map(r -> r.where() + " = " + training.get(normalise(r.utterance())).where())
                .toList();
        assertThat(leaked).as("test utterances also present in the training file").isEmpty();
    }

    @Test
    void normalisingIgnoresCaseSpacesAndPunctuationButNotWords() {
        assertThat(normalise("How many H100s?")).isEqualTo(normalise("how many  h100s"));
        assertThat(normalise("训练 GPT-3 要多少算力？")).isEqualTo(normalise("训练GPT3要多少算力"));
        assertThat(normalise("训练 GPT-3 要多少算力")).isNotEqualTo(normalise("训练 GPT-4 要多少算力"));
    }
}
