package zhiti.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import zhiti.audit.AuditReport;
import zhiti.audit.AuditTestDocsAccess;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Verdict;

/**
 * Claims whose inputs sit beside other numbers or in another clause: a percentage of a printed amount, a total
 * that counts its parts, a total over named table rows, a CAGR among other rates, a conversion across a rate clause.
 */
class ReferencedInputsTest {

    private static final String ZH = """
            一、算力与投资

            甲公司旗舰卡的稠密算力约为 400 TFLOPS，约为对手旗舰产品（1,000 TFLOPS）的 48%。
            乙公司旗舰卡的稠密算力约为 300 TFLOPS，约为对手旗舰产品（1,000 TFLOPS）的 30%。
            2024 年华东电力消耗约 120 亿千瓦时，华南约 80 亿千瓦时，华北约 50 亿千瓦时，上述三个区域合计 270 亿千瓦时。
            同期渗透率由 10% 提升至 40%，对应市场规模由 2020 年的 20 亿元增长至 2024 年的 320 亿元，四年复合增长率约为 90%。

            表1：三个园区概况
            园区	算力（PFLOPS）	投资（亿元）
            园区A	1,000	25
            园区B	800	20
            园区C	600	18
            资料来源：本测试

            园区A、园区B 两个园区合计投资 55 亿元，均已投产。

            二、收入
            平台年化收入约 14.5 亿元；按 1 美元兑 7.25 元人民币换算，约合 2.5 亿美元。
            另一平台年化收入约 29 亿元；按 1 美元兑 7.25 元人民币换算，约合 4 亿美元。
            """;

    private static final String GROWTH = """
            表2：细分市场规模（亿元）
            细分市场	2023年	2024年
            训练算力租赁	180	320
            推理算力租赁	60	150
            整机柜租赁	70	120

            2024年训练算力租赁同比增长77.8%；推理算力租赁增长最为迅猛，同比增长250%。

            表3：用电量（亿千瓦时）
            年份	数据中心用电量	全社会用电量
            2021	2,166	83,128
            2022	2,700	86,372

            2022年数据中心用电量同比增长高达34.7%。

            从占比看，数据中心用电量占全社会用电量的比重由2021年的2.61%升至2022年的3.13%；其中2022年这一比重为3.31%。
            """;

    private static final String SHARES = """
            2024年主要厂商收入情况如下（单位：亿元）：
            厂商	2023年收入	2024年收入
            H公司	90	180
            C公司	40	65
            K公司	30	115
            合计	160	360

            H公司以180亿元收入位居第一，占国产市场的份额约为56%。C公司2024年收入65亿元，占国产市场约18%。
            K公司2024年收入115亿元，排名第3。
            """;

    private static final String RANKS = """
            | Vendor | 2024 revenue ($bn) | Growth |
            | --- | --- | --- |
            | Aurora | 98.0 | 133.3% |
            | Cobalt | 12.1 | 80.6% |
            | Helix | 5.6 | 40.0% |
            | **Total** | 115.7 | 120.0% |

            Aurora remained by far the largest vendor at $98.0 billion, and Cobalt was the second-largest at $12.1 billion.
            Cobalt posted the fastest growth of any vendor in the table, at 80.6%.
            """;

    private static final String ENTITIES = """
            一、出货
            头部厂商H公司2024年出货约32万颗，C公司2024年出货约12万颗。

            二、格局
            从厂商看，H公司2024年全年出货约25万颗，C公司2024年全年出货约12万颗，Vendor Q 2024年出货约3万颗。
            """;

    private static final String EN = """
            The new chip delivers 396 TFLOPS, about 40% of the 990 TFLOPS of the incumbent.
            The older chip delivers 200 TFLOPS, which is about 25% of the 990 TFLOPS of the incumbent.
            At 7.25 yuan per dollar, Provider R's $2.20 works out to about 15.95 yuan, while Provider S's $4.50 is equivalent to about 28.0 yuan.
            Cluster A: 24,576 GPUs x 989 TFLOPS gives roughly 24.3 EFLOPS of peak compute.
            Cluster B: 16,384 GPUs x 2,250 TFLOPS gives roughly 32.8 EFLOPS of peak compute.
            The lab also trained a 34-billion-parameter model on 20 trillion tokens, for a training compute of about 4.8 x 10^24 FLOPs.

            Cluster A has a contracted facility load of 38 MW and Cluster B of 52 MW. Running flat out for a full year (8,760 hours), Cluster A would consume about 333 GWh, while Cluster B would consume about 410 GWh.
            """;

    @Test
    void aPercentageOfAPrintedAmount() {
        AuditReport r = AuditTestDocsAccess.audit("zh.txt", ZH);
        Claim wrong = AuditTestDocsAccess.at(r, ZH, "甲公司", "48%");
        assertThat(wrong.verdict()).isEqualTo(Verdict.DISCREPANCY); // 400 / 1,000 = 40%
        assertThat(wrong.computed()).isCloseTo(40.0, within(0.01));
        assertThat(wrong.kind()).isEqualTo(ClaimKind.PERCENTAGE);
        assertThat(AuditTestDocsAccess.at(r, ZH, "乙公司", "30%").verdict()).isEqualTo(Verdict.REPRODUCES);
        AuditReport en = AuditTestDocsAccess.audit("en.txt", EN);
        assertThat(AuditTestDocsAccess.at(en, EN, "The new chip", "40%").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim older = AuditTestDocsAccess.at(en, EN, "The older chip", "25%");
        assertThat(older.verdict()).isEqualTo(Verdict.DISCREPANCY); // 200 / 990 = 20.2%
    }

    @Test
    void totalsThatCountTheirPartsOrNameTableRows() {
        AuditReport r = AuditTestDocsAccess.audit("zh.txt", ZH);
        Claim three = AuditTestDocsAccess.at(r, ZH, "上述三个区域合计", "270");
        assertThat(three.verdict()).isEqualTo(Verdict.DISCREPANCY); // 120 + 80 + 50 = 250
        assertThat(three.computed()).isCloseTo(250e8 * 1000, within(1e9));
        Claim rows = AuditTestDocsAccess.at(r, ZH, "两个园区合计投资", "55");
        assertThat(rows.verdict()).isEqualTo(Verdict.DISCREPANCY); // 25 + 20 = 45 亿元 in the table
        assertThat(rows.kind()).isEqualTo(ClaimKind.SUM);
        assertThat(rows.inputs()).extracting(i -> i.text()).containsExactly("25", "20");
    }

    @Test
    void growthAgainstATableRowOrAYearColumn() {
        AuditReport r = AuditTestDocsAccess.audit("growth.txt", GROWTH);
        assertThat(AuditTestDocsAccess.at(r, GROWTH, "训练算力租赁同比", "77.8%").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim inference = AuditTestDocsAccess.at(r, GROWTH, "增长最为迅猛", "250%");
        assertThat(inference.verdict()).isEqualTo(Verdict.DISCREPANCY); // 150 / 60 − 1 = 150%
        assertThat(inference.computed()).isCloseTo(150.0, within(0.01));
        assertThat(inference.inputs()).extracting(i -> i.text()).containsExactly("60", "150");
        Claim power = AuditTestDocsAccess.at(r, GROWTH, "2022年数据中心用电量", "34.7%");
        assertThat(power.verdict()).isEqualTo(Verdict.DISCREPANCY); // 2,700 / 2,166 − 1 = 24.7%
        assertThat(power.computed()).isCloseTo(24.65, within(0.01));
        // one column as a share of another, year by year: 2,166 / 83,128 = 2.61%, 2,700 / 86,372 = 3.13%
        assertThat(AuditTestDocsAccess.at(r, GROWTH, "由2021年的", "2.61%").verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(AuditTestDocsAccess.at(r, GROWTH, "升至2022年的", "3.13%").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim share = AuditTestDocsAccess.at(r, GROWTH, "这一比重为", "3.31%");
        assertThat(share.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(share.computed()).isCloseTo(3.126, within(0.01));
    }

    @Test
    void aRowsShareOfTheTablesTotal() {
        AuditReport r = AuditTestDocsAccess.audit("shares.txt", SHARES);
        Claim h = AuditTestDocsAccess.at(r, SHARES, "H公司以", "56%");
        assertThat(h.verdict()).isEqualTo(Verdict.DISCREPANCY); // 180 / 360 = 50%
        assertThat(h.computed()).isCloseTo(50.0, within(0.01));
        assertThat(h.inputs()).extracting(i -> i.text()).containsExactly("180", "360");
        assertThat(AuditTestDocsAccess.at(r, SHARES, "C公司2024年收入", "18%").verdict()).isEqualTo(Verdict.REPRODUCES);
        // the value agrees with the table, its rank does not (180 > 115 > 65): the rank is what is flagged
        Claim k = AuditTestDocsAccess.at(r, SHARES, "K公司2024年收入", "115亿元");
        assertThat(k.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(k.kind()).isEqualTo(ClaimKind.RANKING);
        assertThat(AuditTestDocsAccess.at(r, SHARES, "H公司以", "180亿元").verdict()).isEqualTo(Verdict.REPRODUCES);
    }

    @Test
    void aRankAgainstTheTableColumnHoldingTheFigure() {
        AuditReport r = AuditTestDocsAccess.audit("ranks.md", RANKS);
        assertThat(AuditTestDocsAccess.at(r, RANKS, "largest vendor", "$98.0 billion").verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(AuditTestDocsAccess.at(r, RANKS, "second-largest", "$12.1 billion").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim fastest = AuditTestDocsAccess.at(r, RANKS, "fastest growth", "80.6%");
        assertThat(fastest.verdict()).isEqualTo(Verdict.DISCREPANCY); // Aurora's 133.3% is faster; the total row is not a peer
        assertThat(fastest.kind()).isEqualTo(ClaimKind.RANKING);
        assertThat(fastest.explanation()).contains("Aurora 133.3%").doesNotContain("Total");
    }

    @Test
    void oneCodedEntitysFactWordedTwoWays() {
        AuditReport r = AuditTestDocsAccess.audit("entities.txt", ENTITIES);
        Claim first = AuditTestDocsAccess.at(r, ENTITIES, "头部厂商H公司", "32万颗");
        assertThat(first.verdict()).isEqualTo(Verdict.INCONSISTENT); // 32 万 here, 25 万 in the next section
        assertThat(first.explanation()).contains("h公司 出货");
        assertThat(AuditTestDocsAccess.at(r, ENTITIES, "从厂商看，H公司", "25万颗").verdict()).isEqualTo(Verdict.INCONSISTENT);
        // C公司 is given 12 万 both times, and a different company's figure is never compared with H公司's
        assertThat(AuditTestDocsAccess.at(r, ENTITIES, "C公司2024年全年", "12万颗").verdict()).isNotEqualTo(Verdict.INCONSISTENT);
        assertThat(AuditTestDocsAccess.at(r, ENTITIES, "Vendor Q", "3万颗").verdict()).isNotEqualTo(Verdict.INCONSISTENT);
    }

    @Test
    void aCagrAmongOtherRates() {
        Claim c = AuditTestDocsAccess.at(AuditTestDocsAccess.audit("zh.txt", ZH), ZH, "四年复合增长率", "90%");
        assertThat(c.verdict()).isEqualTo(Verdict.DISCREPANCY); // (320/20)^(1/4) − 1 = 100%
        assertThat(c.computed()).isCloseTo(100.0, within(0.01));
    }

    @Test
    void aConversionAcrossARateClauseIsJudgedOnTheConvertedFigure() {
        AuditReport r = AuditTestDocsAccess.audit("zh.txt", ZH);
        Claim usd = AuditTestDocsAccess.at(r, ZH, "另一平台", "4 亿美元");
        assertThat(usd.verdict()).isEqualTo(Verdict.REPRODUCES); // 29 ÷ 7.25 = 4
        Claim off = AuditTestDocsAccess.at(r, ZH, "约合 2.5", "2.5 亿美元");
        assertThat(off.verdict()).isEqualTo(Verdict.DISCREPANCY); // 14.5 ÷ 7.25 = 2.0, not 2.5
        assertThat(off.computed()).isCloseTo(2e8, within(1e6));
        assertThat(off.formula()).contains("USD = CNY ÷ rate");
    }

    @Test
    void aProductWrittenOutWithAResultWord() {
        AuditReport en = AuditTestDocsAccess.audit("en.txt", EN);
        assertThat(AuditTestDocsAccess.at(en, EN, "Cluster A", "24.3 EFLOPS").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim b = AuditTestDocsAccess.at(en, EN, "Cluster B", "32.8 EFLOPS");
        assertThat(b.verdict()).isEqualTo(Verdict.DISCREPANCY); // 16,384 × 2,250 TFLOPS = 36.9 EFLOPS
        assertThat(b.computed()).isCloseTo(3.6864e19, within(1e16));
    }

    @Test
    void englishCompoundAdjectivesCarryTheirMagnitudeAndUnit() {
        AuditReport en = AuditTestDocsAccess.audit("en.txt", EN);
        Claim params = AuditTestDocsAccess.at(en, EN, "The lab also", "34-billion-parameter");
        assertThat(params.stated()).isEqualTo(34e9);
        Claim c = AuditTestDocsAccess.at(en, EN, "The lab also", "4.8 x 10^24");
        assertThat(c.verdict()).isEqualTo(Verdict.DISCREPANCY); // 6 × 34e9 × 20e12 = 4.08e24
        assertThat(c.computed()).isCloseTo(4.08e24, within(1e21));
    }

    @Test
    void aYearsEnergyFromThePowerOfTheSiteItNames() {
        AuditReport en = AuditTestDocsAccess.audit("en.txt", EN);
        assertThat(AuditTestDocsAccess.at(en, EN, "Cluster A would", "333 GWh").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim b = AuditTestDocsAccess.at(en, EN, "Cluster B would", "410 GWh");
        assertThat(b.verdict()).isEqualTo(Verdict.DISCREPANCY); // 52 MW × 8,760 h = 455.5 GWh
        assertThat(b.computed()).isCloseTo(4.5552e11, within(1e8));
        // IT load and facility power both printed: the year's electricity is the facility's (its PUE included)
        String zh = "二期采用液冷，PUE降至1.2，IT负载约42兆瓦，设施总功率约50.4兆瓦，全年满负荷运行的年用电量约3.68亿千瓦时。";
        Claim phase = AuditTestDocsAccess.at(AuditTestDocsAccess.audit("zh.txt", zh), zh, "年用电量", "3.68亿千瓦时");
        assertThat(phase.verdict()).isEqualTo(Verdict.DISCREPANCY); // 50.4 MW × 8,760 h = 4.415 亿 kWh
        assertThat(phase.computed()).isCloseTo(4.415e11, within(1e9));
        // and the bill: the year's electricity × the tariff
        String bill = "一期年用电量约1.97亿千瓦时。当地大工业电价约为0.45元/千瓦时，一期年电费约0.98亿元。";
        Claim cost = AuditTestDocsAccess.at(AuditTestDocsAccess.audit("bill.txt", bill), bill, "年电费", "0.98亿元");
        assertThat(cost.verdict()).isEqualTo(Verdict.DISCREPANCY); // 1.97 亿 kWh × 0.45 = 0.887 亿元
        assertThat(cost.computed()).isCloseTo(8.865e7, within(1e5));
    }

    @Test
    void aConversionOfAnAmountPrintedEarlier() {
        String text = "据我们测算，2024年中国AI服务器市场规模达到1,100亿元，2021年仅为350亿元。\n\n"
                + "若以美元计价，按1美元兑7.2元人民币的汇率换算，2024年国内AI服务器市场规模约合1,528亿美元。\n";
        Claim c = AuditTestDocsAccess.at(AuditTestDocsAccess.audit("fx.txt", text), text, "约合", "1,528亿美元");
        assertThat(c.verdict()).isEqualTo(Verdict.DISCREPANCY); // 1,100 亿元 ÷ 7.2 = 152.8 亿美元: a power of ten slipped
        assertThat(c.computed()).isCloseTo(1.528e10, within(1e8));
        assertThat(c.inputs()).extracting(i -> i.text()).contains("1,100亿元");
    }

    @Test
    void trainingDaysWithTheComputeOfThePreviousSentence() {
        String text = "A typical ablation trains a 7-billion-parameter model on 2 trillion tokens, about 8.4 x 10^22 FLOPs. "
                + "On a 512-GPU H100 partition at 40% MFU, such a run takes about 3.5 days.\n";
        Claim c = AuditTestDocsAccess.at(AuditTestDocsAccess.audit("ablation.txt", text), text, "such a run", "3.5 days");
        assertThat(c.verdict()).isEqualTo(Verdict.DISCREPANCY); // 8.4e22 ÷ (512 × 989e12 × 0.40) ÷ 86,400 = 4.8 days
        assertThat(c.computed()).isCloseTo(4.8, within(0.05));
        assertThat(c.kind()).isEqualTo(ClaimKind.TRAINING_TIME);
    }

    @Test
    void englishConversionsAtAStatedRate() {
        AuditReport en = AuditTestDocsAccess.audit("en.txt", EN);
        assertThat(AuditTestDocsAccess.at(en, EN, "works out to", "15.95 yuan").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim s = AuditTestDocsAccess.at(en, EN, "equivalent to", "28.0 yuan");
        assertThat(s.verdict()).isEqualTo(Verdict.DISCREPANCY); // 4.50 × 7.25 = 32.6
        assertThat(s.computed()).isCloseTo(32.625, within(0.01));
    }
}
