package zhiti.brain.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zhiti.brain.offline.OfflineBrain;
import zhiti.brain.offline.SlotFeatures;
import zhiti.brain.offline.SlotReader;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.memory.kb.BgeSmallZhEmbedder;

/**
 * The offline brain's routing (the classifier with the real local embedding model, after the explicit save-command
 * rule), judged on paraphrases.tsv: utterances written separately from the training examples and never trained on.
 * Prints the accuracy per intent (the figures quoted in the issue note).
 */
class IntentRouterTest {

    private static BgeSmallZhEmbedder embedder;
    private static IntentRouter router;

    @BeforeAll
    static void train() {
        embedder = new BgeSmallZhEmbedder();
        router = trainRouter();
    }

    private static IntentRouter trainRouter() {
        return IntentRouter.train(embedder, IntentExamples.builtIn(),
                SlotFeatures.standard(new SlotReader(Catalog.builtIn(), SeriesCatalog.builtIn())),
                RouterCache.in(Path.of("target", "router-cache")));
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void heldOutParaphrasesAreRoutedAccuratelyWithHonestConfidence() {
        List<Example> test = IntentExamples.load("/zhiti/brain/intents/paraphrases.tsv");
        Map<String, int[]> perIntent = new TreeMap<>();
        int right = 0;
        double confidence = 0;
        for (Example e : test) {
            IntentRouter.Route r = OfflineBrain.route(router, e.text());
            boolean ok = r.intent().equals(e.intent());
            right += ok ? 1 : 0;
            confidence += r.confidence();
            perIntent.computeIfAbsent(e.intent(), k -> new int[2])[ok ? 0 : 1]++;
        }
        double accuracy = (double) right / test.size();
        double meanConfidence = confidence / test.size();
        System.out.printf("held-out routing accuracy %.3f on %d paraphrases; mean confidence %.3f%n", accuracy,
                test.size(), meanConfidence);
        perIntent.forEach((intent, n) -> System.out.printf("  %-18s %d/%d%n", intent, n[0], n[0] + n[1]));

        assertThat(accuracy).isGreaterThanOrEqualTo(0.94);
        // calibrated: the confidence the router reports is close to how often it is right
        assertThat(meanConfidence).isBetween(accuracy - 0.08, accuracy + 0.08);
        perIntent.forEach((intent, n) -> assertThat((double) n[0] / (n[0] + n[1])).as(intent).isGreaterThanOrEqualTo(0.75));
    }

    @Test
    void routesTheReportsWorkedExamples() {
        Map<String, String> cases = Map.of(
                "How many DGX A100 servers are needed to train GPT-3 in 7 days?", "training_cluster",
                "用 DGX A100 在 7 天内训练 GPT-3 需要多少台服务器？", "training_cluster",
                "按每卡时 2 美元租 A100，训练 GPT-3 要花多少钱？", "training_cost",
                "What is the TPP of the H100, and is it export-controlled?", "chip_metrics",
                "每 GFLOPS 成本的年复合下降率是多少？", "trend_growth",
                "训练 Sora 需要多少张 H100、多少天？", "video_compute",
                "ChatGPT 每天 6000 万访问，每人提问 10 次，需要多少台 8×T4 服务器？", "inference_compute",
                "报告如何描述 Sora 的训练数据集？", "kb_question",
                "What's the weather in Beijing tomorrow?", "out_of_scope");
        cases.forEach((q, intent) -> assertThat(router.classify(q).intent()).as(q).isEqualTo(intent));
    }

    @Test
    void aCachedRouterGivesTheSameAnswers() {
        IntentRouter again = trainRouter();
        String q = "How much memory does the H100 have?";
        assertThat(again.classify(q).confidence()).isEqualTo(router.classify(q).confidence());
        assertThat(again.temperature()).isEqualTo(router.temperature());
    }
}
