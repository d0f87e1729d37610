package zhiti.brain.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import zhiti.agent.Quantity;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;

/** What the reader takes from questions of each kind, in zh and en: asked quantities, knowns and their roles. */
class QuestionReaderTest {

    private final QuestionReader reader = new QuestionReader(Catalog.builtIn(), SeriesCatalog.builtIn());

    private static double value(Reading r, Quantity q) {
        Optional<Known> k = r.known(q);
        assertThat(k).as("%s known in %s", q, r.knowns()).isPresent();
        return k.get().number();
    }

    @Test
    void datedValuesBecomeStartAndEndWithTheirYearsInBothLanguages() {
        Reading zh = reader.read("全球云计算市场规模从 2016 年的 1120 亿美元增长到 2024 年的 6760 亿美元，年复合增速是多少？");
        assertThat(zh.asked()).containsExactly(Quantity.RATE);
        assertThat(value(zh, Quantity.START_VALUE)).isEqualTo(1.12e11);
        assertThat(value(zh, Quantity.END_VALUE)).isEqualTo(6.76e11);
        assertThat(zh.known(Quantity.START_DATE).orElseThrow().value()).isEqualTo("2016");
        assertThat(zh.known(Quantity.END_DATE).orElseThrow().value()).isEqualTo("2024");
        assertThat(zh.known(Quantity.SERIES)).as("stated values beat the catalog series").isEmpty();

        Reading en = reader.read("Cloud computing was a $41B market in 2010 and $112B in 2016. What CAGR is that, and how "
                + "long did the market take to double at that pace?");
        assertThat(en.asked()).containsExactly(Quantity.RATE, Quantity.DOUBLING_TIME);
        assertThat(value(en, Quantity.START_VALUE)).isEqualTo(4.1e10);
        assertThat(en.known(Quantity.END_DATE).orElseThrow().value()).isEqualTo("2016");
    }

    @Test
    void unitsWithPrefixesAreComparedInOneBase() {
        Reading r = reader.read("比特币全网算力从 2010 年 7 月的 172M H/s 涨到 2024 年 12 月的 751 EH/s，按 14 年计算，是原来的多少倍？");
        assertThat(value(r, Quantity.START_VALUE)).isEqualTo(1.72e8);
        assertThat(value(r, Quantity.END_VALUE)).isEqualTo(7.51e20);
        assertThat(value(r, Quantity.PERIODS)).isEqualTo(14);
        assertThat(r.known(Quantity.START_DATE).orElseThrow().value()).isEqualTo("2010-07");
    }

    @Test
    void ratesAreSignedAndSuccessiveRatesCombine() {
        Reading fall = reader.read("If GPU rental prices fall 30% a year, what fraction of today's price is left after 5 years?");
        assertThat(value(fall, Quantity.RATE)).isCloseTo(-0.30, within(1e-9));
        assertThat(value(fall, Quantity.PERIODS)).isEqualTo(5);
        assertThat(fall.asked()).containsExactly(Quantity.FACTOR);

        Reading both = reader.read("ARK 认为硬件进步让 AI 训练成本每年下降 53%，算法改进再带来每年 47% 的下降，两者叠加后每年成本下降多少？");
        assertThat((double[]) both.known(Quantity.RATES).orElseThrow().value()).containsExactly(new double[]{-0.53, -0.47},
                within(1e-12));
    }

    @Test
    void ordersOfMagnitudeAndTargetsReadAsARateAndATarget() {
        Reading r = reader.read("Frontier training runs used about 1e25 FLOP in 2024. If that grows by 0.5 orders of "
                + "magnitude per year, in which year does it reach 1e28 FLOP?");
        assertThat(r.asked()).containsExactly(Quantity.YEAR);
        assertThat(value(r, Quantity.RATE)).isCloseTo(Math.pow(10, 0.5) - 1, within(1e-9));
        assertThat(value(r, Quantity.TARGET_VALUE)).isEqualTo(1e28);
        assertThat(value(r, Quantity.START_VALUE)).isEqualTo(1e25);
    }

    @Test
    void aShareOfAWholeAndAChangeFromAnEndValue() {
        Reading part = reader.read("全球 AI 专利申请累计 129 万件，中国占 64%，中国大约有多少件？");
        assertThat(part.asked()).containsExactly(Quantity.PART);
        assertThat(value(part, Quantity.SHARE)).isEqualTo(0.64);
        assertThat(value(part, Quantity.WHOLE)).isEqualTo(1.29e6);

        Reading before = reader.read("Battery pack prices fell 14% in 2023 to a record low of $139/kWh. What was the 2022 price?");
        assertThat(value(before, Quantity.CHANGE)).isCloseTo(-0.14, within(1e-9));
        assertThat(value(before, Quantity.END_VALUE)).isEqualTo(139);
        assertThat(before.asked()).contains(Quantity.START_VALUE);
    }

    @Test
    void anExchangeRateIsTurnedToTheAmountsCurrency() {
        Reading usd = reader.read("Convert $4.6M to RMB at 7.2 RMB per USD.");
        assertThat(value(usd, Quantity.EXCHANGE_RATE)).isEqualTo(7.2);
        assertThat(usd.known(Quantity.AMOUNT).orElseThrow().unit()).isEqualTo("USD");

        Reading cny = reader.read("1089.4 亿元人民币，按 1 美元兑 7.1 元人民币计算，折合多少美元？");
        assertThat(value(cny, Quantity.EXCHANGE_RATE)).isCloseTo(1 / 7.1, within(1e-12));
        assertThat(value(cny, Quantity.AMOUNT)).isCloseTo(1.0894e11, within(1.0));
    }

    @Test
    void trainingChainsReadTheFleetTheModelAndTheStatedValues() {
        Reading r = reader.read("用 2048 张 H800 训练一个 700 亿参数的模型，训练数据 2 万亿 tokens，MFU 38%，需要多少天？");
        assertThat(r.asked()).containsExactly(Quantity.DAYS);
        assertThat(value(r, Quantity.GPUS)).isEqualTo(2048);
        assertThat(value(r, Quantity.PARAMS)).isEqualTo(7e10);
        assertThat(value(r, Quantity.TOKENS)).isEqualTo(2e12);
        assertThat(value(r, Quantity.UTILISATION)).isCloseTo(0.38, within(1e-9));
        assertThat(r.known(Quantity.HARDWARE).orElseThrow().value()).isEqualTo("H800 SXM5");

        Reading servers = reader.read("A cluster of 256 servers with 8 A100s each (400 W per GPU) runs for 14 days at PUE 1.5. "
                + "How much energy in kWh?");
        assertThat(value(servers, Quantity.GPUS)).as("servers × GPUs per server").isEqualTo(2048);
        assertThat(value(servers, Quantity.PUE)).isEqualTo(1.5);
        assertThat(value(servers, Quantity.WATTS_PER_GPU)).isEqualTo(400);
    }

    @Test
    void aSizeInTheNameActiveParametersAndAStatedPeak() {
        Reading named = reader.read("How much training compute did Llama 3 405B need if it saw 15.6 trillion tokens?");
        Known n = named.known(Quantity.PARAMS).orElseThrow();
        assertThat(n.number()).isEqualTo(4.05e11);
        assertThat(n.origin()).isEqualTo(Known.Origin.NAME);

        Reading moe = reader.read("An MoE model has 47B total parameters, but only 13B are active per token. What is the "
                + "training compute for 8 trillion tokens?");
        assertThat(value(moe, Quantity.ACTIVE_PARAMS)).isEqualTo(1.3e10);
        assertThat(value(moe, Quantity.PARAMS)).isEqualTo(4.7e10);

        Reading peak = reader.read("Assume the H100 delivers 800 TFLOPS peak and we get 40% MFU. How many days to train a "
                + "70B model on 2T tokens with 1,024 of them?");
        assertThat(value(peak, Quantity.PEAK_FLOPS)).isEqualTo(8e14);
        assertThat(value(peak, Quantity.GPUS)).isEqualTo(1024);
    }

    @Test
    void aNameInsideAnotherWordIsNoEntity() {
        Reading r = reader.read("What is MemGPT?");
        assertThat(r.knowns()).isEmpty();
        assertThat(r.asked()).isEmpty();
    }

    @Test
    void comparisonsAreCasesAndAReferenceFleetIsNot() {
        Reading cases = reader.read("分别用 512 张 A100 和 512 张 H100 训练 7B 模型 1 万亿 tokens，各需要多少天？");
        assertThat(cases.cases()).isEqualTo(2);
        assertThat(cases.knowns(0)).anySatisfy(k -> assertThat(k.value()).isEqualTo("A100 SXM4 80GB"));
        assertThat(cases.knowns(1)).anySatisfy(k -> assertThat(k.value()).isEqualTo("H100 SXM5 80GB"));

        Reading match = reader.read("How many H20 match the compute of 100 H100?");
        assertThat(match.cases()).isEqualTo(1);
        assertThat(value(match, Quantity.REFERENCE_GPUS)).isEqualTo(100);
        assertThat(match.known(Quantity.REFERENCE_HARDWARE).orElseThrow().value()).isEqualTo("H100 SXM5 80GB");
        assertThat(match.known(Quantity.HARDWARE).orElseThrow().value()).isEqualTo("H20");

        Reading formats = reader.read("What is the weight memory of a 13B model in FP32, in BF16 and in INT8?");
        assertThat(formats.cases()).isEqualTo(3);
    }

    @Test
    void chineseMagnitudesAndNumeralsAndBareMagnitudes() {
        assertThat(value(reader.read("一个千亿参数模型训练 1 万亿 tokens，需要多少 FLOP？"), Quantity.PARAMS)).isEqualTo(1e11);
        assertThat(value(reader.read("1 万张 A100 的 BF16 算力相当于多少张 H100？"), Quantity.REFERENCE_GPUS)).isEqualTo(1e4);
        Reading halve = reader.read("单位算力成本每年下降 40.24%，多少年成本减半？");
        assertThat(halve.asked()).containsExactly(Quantity.DOUBLING_TIME);
        assertThat(value(halve, Quantity.RATE)).isCloseTo(-0.4024, within(1e-9));
    }

    @Test
    void aFollowUpKeepsThePreviousTurnAndReplacesWhatItRestates() {
        Reading first = reader.read("How long to train a 7B model on 2T tokens with 256 H100?");
        Reading more = reader.read("and with 1024?");
        assertThat(more.followUp()).isTrue();
        Reading merged = FollowUps.merge(first, more);
        assertThat(merged.asked()).containsExactly(Quantity.DAYS);
        assertThat(value(merged, Quantity.GPUS)).isEqualTo(1024);
        assertThat(value(merged, Quantity.PARAMS)).isEqualTo(7e9);

        Reading other = FollowUps.merge(first, reader.read("what about on A100?"));
        assertThat(other.known(Quantity.HARDWARE).orElseThrow().value()).isEqualTo("A100 SXM4 80GB");
        assertThat(value(other, Quantity.GPUS)).isEqualTo(256);
    }

    @Test
    void ratesFromFactorsAndFromTheVerbThatGovernsThem() {
        Reading x = reader.read("Chips cut the cost of a training run by 25% a year while better software cuts it by a further "
                + "30% a year. What is the combined yearly decline?");
        assertThat(x.asked()).containsExactly(Quantity.RATE);
        assertThat((double[]) x.known(Quantity.RATES).orElseThrow().value()).containsExactly(new double[]{-0.25, -0.30},
                within(1e-12));
        Reading fourfold = reader.read("Compute was 1e26 FLOP in 2025 and grows 3x per year. When does it pass 1e29?");
        assertThat(value(fourfold, Quantity.RATE)).isCloseTo(2.0, within(1e-12));
        assertThat(fourfold.asked()).containsExactly(Quantity.YEAR);
        Reading which = reader.read("从 2025 年的 1e26 FLOP 起，每年增长 1 个数量级，哪一年达到 1e30 FLOP？");
        assertThat(which.asked()).containsExactly(Quantity.YEAR);
        assertThat(value(which, Quantity.RATE)).isCloseTo(9.0, within(1e-9));
    }

    @Test
    void twoQuestionsInOneAskBothAndAStatementAsksNothing() {
        Reading r = reader.read("价格每年下降 20%，多久会减半？降到现在的五分之一要几年？");
        assertThat(r.asked()).contains(Quantity.DOUBLING_TIME, Quantity.PERIODS);
        Reading each = reader.read("A DGX H100 server costs about $300,000. What is that per GPU?");
        assertThat(each.asked()).containsExactly(Quantity.USD_PER_GPU);
        assertThat(value(each, Quantity.USD_PER_SERVER)).isEqualTo(300_000);
        Reading share = reader.read("按每年下降 25%，4 年后只剩现在的百分之多少？");
        assertThat(share.asked()).containsExactly(Quantity.FACTOR);
    }

    @Test
    void effectiveRatesSwappedChipsAndTheOptimumsCompute() {
        Reading eff = reader.read("训练需要 1e24 FLOP，用 2000 张卡，每张有效算力 100 TFLOPS，要多少天？");
        assertThat(value(eff, Quantity.UTILISATION)).isEqualTo(1.0);
        Reading swap = reader.read("A job takes 12 days on some H100s. Switched to the same number of A100s, how many days?");
        assertThat(value(swap, Quantity.REFERENCE_DAYS)).isEqualTo(12);
        assertThat(swap.known(Quantity.REFERENCE_HARDWARE).orElseThrow().value()).isEqualTo("H100 SXM5 80GB");
        assertThat(swap.known(Quantity.HARDWARE).orElseThrow().value()).isEqualTo("A100 SXM4 80GB");
        Reading opt = reader.read("一个 130 亿参数的模型，按 Chinchilla 最优需要多少 token、多少 FLOP？实际用了 2 万亿 token，是最优的几倍？");
        assertThat(opt.asked()).containsExactly(Quantity.OPTIMAL_TOKENS, Quantity.OPTIMAL_COMPUTE, Quantity.OPTIMAL_MULTIPLE);
        Reading perQuery = reader.read("每天 500 万次对话，每次平均生成 600 个 token，需要多少张卡？折合多少台 8 卡服务器？");
        assertThat(value(perQuery, Quantity.TOKENS_PER_QUERY)).isEqualTo(600);
        assertThat(perQuery.asked()).containsExactly(Quantity.GPUS, Quantity.SERVERS);
    }

    @Test
    void theRestOfAWholeAfterStatedSharesAndItsShare() {
        Reading en = reader.read("A $12 million AI budget puts 45% into GPUs and 30% into staff. How much is left for "
                + "everything else, and what share is that?");
        assertThat(en.asked()).containsExactly(Quantity.REMAINDER, Quantity.REMAINDER_SHARE);
        assertThat(value(en, Quantity.WHOLE)).isEqualTo(1.2e7);
        assertThat((double[]) en.known(Quantity.PARTS).orElseThrow().value()).containsExactly(new double[]{5.4e6, 3.6e6},
                within(1e-6));
        Reading zh = reader.read("预算 800 万元，其中 50% 买算力，20% 付电费，还剩多少钱？");
        assertThat(zh.asked()).containsExactly(Quantity.REMAINDER);
        assertThat(value(zh, Quantity.WHOLE)).isEqualTo(8e6);
    }

    @Test
    void sumsPaidOrGrantedUtilisationAfterItsNumberAndDailyUsers() {
        assertThat(value(reader.read("A training run reached 0.45 MFU on 2,048 H100s. How many days does 3e24 FLOP take?"),
                Quantity.UTILISATION)).isEqualTo(0.45);
        assertThat(value(reader.read("A foundation gives us $3 million for compute. How many H100 GPU-hours is that at $2.50 "
                + "per GPU-hour?"), Quantity.USD)).isEqualTo(3e6);
        Reading paid = reader.read("We're paying a Hong Kong distributor $1.85 million for a batch of H20 servers.");
        assertThat(value(paid, Quantity.USD)).isEqualTo(1.85e6);
        assertThat(paid.asked()).isEmpty();
        Reading dau = reader.read("我们的 App 日活 200 万，每人每天问 12 次，每次 800 token，一天要处理多少 token？");
        assertThat(value(dau, Quantity.QUERIES_PER_DAY)).isEqualTo(2.4e7);
        assertThat(dau.asked()).containsExactly(Quantity.TOKENS_PER_DAY);
    }

    @Test
    void magnitudesAndFractionsInWords() {
        Reading hyphen = reader.read("The market is a 4.5-billion-dollar one today growing 30% a year. What will it be in 2030 "
                + "if today is 2025?");
        assertThat(value(hyphen, Quantity.START_VALUE)).isEqualTo(4.5e9);
        assertThat(hyphen.known(Quantity.START_DATE).orElseThrow().value()).isEqualTo("2025");
        assertThat(hyphen.known(Quantity.END_DATE).orElseThrow().value()).isEqualTo("2030");
        double halfOom = Math.pow(10, -0.5) - 1;
        assertThat(value(reader.read("成本每年下降半个数量级，100 美元 4 年后还剩多少？"), Quantity.RATE)).isCloseTo(halfOom, within(1e-9));
        assertThat(value(reader.read("If costs fall by half an order of magnitude a year, what is left of $100 after 4 years?"),
                Quantity.RATE)).isCloseTo(halfOom, within(1e-9));
        Reading tenth = reader.read("A tenth of a 70B model's parameters are active per token. How many FLOP to train it on "
                + "10T tokens?");
        assertThat(value(tenth, Quantity.ACTIVE_PARAMS)).isCloseTo(7e9, within(1.0));
        assertThat(tenth.asked()).containsExactly(Quantity.COMPUTE);
        Reading perParam = reader.read("按每参数 20 个 token，一个 13B 模型需要多少训练 token？");
        assertThat(value(perParam, Quantity.TOKENS_PER_PARAM)).isEqualTo(20);
        assertThat(perParam.asked()).containsExactly(Quantity.TOKENS);
    }

    @Test
    void aRateWrittenAsWhatOneUnitBuys() {
        Reading r = reader.read("If one euro buys 7.8 yuan, what is 1 million yuan in euros?");
        Known rate = r.known(Quantity.EXCHANGE_RATE).orElseThrow();
        assertThat(rate.number()).isCloseTo(1 / 7.8, within(1e-12));
        assertThat(rate.unit()).isEqualTo("EUR/CNY");
        assertThat(value(r, Quantity.AMOUNT)).isEqualTo(1e6);
    }

    @Test
    void fleetShapesSharesOfAPeakAndQueriesPerVisit() {
        Reading shape = reader.read("What's the combined TDP of three 8×A100 servers, before PUE?");
        assertThat(value(shape, Quantity.SERVERS)).isEqualTo(3);
        assertThat(value(shape, Quantity.GPUS_PER_SERVER)).isEqualTo(8);
        assertThat(value(shape, Quantity.PUE)).isEqualTo(1);
        assertThat(shape.asked()).containsExactly(Quantity.POWER_DRAW);
        assertThat(value(reader.read("We sustain 45% of the A100's 312 TFLOPS. How many GPUs for 2e23 FLOP in 10 days?"),
                Quantity.UTILISATION)).isCloseTo(0.45, within(1e-9));
        assertThat(value(reader.read("2 million visits a day with 5 queries each, 300 tokens per query: how many tokens a day?"),
                Quantity.QUERIES_PER_DAY)).isEqualTo(1e7);
        assertThat(value(reader.read("每天 3000 万人次访问，每人问 5 次，每次 300 个 token，需要多少张 H100？"),
                Quantity.QUERIES_PER_DAY)).isEqualTo(1.5e8);
        Reading perServer = reader.read("用 H800 训练，按 8 卡一台，要多少台服务器？");
        assertThat(value(perServer, Quantity.GPUS_PER_SERVER)).isEqualTo(8);
        assertThat(value(reader.read("A 7B model on half a trillion tokens: how much compute?"), Quantity.TOKENS)).isEqualTo(5e11);
    }

    @Test
    void yearsOfAChangeAndCalendarYearsBeforeWords() {
        Reading months = reader.read("The price fell from $40 to $5 over 30 months. What yearly decline is that, and how many "
                + "times has it halved?");
        assertThat(value(months, Quantity.PERIODS)).isCloseTo(2.5, within(1e-9));
        assertThat(months.asked()).containsExactly(Quantity.RATE, Quantity.DOUBLINGS);
        Reading year = reader.read("2023年前沿模型的训练算力约 2e25 FLOP，如果每年增长半个数量级，哪一年达到 1e27 FLOP？每年的增长倍数是多少？");
        assertThat(year.known(Quantity.START_DATE).orElseThrow().value()).isEqualTo("2023");
        assertThat(year.asked()).containsExactly(Quantity.YEAR, Quantity.YEARLY_FACTOR);
    }

    @Test
    void amountsOnTopSharesOfTheRestAndValuesSetAside() {
        Reading price = reader.read("Each 8-GPU server costs $300k and we budget another $50k per server for networking. "
                + "How many servers for 2,000 H100s, and what's the capex?");
        assertThat(value(price, Quantity.USD_PER_SERVER)).isEqualTo(350_000);
        Reading power = reader.read("200 台 8 卡服务器，每张卡 700W，每台服务器另有约 2 kW 的功耗，跑 30 天耗电多少？");
        assertThat(value(power, Quantity.WATTS_PER_GPU)).isEqualTo(700 + 2000 / 8.0);
        Reading markup = reader.read("采购 1024 张 H800，8 卡一台，每台 200 万元，配套按整机价格的 10% 另算，总投入多少？");
        assertThat(value(markup, Quantity.USD_PER_SERVER)).isCloseTo(2.2e6, within(1e-6));
        Reading rest = reader.read("1 万张卡，两成给预训练，剩下的卡里 25% 给推理，其余给实验。实验分到多少张？");
        assertThat((double[]) rest.known(Quantity.PARTS).orElseThrow().value()).containsExactly(new double[]{2000, 2000},
                within(1e-6));
        Reading aside = reader.read("Take 1e24 FLOP on 1,000 A100s at 312 TFLOPS rather than 19.5 TFLOPS, 40% MFU. How many days?");
        assertThat(value(aside, Quantity.PEAK_FLOPS)).isEqualTo(3.12e14);
    }

    @Test
    void yearOnYearRatesTypesetExponentsAndABudgetThatGrows() {
        assertThat(value(reader.read("调用量同比增长了 150%，照这个增速多久翻一番？"), Quantity.RATE)).isCloseTo(1.5, within(1e-9));
        Reading typeset = reader.read("训练一次约需 $3.1 \\times 10^{23}$ Flops，用 1000 张 H100 要多少天？");
        assertThat(value(typeset, Quantity.COMPUTE)).isCloseTo(3.1e23, within(1e9));
        assertThat(typeset.known(Quantity.USD)).isEmpty();
        Reading grows = reader.read("算力预算从 1e22 FLOP 提高到 1e24 FLOP，按 Chinchilla 最优，新的最优参数量是多少？");
        assertThat(value(grows, Quantity.COMPUTE_MULTIPLE)).isCloseTo(100, within(1e-9));
        assertThat(grows.asked()).contains(Quantity.OPTIMAL_PARAMS);
    }

    @Test
    void gpuHoursStatedRelativeYearsAndWorkPerToken() {
        Reading hours = reader.read("What's the bill for 800,000 A100-hours at $1.80 an hour?");
        assertThat(value(hours, Quantity.GPU_HOURS)).isEqualTo(8e5);
        assertThat(value(hours, Quantity.USD_PER_GPU_HOUR)).isEqualTo(1.8);
        int year = java.time.Year.now().getValue();
        Reading rel = reader.read("日均调用量从去年 3 月的 100 亿涨到今年 3 月的 500 亿，年增长率是多少？");
        assertThat(rel.known(Quantity.START_DATE).orElseThrow().value()).isEqualTo((year - 1) + "-03");
        assertThat(rel.known(Quantity.END_DATE).orElseThrow().value()).isEqualTo(year + "-03");
        Reading work = reader.read("每个 token 需要 1 万亿 FLOPs，每天 1 亿次查询，用 H100 需要多少张？");
        assertThat(value(work, Quantity.PARAMS)).isEqualTo(5e11);
        Reading moe = reader.read("A MoE with 236B total parameters, 21B of them active per token, trained on 8.1T tokens. "
                + "What's the training compute?");
        assertThat(value(moe, Quantity.ACTIVE_PARAMS)).isEqualTo(2.1e10);
        Reading one = reader.read("How many A100s match one B200?");
        assertThat(value(one, Quantity.REFERENCE_GPUS)).isEqualTo(1);
    }

    @Test
    void wordsForDeclinesWeeksFleetsAndConfigurations() {
        assertThat(value(reader.read("A100 rental is $1.60 an hour. If it keeps sliding 15% a year, where is it in two years?"),
                Quantity.RATE)).isCloseTo(-0.15, within(1e-9));
        Reading week = reader.read("2,000 H100s at 650 W each run flat out for a week at PUE 1.2. What's the energy?");
        assertThat(value(week, Quantity.DAYS)).isEqualTo(7);
        assertThat(value(reader.read("How many days would 1e24 FLOP take on 256 of our GPUs?"), Quantity.GPUS)).isEqualTo(256);
        assertThat(value(reader.read("We need 1,024 H100s, eight per server. How many servers?"), Quantity.GPUS_PER_SERVER)).isEqualTo(8);
        assertThat(value(reader.read("A 400B-parameter MoE with only 40B active per token trained on 10T tokens: compute?"),
                Quantity.ACTIVE_PARAMS)).isEqualTo(4e10);
        Reading config = reader.read("算力扩大 25 倍，原来的最优配置是 100 亿参数、2000 亿 token，新的配置是多少？");
        assertThat(config.asked()).contains(Quantity.OPTIMAL_PARAMS, Quantity.OPTIMAL_TOKENS);
    }
}
