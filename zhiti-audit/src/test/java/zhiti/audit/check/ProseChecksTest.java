package zhiti.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import zhiti.audit.AuditReport;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Verdict;
import zhiti.audit.AuditTestDocsAccess;

/** The prose checks on documents written for the test: planted errors are flagged, correct figures reproduce. */
class ProseChecksTest {

    private static final String ZH = """
            一、市场规模
            2020 年国内智算服务器市场规模为 200 亿元，2025 年预计增长至 560 亿元，2020-2025 年 CAGR 为 18.7%。
            另一家机构给出的口径是 2019 年 120 亿元、2024 年 300 亿元，2019-2024 年复合增长率为 16.5%。
            2022 年训练芯片出货 80 万颗，2023 年出货 100 万颗，同比增长 25%。
            2023 年推理卡市场达到 42 亿美元，同比增长 40%，2022 年该市场为 35 亿美元。
            公有云收入 2024 年达到 66 亿元，同比增加 11 亿元，同比增长 20%。
            某模型厂商的调用量从 5 亿次增长到 40 亿次，增长了 8 倍。
            推理单价下降 75%（0.25 倍），训练集群扩大 20%（1.2 倍）。
            过去 10 年单卡算力增长了 1000 倍，相当于每年增长约 2 倍。
            数字经济增速 9.6%，高于 GDP 增速 5.2% 4.4 个百分点；软件业增速 12.1%，高于制造业增速 6.1% 7 个百分点。
            """;

    private static final String EN = """
            Cloud GPU revenue grew from $12 billion to $15.6 billion, an increase of 30%.
            The three largest vendors earned $4.1 billion, $2.9 billion and $1.5 billion respectively, a total of $8.5 billion.
            Their market shares were respectively 45%, 38% and 27%.
            The campus draws 120 MW (120,000 kW) at full load, and its backup array stores 3 GWh (300 MWh).
            GPT-3 has 175 billion parameters. Elsewhere the text says GPT-3 has 13 billion parameters.
            """;

    @Test
    void cagrAgainstTheEndpointsAndThePeriodCount() {
        AuditReport r = AuditTestDocsAccess.audit("zh.txt", ZH);
        Claim right = AuditTestDocsAccess.at(r, ZH, "2020-2025 年 CAGR", "18.7%");
        assertThat(right.verdict()).isEqualTo(Verdict.DISCREPANCY); // (560/200)^(1/5) − 1 = 22.9%
        assertThat(right.computed()).isCloseTo(22.87, within(0.01));
        Claim off = AuditTestDocsAccess.at(r, ZH, "2019-2024 年复合增长率", "16.5%");
        assertThat(off.verdict()).isEqualTo(Verdict.DISCREPANCY); // 5 periods: 20.1%; 6 periods: 16.5%
        assertThat(off.explanation()).contains("6 periods");
        assertThat(off.inputs()).extracting(i -> i.text()).contains("120 亿元", "300 亿元");
    }

    @Test
    void growthFromTheYearBeforeOrAPrintedIncrease() {
        AuditReport r = AuditTestDocsAccess.audit("zh.txt", ZH);
        assertThat(AuditTestDocsAccess.at(r, ZH, "同比增长 25%", "25%").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim card = AuditTestDocsAccess.at(r, ZH, "推理卡市场", "40%");
        assertThat(card.verdict()).isEqualTo(Verdict.DISCREPANCY); // 42 / 35 − 1 = 20%
        assertThat(card.computed()).isCloseTo(20.0, within(0.01));
        assertThat(AuditTestDocsAccess.at(r, ZH, "同比增加 11 亿元", "20%").verdict()).isEqualTo(Verdict.REPRODUCES); // 66/55 − 1
        Claim en = AuditTestDocsAccess.at(AuditTestDocsAccess.audit("en.txt", EN), EN, "an increase of", "30%");
        assertThat(en.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(en.kind()).isEqualTo(ClaimKind.GROWTH);
    }

    @Test
    void multiplesReadEitherWayButNotAnyWay() {
        AuditReport r = AuditTestDocsAccess.audit("zh.txt", ZH);
        assertThat(AuditTestDocsAccess.at(r, ZH, "增长了 8 倍", "8 倍").verdict()).isEqualTo(Verdict.REPRODUCES); // ×8
        Claim annual = AuditTestDocsAccess.at(r, ZH, "相当于每年增长约", "2 倍");
        assertThat(annual.verdict()).isEqualTo(Verdict.REPRODUCES); // 1000^(1/10) = 2.0×
        assertThat(AuditTestDocsAccess.at(r, ZH, "下降 75%", "0.25 倍").verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(AuditTestDocsAccess.at(r, ZH, "扩大 20%", "1.2 倍").verdict()).isEqualTo(Verdict.REPRODUCES);
    }

    @Test
    void percentagePointGaps() {
        AuditReport r = AuditTestDocsAccess.audit("zh.txt", ZH);
        assertThat(AuditTestDocsAccess.at(r, ZH, "4.4 个百分点", "4.4").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim wrong = AuditTestDocsAccess.at(r, ZH, "7 个百分点", "7 个");
        assertThat(wrong.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(wrong.computed()).isCloseTo(6.0, within(1e-9));
    }

    @Test
    void totalsSharesAndTwoFormsOfOneAmount() {
        AuditReport r = AuditTestDocsAccess.audit("en.txt", EN);
        Claim total = AuditTestDocsAccess.at(r, EN, "a total of", "$8.5 billion");
        assertThat(total.verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim shares = AuditTestDocsAccess.at(r, EN, "38% and", "27%");
        assertThat(shares.verdict()).isEqualTo(Verdict.DISCREPANCY); // 110% of one whole
        assertThat(shares.kind()).isEqualTo(ClaimKind.SHARE_SUM);
        assertThat(AuditTestDocsAccess.at(r, EN, "(120,000 kW)", "120,000 kW").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim slip = AuditTestDocsAccess.at(r, EN, "(300 MWh)", "300 MWh");
        assertThat(slip.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(slip.explanation()).contains("power of ten");
    }

    @Test
    void oneModelTwoParameterCounts() {
        AuditReport r = AuditTestDocsAccess.audit("en.txt", EN);
        Claim a = AuditTestDocsAccess.at(r, EN, "GPT-3 has 175", "175 billion");
        Claim b = AuditTestDocsAccess.at(r, EN, "GPT-3 has 13", "13 billion");
        assertThat(a.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(b.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(b.other().num().text()).startsWith("175 billion");
    }

    @Test
    void oneMeasuredFactTwoValuesAcrossDocuments() throws Exception {
        String a = "2023 年全球 AI 服务器市场规模达到 211 亿美元，其中训练服务器占大头。\n";
        String b = "回顾历史，2023 年全球 AI 服务器市场规模为 195 亿美元。2024 年全球 AI 服务器市场规模预计为 300 亿美元。\n";
        AuditReport r = new zhiti.audit.Auditor().audit(java.util.List.of(
                zhiti.audit.AuditDocument.of("a.txt", a.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                zhiti.audit.AuditDocument.of("b.txt", b.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        Claim first = r.of("a.txt").stream().filter(c -> c.text().startsWith("211")).findFirst().orElseThrow();
        assertThat(first.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(first.other().doc()).isEqualTo("b.txt");
        assertThat(first.other().num().text()).startsWith("195");
        Claim forecast = r.of("b.txt").stream().filter(c -> c.text().startsWith("300")).findFirst().orElseThrow();
        assertThat(forecast.verdict()).isEqualTo(Verdict.UNCHECKED);
    }

    @Test
    void aReleaseDatedTwoWaysIsInconsistentButTwoGenerationsInOneTableAreNot() {
        String doc = """
                2021 年 6 月发布的 Orca-7，在当年引起关注。Nimbus 模型于 2019 年 3 月由某实验室在论文中提出。
                表3: 芯片架构
                架构名称\t发布时间\t制程
                Falcon\t2016 年\t16nm
                Falcon\t2018 年\t12nm
                版本\t发布时间\t参数数量
                Orca-7\t2021 年 9 月\t70 亿
                年份\t重大事件
                2019年\t某公司发布 Nimbus, 另一家公司成立
                2016 年的 Falcon 首次引入新的张量单元。
                """;
        AuditReport r = AuditTestDocsAccess.audit("t.txt", doc);
        Claim prose = AuditTestDocsAccess.at(r, doc, "2021 年 6 月发布的", "2021");
        assertThat(prose.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(prose.explanation()).contains("Orca-7", "2021-06", "2021-09");
        assertThat(r.flagged()).noneMatch(c -> c.explanation().contains("Falcon") || c.explanation().contains("Nimbus"));
    }

    @Test
    void aModelOutsideTheCatalogGivenTwoParameterCounts() {
        String doc = "假设一：Zephyrus 模型参数为 30B，训练数据为 2 万亿 token。\n此前的报道称 Zephyrus 参数量约为 30 亿。\n";
        AuditReport r = AuditTestDocsAccess.audit("p.txt", doc);
        assertThat(AuditTestDocsAccess.at(r, doc, "参数为", "30B").verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(AuditTestDocsAccess.at(r, doc, "约为", "30 亿").verdict()).isEqualTo(Verdict.INCONSISTENT);
    }

    @Test
    void oneChangeOverOneSpanToldTwiceWithTwoValues() {
        String doc = "回顾过去，在 12 年的时间里，全网存储容量增长了 500 倍。\n正文测算显示，12 年全网存储容量增长了 800 倍，令人惊讶。\n";
        AuditReport r = AuditTestDocsAccess.audit("s.txt", doc);
        Claim a = AuditTestDocsAccess.at(r, doc, "回顾过去", "500 倍");
        assertThat(a.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(a.other().num().text()).isEqualTo("800 倍");
    }

    @Test
    void aFigureInTheTextAgainstTheSameCellOfATable() {
        String doc = """
                2024年，三家厂商的研发投入继续增长。其中甲公司全年研发投入达到 96 亿美元，乙公司研发投入为 40 亿美元。
                丙公司研发投入占其营收（300 亿美元）的 12%。
                表2：三家厂商研发投入（亿美元）
                公司\t2023年\t2024年
                甲公司\t70\t90
                乙公司\t35\t40
                丙公司\t30\t36
                """;
        AuditReport r = AuditTestDocsAccess.audit("rd.txt", doc);
        Claim a = AuditTestDocsAccess.at(r, doc, "甲公司全年", "96 亿美元");
        assertThat(a.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(a.explanation()).contains("甲公司 (2024)", "90 亿美元");
        assertThat(AuditTestDocsAccess.at(r, doc, "乙公司研发投入为", "40 亿美元").verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(AuditTestDocsAccess.at(r, doc, "营收（", "300 亿美元").verdict()).isEqualTo(Verdict.UNCHECKED);
    }

    @Test
    void aYearsEnergyFromOneStatedPower() {
        String doc = """
                The new hall draws 40 MW and, running at full load all year, uses 350 GWh a year.
                Its sister site draws 25 MW at a 60% load factor, which comes to about 131 GWh a year.
                A third site draws 10 MW; with cooling overheads of 30% it uses 114 GWh a year.
                """;
        AuditReport r = AuditTestDocsAccess.audit("e.txt", doc);
        Claim a = AuditTestDocsAccess.at(r, doc, "uses 350", "350 GWh");
        assertThat(a.verdict()).isEqualTo(Verdict.REPRODUCES); // 40 MW × 8,760 h = 350.4 GWh
        assertThat(AuditTestDocsAccess.at(r, doc, "about 131", "131 GWh").verdict()).isEqualTo(Verdict.REPRODUCES); // × 60%
        assertThat(AuditTestDocsAccess.at(r, doc, "uses 114", "114 GWh").verdict()).isEqualTo(Verdict.UNCHECKED); // an overhead it cannot place
        String wrong = "The campus draws 60 MW around the clock and uses 438 GWh a year.\n";
        Claim w = AuditTestDocsAccess.at(AuditTestDocsAccess.audit("w.txt", wrong), wrong, "uses", "438 GWh");
        assertThat(w.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(w.computed()).isCloseTo(525.6e9, within(1e6));
    }

    @Test
    void forecastsAndBareNumbersStayUnchecked() {
        AuditReport r = AuditTestDocsAccess.audit("zh.txt", ZH);
        assertThat(r.claims()).allSatisfy(c -> assertThat(c.text()).doesNotStartWith("2020"));
        Claim forecast = AuditTestDocsAccess.at(r, ZH, "2025 年预计", "560 亿元");
        assertThat(forecast.verdict()).isEqualTo(Verdict.UNCHECKED);
        assertThat(forecast.explanation()).contains("forecast");
    }
}
