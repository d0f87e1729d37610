package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
import zhiti.agent.Budget;
import zhiti.agent.Conversation;
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
 * Questions that ask two things at once or build on the turn before, end to end through the agent loop: a count
 * and what it costs at a stated price, a price each, a range's midpoint, power draw, FLOP per token and for a
 * number of tokens, KV cache with the weights, Wright's-law doublings, and follow-ups that reuse the last results.
 */
class MultiPartQuestionsTest {

    private final Catalog catalog = Catalog.builtIn();
    private final ToolRegistry tools = ArithmeticTools.register(EconTools.register(new ToolRegistry(), catalog), catalog);

    private Answer ask(String q) {
        return ask(Task.of(q));
    }

    private Answer ask(Task t) {
        return new Agent(new OfflineBrain(catalog, SeriesCatalog.builtIn(), IntentClassifier.fixed("training_cluster")),
                tools, Recall.NONE, Budget.DEFAULT, List.of()).run(t);
    }

    /** The follow-up, with the first turn as the conversation before it. */
    private Answer followUp(String first, String then) {
        Answer a = ask(first);
        return ask(Task.of(then).withConversation(new Conversation(List.of(first), Map.of(),
                a.steps().stream().filter(o -> o.ok()).toList())));
    }

    /** The last turn's answer, each turn asked with the turns before it and the latest computed results. */
    private Answer conversation(String... turns) {
        Answer a = null;
        List<zhiti.agent.Observation> last = List.of();
        for (int i = 0; i < turns.length; i++) {
            a = ask(Task.of(turns[i]).withConversation(new Conversation(List.of(turns).subList(0, i), Map.of(), last)));
            List<zhiti.agent.Observation> ok = a.steps().stream().filter(o -> o.ok()).toList();
            last = ok.isEmpty() ? last : ok;
        }
        return a;
    }

    private static double value(Answer a, String unit) {
        return a.figures().stream().filter(f -> f.unit().equals(unit)).reduce((x, y) -> y).map(Figure::value)
                .orElseThrow(() -> new AssertionError("no figure in " + unit + " in " + a.figures() + "\n" + a.text()));
    }

    @Test
    void serversAndTheirCostAtAStatedPrice() {
        Answer a = ask("We have 40,000 L40S cards, 8 per server. How many servers is that, and at $45,000 per server "
                + "what do they cost?");
        assertThat(value(a, "server")).isEqualTo(5000);
        assertThat(value(a, "USD")).isEqualTo(2.25e8);
        assertThat(a.steps()).extracting(o -> o.step().tool()).contains("server_count", "purchase_cost");
    }

    @Test
    void aServerPriceSplitPerAcceleratorAndARangeAtItsMidpoint() {
        Answer each = ask("一台 8 卡服务器售价 24 万美元。平均每张卡多少钱？");
        assertThat(value(each, "USD/GPU")).isEqualTo(30_000);

        Answer mid = ask("H20 cards sell for $12,000 to $14,000 each. What would 5,000 of them cost at the midpoint?");
        assertThat(value(mid, "USD")).isEqualTo(6.5e7);
        assertThat(mid.text()).contains("midpoint");
    }

    @Test
    void powerDrawWithAndWithoutAPue() {
        Answer a = ask("2,048 GPUs at 700 W each with a PUE of 1.25: what is the total power in MW?");
        assertThat(value(a, "kW")).isCloseTo(1792, within(1e-6));
        assertThat(a.text()).contains("1.79 MW");
        Answer it = ask("512 台服务器，每台服务器功耗 6.5 kW，总功耗是多少？");
        assertThat(value(it, "kW")).isCloseTo(3328, within(1e-6));
        assertThat(it.text()).contains("PUE 1");
    }

    @Test
    void flopPerTokenThenForManyTokensAndTheCacheWithTheWeights() {
        Answer a = ask("A 13B dense model: how many FLOP per generated token, and how many for 2 billion tokens?");
        assertThat(value(a, "FLOP")).isCloseTo(5.2e19, within(1e12));

        Answer m = ask("7B 模型，32 层、8 个 KV 头、head_dim 128，上下文 8192、batch 4，FP16 的 KV cache 多大？加上 FP16 权重一共多少字节？");
        // KV 2 × 32 × 8 × 128 × 8192 × 4 × 2 B = 4.295e9; weights 1.4e10
        assertThat(value(m, "byte")).isCloseTo(1.4e10 + 4.294967296e9, within(1.0));
    }

    @Test
    void whatIsLeftOfAWholeAndItsShare() {
        Answer a = ask("A $90B market splits into hardware $40B, software $25B and services $10B; what is the rest, and "
                + "what share of the market is it?");
        assertThat(value(a, "USD")).isEqualTo(1.5e10);
        assertThat(a.text()).contains("$15 bn").contains("16.7%");
    }

    @Test
    void ownNumbersInOtherShapes() {
        // doublings counted: ×1024 is ten doublings
        Answer d = ask("某指标从 2014 年的 3 涨到 2024 年的 3072，一共翻了几番？");
        assertThat(value(d, "count")).isCloseTo(10, within(1e-9));
        // the rest of a whole after stated shares: 500 × (1 − 40% − 35%)
        Answer rest = ask("一个 500 亿元的市场，甲占 40%，乙占 35%，其余厂商合计多少钱？");
        assertThat(value(rest, "CNY")).isCloseTo(1.25e10, within(1.0));
        // a price projected at a yearly fall: $20 × 0.5³
        Answer fall = ask("If GPU rental prices keep dropping 50% a year, what will today's $20 an hour cost in 3 years?");
        assertThat(value(fall, "USD")).isCloseTo(2.5, within(1e-9));
        // a falling order of magnitude a year: 10 → 0.01 takes 3 years, from 2025
        Answer when = ask("2025 年的价格是每单位 10 美元，如果每年下降一个数量级，哪一年会降到 0.01 美元？");
        assertThat(value(when, "year")).isCloseTo(2028, within(0.01));
        // a server's price is an amount an exchange rate converts
        Answer eur = ask("一台 8 卡服务器报价 20 万欧元，按 1 欧元兑 7.5 元，合人民币多少？");
        assertThat(value(eur, "CNY")).isCloseTo(1.5e6, within(1e-6));
    }

    @Test
    void wrightsLawCompoundsOncePerDoubling() {
        Answer a = ask("Battery packs get 18% cheaper with every doubling of cumulative production. A pack costs $10,000 "
                + "today; what will it cost after 3 doublings?");
        assertThat(value(a, "USD")).isCloseTo(10_000 * Math.pow(0.82, 3), within(0.01));
        Answer zh = ask("按赖特定律，累计产量每翻一番成本下降 20%。产量从 1 万台增长到 8 万台，单台 50 万元的成本会降到多少？");
        assertThat(value(zh, "CNY")).isCloseTo(500_000 * Math.pow(0.8, 3), within(0.01));
    }

    @Test
    void whereARunSitsAgainstTheChinchillaOptimumAndHowTheOptimumGrows() {
        Answer a = ask("A 7B model trained on 2T tokens: how many tokens per parameter, and how far past the Chinchilla "
                + "optimum is that?");
        assertThat(a.figures()).anySatisfy(f -> assertThat(f.name()).isEqualTo("tokens per parameter")
                .satisfies(n -> assertThat(f.value()).isCloseTo(2e12 / 7e9, within(1e-9))));
        assertThat(a.figures()).anySatisfy(f -> assertThat(f.name()).isEqualTo("multiple of the compute-optimal tokens")
                .satisfies(n -> assertThat(f.value()).isCloseTo(2e12 / 1.4e11, within(1e-9))));
        assertThat(a.text()).doesNotContain("in place of the catalog"); // "Chinchilla optimum" is the law, not the model

        Answer g = ask("如果训练算力预算扩大到 100 倍，按 Chinchilla 法则最优参数量和训练数据量各应增加多少倍？");
        assertThat(g.figures()).filteredOn(f -> f.name().startsWith("optimal")).extracting(Figure::value)
                .allSatisfy(v -> assertThat(v).isCloseTo(10.0, within(1e-9))).hasSize(2);
        assertThat(g.text()).contains("besiroglu2024"); // the refit beside the default
    }

    @Test
    void followUpsBuildOnTheLastResults() {
        Answer servers = followUp("How many H100 GPUs to train a 70B model on 1.4T tokens in 30 days?",
                "If each server holds 8, how many servers is that?");
        double gpus = ask("How many H100 GPUs to train a 70B model on 1.4T tokens in 30 days?").figures().stream()
                .filter(f -> f.unit().equals("GPU")).findFirst().orElseThrow().value();
        assertThat(value(servers, "server")).isEqualTo(Math.ceil(gpus / 8));

        Answer doubled = followUp("How many H100s to serve 50 billion tokens a day from a 13B model at 40% utilisation?",
                "What if traffic doubles?");
        assertThat(doubled.text()).contains("1e11");

        Answer priced = followUp("帮我换算：2 亿美元按 1 美元兑 7 元是多少人民币？", "那 5000 万美元呢？");
        assertThat(value(priced, "CNY")).isCloseTo(3.5e8, within(1e-3));

        Answer projected = followUp("市场从 2018 年的 200 亿美元增长到 2023 年的 500 亿美元，年复合增速多少？", "按这个增速，2028 年会是多少？");
        assertThat(value(projected, "USD")).isCloseTo(1.25e11, within(1e6));
    }

    @Test
    void aStatedSumIsConvertedAndTheConversionConvertedAgain() {
        Answer euros = conversation("We're paying a Hong Kong distributor $1.85 million for a batch of H20 servers.",
                "Convert that to yuan at 7.2.", "And what's that in euros if one euro buys 7.8 yuan?");
        assertThat(value(euros, "EUR")).isCloseTo(1.85e6 * 7.2 / 7.8, within(1.0));
        // a new rate from the first currency converts the first sum again, not the yuan
        Answer again = conversation("Convert $4.6M to RMB at 7.2.", "And to euros at 0.92 EUR per USD?");
        assertThat(value(again, "EUR")).isCloseTo(4.6e6 * 0.92, within(1.0));
    }

    @Test
    void contextGivenEarlierAndFollowUpsThatKeepOrChangeOneThing() {
        Answer energy = conversation("Some context: our site runs at a PUE of 1.25 and we pay 8 cents per kWh.",
                "We have 1,000 H100s drawing 700 W each.", "If they run flat out for a 30-day month, what's the energy and the electricity cost?");
        double kwh = 1000 * 700 * 720 * 1.25 / 1000;
        assertThat(value(energy, "USD")).isCloseTo(kwh * 0.08, within(1.0));
        Answer kept = conversation("用 256 张 H100、MFU 40%，训练总算力 1e23 FLOP 的模型要几天？", "换成 A100 呢？卡数和 MFU 都不变。");
        assertThat(value(kept, "day")).isCloseTo(1e23 / (256 * 312e12 * 0.4) / 86400, within(1e-6));
        Answer quantised = conversation("Batch-1 decode of a 7B model in BF16 on one H100 SXM: how many tokens per second?",
                "What if we quantize the weights to 4-bit on that H100?");
        assertThat(value(quantised, "token/s")).isCloseTo(3.35e12 / (7e9 * 0.5), within(1.0));
    }

    @Test
    void aTrendProjectedSomeYearsOn() {
        Answer later = conversation("某指标从 2022 年的 100 亿增长到 2024 年的 400 亿，年增长率是多少？", "照这个速度，再过两年会有多少？");
        assertThat(later.figures()).anySatisfy(f -> assertThat(f.value()).isCloseTo(1.6e11, within(1e3)));
    }
}
