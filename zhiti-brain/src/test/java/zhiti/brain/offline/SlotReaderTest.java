package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import zhiti.core.Lang;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;

class SlotReaderTest {

    private final SlotReader r = new SlotReader(Catalog.builtIn(), SeriesCatalog.builtIn());

    private Slots read(String q) {
        return r.read(q);
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
    void readsPricesComputeSeriesAndSeveralModels() {
        assertThat(read("Rent H100 at $2.5/GPU·h: what does GPT-3 cost?").usdPerGpuHour()).hasValue(2.5);
        assertThat(read("按 2 美元/小时租 A100").usdPerGpuHour()).hasValue(2.0);
        assertThat(read("A100 租金 1.8 美元/卡时，训练 GPT-3 多少钱").usdPerGpuHour()).hasValue(1.8);
        assertThat(read("按每卡时 2 美元租 A100，训练 GPT-3 要花多少钱？").usdPerGpuHour()).hasValue(2.0);
        assertThat(read("What are the Chinchilla-optimal N and D for 1e24 FLOPs?").computeFlop()).hasValue(1e24);
        assertThat(read("GPT-3 vs GPT-4: parameters?").models()).containsExactly("GPT-3", "GPT-4");
        assertThat(read("每 GFLOPS 成本的年复合下降率是多少？").series()).isNotEmpty();
    }

    @Test
    void aQuestionWithoutEntitiesHasEmptySlots() {
        Slots s = read("What's the weather in Beijing tomorrow?");
        assertThat(s.models()).isEmpty();
        assertThat(s.hardware()).isEmpty();
        assertThat(s.namesAModel()).isFalse();
    }
}
