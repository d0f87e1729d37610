package zhiti.brain.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.agent.Quantity;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;

/** Rates per quarter or month, two shares compared in points, chained exchange rates, and what is left out. */
class PeriodsSharesAndRatesTest {

    private final QuestionReader reader = new QuestionReader(Catalog.builtIn(), SeriesCatalog.builtIn());

    private static double value(Reading r, Quantity q) {
        return r.known(q).orElseThrow(() -> new AssertionError(q + " not in " + r.knowns())).number();
    }

    @Test
    void aQuarterlyRateCompoundsToItsYearlyEquivalentAndQuartersAreQuarterYears() {
        Reading en = reader.read("Cluster starts at 4,000 GPUs and grows 18% every quarter. How many GPUs after 8 quarters?");
        assertThat(value(en, Quantity.RATE)).isCloseTo(Math.pow(1.18, 4) - 1, within(1e-9));
        assertThat(value(en, Quantity.PERIODS)).isEqualTo(2.0);
        assertThat(en.known(Quantity.RATE).orElseThrow().note()[1]).contains("18% a quarter");

        Reading zh = reader.read("用户数每月增长 12%，一年半后是现在的多少倍？");
        assertThat(value(zh, Quantity.RATE)).isCloseTo(Math.pow(1.12, 12) - 1, within(1e-9));
    }

    @Test
    void successiveQuarterOnQuarterChangesKeepTheirWrittenSigns() {
        Reading r = reader.read("我们GPU云的营收一季度环比+30%，二季度环比-10%，三季度又环比+15%，三个季度下来累计涨了多少？");
        assertThat((double[]) r.known(Quantity.RATES).orElseThrow().value()).containsExactly(new double[]{0.30, -0.10, 0.15},
                within(1e-12));
    }

    @Test
    void fromOneShareToAnotherInAYearIsAChangeNotARate() {
        Reading r = reader.read("One vendor's slice of the market went from 86% to 79% in a year. How many percentage points did "
                + "it give up, and what is that as a relative decline?");
        assertThat(r.asked()).containsExactly(Quantity.DIFFERENCE, Quantity.CHANGE);
        assertThat(value(r, Quantity.START_VALUE)).isEqualTo(0.86);
        assertThat(value(r, Quantity.END_VALUE)).isEqualTo(0.79);
        assertThat(r.known(Quantity.RATE)).isEmpty();
    }

    @Test
    void twoPartOfWholePairsBecomeTwoSharesToCompare() {
        Reading r = reader.read("Last year 1,840 of our 4,600 accelerators were H100s; this year it's 3,900 out of 6,500. "
                + "What was the H100 share in each year, and how many percentage points did it move?");
        assertThat(r.asked()).containsExactly(Quantity.DIFFERENCE);
        assertThat(value(r, Quantity.START_VALUE)).isCloseTo(0.4, within(1e-12));
        assertThat(value(r, Quantity.END_VALUE)).isCloseTo(0.6, within(1e-12));
        assertThat(r.known(Quantity.START_VALUE).orElseThrow().note()[1]).contains("1,840 ÷ 4,600");
    }

    @Test
    void twoExchangeRatesThatChainGiveOneCasePerCurrency() {
        Reading r = reader.read("Board deck has the GPU line at €850k. What is that in USD at 1 EUR = 1.08 USD, and then in RMB at "
                + "7.2 yuan per dollar?");
        assertThat(value(r, Quantity.AMOUNT)).isEqualTo(850_000);
        List<Double> rates = r.variants().stream().map(v -> v.get(0).number()).toList();
        assertThat(rates).containsExactly(1.08, 1.08 * 7.2);

        Reading cross = reader.read("报价 2.1 欧元/GPU·小时。按 1 欧元 = 7.8 元人民币、1 美元 = 7.2 元人民币折算，相当于多少人民币？多少美元？");
        assertThat(cross.variants().stream().map(v -> v.get(0).number()).toList()).containsExactly(7.8, 7.8 / 7.2);
        assertThat(cross.variants().get(1).get(0).note()[1]).contains("÷ 7.20 CNY/USD = 1.08 USD");
    }

    @Test
    void whatIsLeftOutIsNotAskedAndOneServerDescribesTheUnit() {
        Reading r = reader.read("Llama 3.1 405B按BF16存权重要多大？单台8卡H100的服务器放不下的话，至少要几台（先不算KV cache）？");
        assertThat(r.asked()).containsExactly(Quantity.WEIGHT_BYTES, Quantity.MEMORY_SERVERS);
        assertThat(value(r, Quantity.GPUS_PER_SERVER)).isEqualTo(8);
    }

    @Test
    void aFleetMatchedOnBandwidthAsWellAsCompute() {
        Reading r = reader.read("RTX 4090 versus B200: how many 4090s does it take to equal one B200 in dense BF16 compute, "
                + "and how many to equal it in memory bandwidth?");
        assertThat(r.asked()).containsExactly(Quantity.GPUS, Quantity.BANDWIDTH_GPUS);
    }

    @Test
    void adjectivesBeforeTokensAndAStatedTokensPerParameterRule() {
        Reading r = reader.read("Say the data team can deliver 4 trillion clean tokens. Under the 20-tokens-per-parameter rule, "
                + "what model size is compute-optimal, and what's the FLOP bill to train it?");
        assertThat(value(r, Quantity.TOKENS)).isEqualTo(4e12);
        assertThat(value(r, Quantity.TOKENS_PER_PARAM)).isEqualTo(20);
        assertThat(r.asked()).containsExactly(Quantity.PARAMS, Quantity.COMPUTE);
    }

    @Test
    void aStatedHalvingTimeIsNotADoublingTime() {
        Reading r = reader.read("Suppose the price of a fixed level of LLM capability halves every eight months. Expressed as an "
                + "annual rate of decline, what is that? And how many times cheaper does it get over three years?");
        assertThat(value(r, Quantity.HALVING_TIME)).isCloseTo(8.0 / 12, within(1e-3));
        assertThat(r.known(Quantity.DOUBLING_TIME)).isEmpty();
    }

    @Test
    void tokensPerUserWithDailyUsersAndAChineseMatchWord() {
        Reading users = reader.read("日活2000万，人均每天生成3000个token，模型是720亿参数的稠密模型，部署在H20上。每天一共要生成多少token？");
        assertThat(value(users, Quantity.TOKENS_PER_QUERY)).isEqualTo(3000);
        assertThat(value(users, Quantity.QUERIES_PER_DAY)).isEqualTo(2e7);
        assertThat(users.asked()).contains(Quantity.TOKENS_PER_DAY);

        Reading match = reader.read("100张B200的BF16稠密算力，大概要多少张A100才能顶得上？");
        assertThat(match.asked()).containsExactly(Quantity.GPUS);
        assertThat(value(match, Quantity.REFERENCE_GPUS)).isEqualTo(100);
    }

    @Test
    void fromOneShareToAnotherBetweenYearsIsOneChangeNotTwoRates() {
        Reading r = reader.read("国产GPU厂商的份额，从2022年的18%升到了2024年的26.5%。一共提升了多少个百分点？相对提升幅度又是多少？");
        assertThat(r.asked()).containsExactly(Quantity.DIFFERENCE, Quantity.CHANGE);
        assertThat(value(r, Quantity.START_VALUE)).isEqualTo(0.18);
        assertThat(r.known(Quantity.RATES)).isEmpty();
    }

    @Test
    void aFiscalYearIsADateAndABareShareIsAsked() {
        Reading r = reader.read("nvda FY24: data center $47.5bn out of $60.9bn total revenue. share?");
        assertThat(r.asked()).containsExactly(Quantity.SHARE);
        assertThat(value(r, Quantity.PART)).isEqualTo(4.75e10);
        assertThat(value(r, Quantity.WHOLE)).isEqualTo(6.09e10);
    }

    @Test
    void twoMonthsNamedAreTheSpanOfAMonthlyRate() {
        Reading r = reader.read("Our inference bill was $180k in January and we're modelling 12% month-on-month growth. If that "
                + "holds, what's the December bill?");
        assertThat(r.asked()).containsExactly(Quantity.END_VALUE);
        assertThat(value(r, Quantity.PERIODS)).isCloseTo(11.0 / 12, within(1e-12));
        assertThat(value(r, Quantity.START_VALUE)).isEqualTo(180_000);
    }

    @Test
    void halvingOnceCountsNothingAndASpecSheetSetAsideIsNotACase() {
        Reading halving = reader.read("某家模型的调用价格每年下降七成，多长时间价格会腰斩一次？");
        assertThat(halving.asked()).containsExactly(Quantity.DOUBLING_TIME);
        assertThat(halving.knowns()).extracting(Known::quantity).containsExactly(Quantity.RATE);

        Reading aside = reader.read("Forget the spec sheet: in our stack an H100 only delivers about 600 TFLOPS of effective BF16, "
                + "already net of utilisation. Training a 7B model on 2T tokens with 64 of them, how many days?");
        assertThat(aside.variants()).isEmpty();
        assertThat(value(aside, Quantity.PEAK_FLOPS)).isEqualTo(6e14);
        assertThat(value(aside, Quantity.UTILISATION)).isEqualTo(1.0);
    }

    @Test
    void aPricePerCardHourIsNotAskedAsGpuHoursAndAnImpliedMfuIsAnAnswerOnly() {
        assertThat(reader.read("帮我估一下用H100训练一个340亿参数的模型要多少天，租卡价格按每卡时2美元算。").asked())
                .containsExactly(Quantity.DAYS);
        assertThat(reader.read("Llama 3 405B was trained on 15.6 trillion tokens using 16,384 H100s over 54 days. What MFU does "
                + "that imply?").asked()).containsExactly(Quantity.IMPLIED_UTILISATION);
    }

    @Test
    void aBudgetNamedAfterItsSumAPricePerMegawattHourAndShorthandTokens() {
        Reading budget = reader.read("假设有2000万美元预算全部用来租H100，每卡时2.5美元，MFU 40%，按Chinchilla最优能训多大的模型？");
        assertThat(value(budget, Quantity.USD)).isEqualTo(2e7);
        assertThat(value(reader.read("Our cluster draws 12 MW. What is the bill at $95 per MWh for a 30-day month?"),
                Quantity.USD_PER_KWH)).isCloseTo(0.095, within(1e-12));
        assertThat(value(reader.read("2048x H800 @38% MFU, 34B dense, 3.2T tok — wall-clock days?"), Quantity.TOKENS))
                .isEqualTo(3.2e12);
    }

    @Test
    void aShareOfTheRateJustStatedAndFallingToHalfAsAHalvingAsked() {
        Reading r = reader.read("Our MI300X nodes benchmark at only 1,000 TFLOPS dense BF16 per GPU — use that. Llama 3 8B on 15T "
                + "tokens with 256 GPUs at 50% of that measured figure: how many days?");
        assertThat(value(r, Quantity.UTILISATION)).isEqualTo(0.5);
        assertThat(reader.read("假设每GFLOPS的算力成本每年下降35%，那成本降到一半需要多长时间？").asked())
                .containsExactly(Quantity.DOUBLING_TIME);
    }

    @Test
    void theNamedPartsShareBesideTheRest() {
        Reading r = reader.read("Of a $2.5bn data-centre capex plan, $1.65bn is GPUs and $380 million is networking; the remainder "
                + "is power and facilities. What share of the total is GPUs, and what share is power & facilities?");
        assertThat(value(r, Quantity.PART)).isEqualTo(1.65e9);
        assertThat(r.asked()).containsExactly(Quantity.SHARE, Quantity.REMAINDER);
    }

    @Test
    void petaflopDaysHyphenatedYearsFallingFactorsAndChipNamedGpuHours() {
        assertThat(value(reader.read("The lab's compute allocation is 5,000 PFLOP/s-days. How many FLOP is that in total?"),
                Quantity.COMPUTE)).isCloseTo(5000 * 1e15 * 86400, within(1e9));
        Reading cagr = reader.read("Capacity went from 1.8 EFLOPS at end-2021 to 14 EFLOPS at end-2025. What's the implied "
                + "compound annual growth rate?");
        assertThat(cagr.asked()).containsExactly(Quantity.RATE);
        assertThat(cagr.known(Quantity.START_DATE).orElseThrow().value()).isEqualTo("2021");
        Reading falling = reader.read("API prices have been falling roughly 10x every 18 months. What annual rate of decline "
                + "does that imply?");
        assertThat(value(falling, Quantity.FACTOR)).isCloseTo(0.1, within(1e-12));
        assertThat(value(reader.read("Last quarter's run burned 1.2 million H100 GPU-hours. At 700 W per GPU, how many MWh?"),
                Quantity.GPU_HOURS)).isEqualTo(1.2e6);
    }

    @Test
    void memoryCapacityIsABaseOfAComparison() {
        Reading r = reader.read("MI300X 的显存容量是 H100 的多少倍？");
        assertThat(r.asked()).containsExactly(Quantity.ACCELERATOR_MEMORY, Quantity.FACTOR);
        assertThat(r.variants()).hasSize(2);
    }
}
