package zhiti.memory.kb;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Loads the real in-process model once (a few seconds) and checks it behaves like a sentence encoder. */
class BgeSmallZhEmbedderTest {
    private static BgeSmallZhEmbedder bge;

    @BeforeAll
    static void load() {
        bge = new BgeSmallZhEmbedder(2);
    }

    @AfterAll
    static void close() {
        bge.close();
    }

    @Test
    void embedsChineseAndEnglishToUnitVectorsWithMeaningfulSimilarity() {
        List<float[]> v = bge.embedAll(List.of("训练大模型需要很多GPU。", "大型语言模型的训练消耗大量显卡算力。",
                "我周末去公园放风筝。", "Training large models needs many GPUs.", ""));
        assertThat(v).hasSize(5).allSatisfy(x -> assertThat(x).hasSize(512));
        assertThat(Vectors.dot(v.get(0), v.get(0))).isCloseTo(1f, within(1e-4f));
        float paraphrase = Vectors.dot(v.get(0), v.get(1));
        float unrelated = Vectors.dot(v.get(0), v.get(2));
        assertThat(paraphrase).isGreaterThan(unrelated + 0.1f);
        assertThat(Vectors.dot(v.get(0), v.get(3))).isGreaterThan(unrelated);
        // batching must not change a vector
        float[] single = bge.embed("我周末去公园放风筝。");
        assertThat(Vectors.dot(single, v.get(2))).isCloseTo(1f, within(1e-3f));
    }
}
