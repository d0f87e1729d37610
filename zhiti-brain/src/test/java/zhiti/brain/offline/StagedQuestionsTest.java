package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
import zhiti.agent.Budget;
import zhiti.agent.Recall;
import zhiti.agent.Task;
import zhiti.agent.ToolRegistry;
import zhiti.brain.route.IntentClassifier;
import zhiti.core.Figure;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.tools.arith.ArithmeticTools;
import zhiti.tools.econ.EconTools;

/**
 * Questions in parts, where a later part builds on what the earlier part works out ("what is the CAGR, and at that
 * pace where would it be in 2025?"), and questions that ask several things of their own numbers at once.
 */
class StagedQuestionsTest {

    private final Catalog catalog = Catalog.builtIn();
    private final ToolRegistry tools = ArithmeticTools.register(EconTools.register(new ToolRegistry(), catalog), catalog);

    private Answer ask(String q) {
        return new Agent(new OfflineBrain(catalog, SeriesCatalog.builtIn(), IntentClassifier.fixed("training_cluster")),
                tools, Recall.NONE, Budget.DEFAULT, List.of()).run(Task.of(q));
    }

    private static List<Double> values(Answer a, String unit) {
        return a.figures().stream().filter(f -> f.unit().equals(unit)).map(Figure::value).toList();
    }

    @Test
    void aProjectionAtTheRateTheFirstPartFound() {
        Answer en = ask("Revenue grew from $50M in 2020 to $200M in 2023. What is the CAGR, and if that pace held, "
                + "where would it be in 2025?");
        assertThat(values(en, "fraction/year")).anySatisfy(r -> assertThat(r).isCloseTo(Math.cbrt(4) - 1, within(1e-9)));
        assertThat(values(en, "USD")).anySatisfy(v -> assertThat(v).isCloseTo(200e6 * Math.pow(4, 2.0 / 3), within(1e3)));
        assertThat(en.text()).doesNotContain("carried over from earlier"); // the first part's answer already shows them

        Answer zh = ask("某市场从 2019 年的 100 亿元增长到 2024 年的 300 亿元，年复合增速是多少？如果 2024 年之后保持这个增速，"
                + "2027 年会到多少？");
        assertThat(values(zh, "CNY")).anySatisfy(v -> assertThat(v).isCloseTo(300e8 * Math.pow(3, 3.0 / 5), within(1e6)));
    }

    @Test
    void aCombinedRateThenWhatIsLeftAfterSomeYears() {
        Answer a = ask("Prices fall 20% a year from hardware and 25% a year from software. What's the combined yearly "
                + "decline, and after 4 years what fraction of today's price is left?");
        assertThat(values(a, "×")).anySatisfy(f -> assertThat(f).isCloseTo(Math.pow(0.6, 4), within(1e-9)));
    }

    @Test
    void aYearlyMultipleOverDatesWithMonthsAndAPriceAfterYearsOfDecline() {
        Answer multiple = ask("调用量从 2022 年 3 月的 50 亿增长到 2024 年 9 月的 800 亿，年化增长倍数是多少？");
        double years = 915 / 365.25; // 2022-03-01 to 2024-09-01
        assertThat(multiple.text()).contains("×" + String.format("%.2f", Math.pow(16, 1 / years)));
        Answer price = ask("A100 每卡每小时租金 1.8 美元，假设每年降 15%，两年后是多少钱一小时？两年累计降了多少？");
        assertThat(values(price, "USD")).anySatisfy(v -> assertThat(v).isCloseTo(1.8 * 0.85 * 0.85, within(1e-9)));
        assertThat(price.figures()).anySatisfy(f -> assertThat(Math.abs(f.value())).isCloseTo(1 - 0.85 * 0.85, within(1e-9)));
    }

    @Test
    void aStatedServerPriceBeatsTheCatalogAndKeepsItsCurrency() {
        Answer a = ask("计划采购 2048 张 H800，8 卡一台，每台报价 210 万元。一共多少台？总投入多少？");
        assertThat(values(a, "server")).containsExactly(256.0);
        assertThat(values(a, "CNY")).anySatisfy(v -> assertThat(v).isEqualTo(256 * 2.1e6));
    }

    @Test
    void aSecondConversionAtItsOwnRate() {
        Answer a = ask("The quote is ¥2.4 billion. At 7.2 yuan to the dollar, what's that in USD? And in euros, taking "
                + "1 EUR = 1.1 USD?");
        assertThat(values(a, "USD")).anySatisfy(v -> assertThat(v).isCloseTo(2.4e9 / 7.2, within(1.0)));
        assertThat(values(a, "EUR")).anySatisfy(v -> assertThat(v).isCloseTo(2.4e9 / 7.2 / 1.1, within(1.0)));
    }

    @Test
    void theOptimumForARunsOwnComputeAndItsDistanceFromIt() {
        Answer a = ask("一个 130 亿参数的模型用了 5000 亿 token 训练。实际 token 数是 Chinchilla 最优值的多少倍？如果算力不变，"
                + "按 Chinchilla 最优应该训多大的模型？");
        assertThat(values(a, "×")).anySatisfy(v -> assertThat(v).isCloseTo(5e11 / 2.6e11, within(1e-9)));
        double c = 6 * 1.3e10 * 5e11;
        assertThat(a.figures()).anySatisfy(f -> assertThat(f.value()).isCloseTo(Math.sqrt(c / 120), within(1e6)));
    }

    @Test
    void eachMachineKeepsTheSpecStatedBesideIt() {
        Answer decode = ask("A 13B model in FP16 on an H20 with 4.0 TB/s: what's the batch-1 decode speed? And on an A100 at "
                + "2.0 TB/s?");
        assertThat(values(decode, "token/s")).anySatisfy(v -> assertThat(v).isCloseTo(4e12 / 2.6e10, within(1e-6)))
                .anySatisfy(v -> assertThat(v).isCloseTo(2e12 / 2.6e10, within(1e-6)));
    }

    @Test
    void aTotalPricedInDollarsIsWhatTheRateConverts() {
        Answer a = ask("准备搭一个 8000 卡的 H100 集群，8 卡一台，整机单价 30 万美元。需要多少台？按 7.1 的汇率，整机采购总共多少元人民币？");
        assertThat(values(a, "server")).containsExactly(1000.0);
        assertThat(values(a, "CNY")).anySatisfy(v -> assertThat(v).isCloseTo(1000 * 3e5 * 7.1, within(1.0)));
    }

    @Test
    void aYearFromAMultipleAPercentOnTopAndGpusOnly() {
        Answer when = ask("如果推理单价每年下降一个数量级，降到现在的千分之一需要几年？从 2025 年起算是哪一年？");
        assertThat(values(when, "year")).anySatisfy(y -> assertThat(y).isCloseTo(2028, within(1e-6)));
        Answer capex = ask("We need 2,048 H100s, eight per server. Each server lists at $300,000, and networking adds another "
                + "10% on top of the server spend. What's the all-in capex?");
        assertThat(values(capex, "USD")).anySatisfy(v -> assertThat(v).isCloseTo(256 * 300_000 * 1.1, within(1.0)));
        Answer gpus = ask("一台 DGX H100 里 8 张 GPU 满功耗加起来是多少瓦（只算 GPU 的 TDP）？");
        assertThat(gpus.figures()).filteredOn(f -> f.unit().equals("W") || f.unit().equals("kW"))
                .anySatisfy(f -> assertThat(f.unit().equals("kW") ? f.value() * 1000 : f.value()).isCloseTo(5600, within(1e-6)));
    }

    @Test
    void aConvertedPriceSharedOutPerCard() {
        Answer a = ask("一台 8 卡 H800 服务器报价 144 万元人民币。按 1 美元兑 7.2 元，这台机器合多少美元？摊到每张卡又是多少美元？");
        assertThat(values(a, "USD")).anySatisfy(v -> assertThat(v).isCloseTo(2e5, within(1e-6)));
        assertThat(a.figures()).anySatisfy(f -> assertThat(f.value()).isCloseTo(2.5e4, within(1e-6)));
    }
}
