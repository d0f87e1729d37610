package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import zhiti.econ.units.Lang;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Catalog;

class TrainingQuestionRecognizerTest {

    private final TrainingQuestionRecognizer r = new TrainingQuestionRecognizer(Catalog.builtIn());

    private TrainingQuestion read(String q) {
        return r.recognize(q, Lang.detect(q)).orElseThrow(() -> new AssertionError("not recognised: " + q));
    }

    @Test
    void readsTheFoundationQuestionInEnglish() {
        var q = read("How many DGX A100 servers are needed to train GPT-3 (175B parameters, 300B tokens) in 7 days?");
        assertThat(q.model()).contains("GPT-3");
        assertThat(q.params()).hasValue(175e9);
        assertThat(q.tokens()).hasValue(300e9);
        assertThat(q.hardware()).containsExactly("DGX A100");
        assertThat(q.days()).hasValue(7);
        assertThat(q.gpus()).isEmpty();
        assertThat(q.name()).isEqualTo("training_cluster");
    }

    @Test
    void readsTheSameQuestionInChinese() {
        var q = read("用 DGX A100 在 7 天内训练 GPT-3（1750 亿参数，3000 亿 token）需要多少台服务器？");
        assertThat(q.model()).contains("GPT-3");
        assertThat(q.params()).hasValue(1750e8);
        assertThat(q.tokens()).hasValue(3000e8);
        assertThat(q.hardware()).containsExactly("DGX A100");
        assertThat(q.days()).hasValue(7);
    }

    @Test
    void readsFleetsPeriodsUtilisationAndPrecision() {
        var q = read("用1024张英伟达H100训练一个700亿参数、2万亿token的模型，利用率50%，FP8，要多少天？");
        assertThat(q.hardware()).containsExactly("H100 SXM5 80GB");
        assertThat(q.gpus()).hasValue(1024);
        assertThat(q.params()).hasValue(700e8);
        assertThat(q.tokens()).hasValue(2e12);
        assertThat(q.utilisation()).hasValue(0.5);
        assertThat(q.precision()).contains(Precision.FP8);

        assertThat(read("训练 GPT-3 两周内需要多少张 A100？").days()).hasValue(14);
        assertThat(read("How many A100s to train GPT-3 in a month?").days()).hasValue(30);
        assertThat(read("Train GPT-3 on 64 DGX A100 servers: how long?").gpus()).hasValue(512);
        assertThat(read("Train a 70B model on 1.4T tokens with 2,048 GPUs of type A100").gpus()).hasValue(2048);
    }

    @Test
    void comparesSeveralMachinesInOneQuestion() {
        var q = read("GPT-3 on A100 vs H100: how many GPUs to train it in 30 days?");
        assertThat(q.hardware()).containsExactly("A100 SXM4 80GB", "H100 SXM5 80GB");
    }

    @Test
    void doesNotMistakeAModelNameForAParameterCount() {
        var q = read("How much compute does it take to train the GPT-3 model?");
        assertThat(q.params()).isEmpty();
        assertThat(q.model()).contains("GPT-3");
    }

    @Test
    void ignoresQuestionsThatAreNotAboutTraining() {
        assertThat(r.recognize("What's the weather in Beijing tomorrow?", Lang.EN)).isEmpty();
        assertThat(r.recognize("今天股市怎么样", Lang.ZH)).isEmpty();
    }
}
