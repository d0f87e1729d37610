package zhiti.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.audit.AuditDocument;
import zhiti.audit.Auditor;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Verdict;

/** Derived table cells recomputed from the cells beside them, in txt (tabs), md (pipes) and html tables. */
class TableCheckTest {

    private static List<Claim> audit(AuditDocument d) {
        return new Auditor(List.of(new TableCheck())).audit(List.of(d)).claims().stream()
                .filter(c -> c.kind() == ClaimKind.TABLE && c.verdict() != zhiti.audit.Verdict.UNCHECKED).toList(); // unchecked table cells are listed too
    }

    private static AuditDocument doc(String name, String text) throws Exception {
        return AuditDocument.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The claim on the n-th occurrence (0-based) of a printed figure. */
    private static Claim at(AuditDocument d, List<Claim> claims, String printed, int occurrence) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) from = d.text().indexOf(printed, from + 1);
        int start = from;
        assertThat(start).as("'%s' printed", printed).isGreaterThanOrEqualTo(0);
        return claims.stream().filter(c -> c.start() >= start && c.start() < start + printed.length()).findFirst()
                .orElseThrow(() -> new AssertionError("no table claim on '" + printed + "' #" + occurrence + " in " + claims));
    }

    private static void reproduces(AuditDocument d, List<Claim> cs, String printed, int occurrence) {
        assertThat(at(d, cs, printed, occurrence).verdict()).as(printed).isEqualTo(Verdict.REPRODUCES);
    }

    private static Claim wrong(AuditDocument d, List<Claim> cs, String printed, int occurrence, double correct) {
        Claim c = at(d, cs, printed, occurrence);
        assertThat(c.verdict()).as(printed + ": " + c.explanation()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(c.computed()).isCloseTo(correct, within(Math.abs(correct) * 0.002 + 1e-9));
        return c;
    }

    static final String REGIONS = """
            下表按地区汇总了今年的算力租赁市场。

            表 1：各地区算力租赁市场

            地区\t市场规模（亿元）\t占比\t服务器（台）\t每台产值（万元）
            华东\t420\t42.0%\t12,000\t350
            华南\t260\t26.0%\t8,000\t352
            华北\t180\t18.0%\t6,000\t300
            西部\t140\t15.5%\t5,000\t280
            合计\t1,000\t100.0%\t31,000\t322.6

            资料来源：作者整理
            """;

    @Test
    void aTabTableGetsItsSharesPerUnitColumnAndTotalsChecked() throws Exception {
        AuditDocument d = doc("regions.txt", REGIONS);
        List<Claim> cs = audit(d);
        // shares of the stated total: 140 ÷ 1,000 is 14.0%, not 15.5%
        Claim share = wrong(d, cs, "15.5%", 0, 14.0);
        assertThat(share.inputs()).extracting(i -> d.text().substring(i.start(), i.end())).containsExactly("140", "1,000");
        reproduces(d, cs, "42.0%", 0);
        reproduces(d, cs, "18.0%", 0);
        // 每台产值 = 市场规模 ÷ 服务器 × 10^4 holds in four of five rows; 华南 prints 352 for 260 ÷ 8,000 × 10^4 = 325
        Claim unit = wrong(d, cs, "352", 0, 325);
        assertThat(unit.formula()).contains("÷").contains("× 10,000");
        reproduces(d, cs, "350", 0);
        reproduces(d, cs, "322.6", 0);
        // the total row adds up
        reproduces(d, cs, "1,000", 0);
        reproduces(d, cs, "31,000", 0);
    }

    static final String CLOUD = """
            # 收入结构

            表 2：分业务收入

            | 年份 | 云业务（亿美元） | 云业务同比 | 广告（亿美元） | 合计（亿美元） |
            |---|---:|---:|---:|---:|
            | 2020 | 50.0 | - | 150.0 | 200.0 |
            | 2021 | 60.0 | 20.0% | 160.0 | 220.0 |
            | 2022 | 75.0 | 25.0% | 167.0 | 242.0 |
            | 2023 | 90.0 | 25.0% | 180.0 | 280.0 |
            | 2024 | 99.0 | 10.0% | 201.0 | 300.0 |
            | CAGR 2020-2024 | 18.6% | | 10.2% | 10.7% |
            """;

    @Test
    void aPipeTableGetsItsGrowthTotalColumnAndCagrRowChecked() throws Exception {
        AuditDocument d = doc("cloud.md", CLOUD);
        List<Claim> cs = audit(d);
        // growth against the row a year earlier: 90 ÷ 75 − 1 = 20%, printed 25%
        Claim g = wrong(d, cs, "25.0%", 1, 20.0);
        assertThat(g.inputs()).extracting(i -> d.text().substring(i.start(), i.end())).containsExactly("75.0", "90.0");
        reproduces(d, cs, "20.0%", 0);
        reproduces(d, cs, "25.0%", 0);
        reproduces(d, cs, "10.0%", 0);
        // the total column: 90 + 180 = 270, printed 280
        wrong(d, cs, "280.0", 0, 270);
        reproduces(d, cs, "242.0", 0);
        reproduces(d, cs, "300.0", 0);
        // CAGR row over 2020–2024 (4 years): 18.6% and 10.7% follow; 10.2% for 广告 would need 3 periods
        reproduces(d, cs, "18.6%", 0);
        reproduces(d, cs, "10.7%", 0);
        Claim cagr = wrong(d, cs, "10.2%", 0, 7.59);
        assertThat(cagr.explanation()).contains("n = 3 periods");
    }

    static final String VENDORS = """
            <html><body>
            <p>主要厂商的收入如下。</p>
            <table>
            <caption>表 3：主要厂商收入（亿元）</caption>
            <tr><th>厂商</th><th>2022</th><th>2023</th><th>2024</th><th>2024 同比</th><th>CAGR</th></tr>
            <tr><td>甲公司</td><td>100</td><td>120</td><td>150</td><td>25.0%</td><td>22.5%</td></tr>
            <tr><td>乙公司</td><td>80</td><td>90</td><td>99</td><td>10.0%</td><td>11.2%</td></tr>
            <tr><td>丙公司</td><td>40</td><td>50</td><td>70</td><td>30.0%</td><td>32.3%</td></tr>
            <tr><td>丁公司</td><td>60</td><td>66</td><td>72</td><td>9.1%</td><td>20.0%</td></tr>
            <tr><td>合计</td><td>280</td><td>336</td><td>391</td><td>16.4%</td><td>18.2%</td></tr>
            </table>
            <p>出货量逐年上升。</p>
            <table>
            <tr><th>指标</th><th>2021</th><th>2022</th><th>2023</th></tr>
            <tr><td>出货量（万台）</td><td>120</td><td>150</td><td>195</td></tr>
            <tr><td>增速</td><td></td><td>25.0%</td><td>35.0%</td></tr>
            </table>
            </body></html>
            """;

    @Test
    void anHtmlTableGetsYearColumnsGrowthCagrTotalsAndAGrowthRowChecked() throws Exception {
        AuditDocument d = doc("vendors.html", VENDORS);
        List<Claim> cs = audit(d);
        // year-on-year against the 2023 column: 70 ÷ 50 − 1 = 40%
        wrong(d, cs, "30.0%", 0, 40.0);
        reproduces(d, cs, "25.0%", 0);
        reproduces(d, cs, "10.0%", 0);
        reproduces(d, cs, "9.1%", 0);
        // CAGR 2022–2024: (72 ÷ 60)^(1/2) − 1 = 9.54%; the printed 20.0% is the growth over the whole span
        Claim cagr = wrong(d, cs, "20.0%", 0, 9.54);
        assertThat(cagr.explanation()).contains("total growth over the 2 years");
        reproduces(d, cs, "22.5%", 0);
        reproduces(d, cs, "32.3%", 0);
        // totals: 120 + 90 + 50 + 66 = 326, printed 336; the total's own growth rests on the printed cells
        wrong(d, cs, "336", 0, 326);
        reproduces(d, cs, "280", 0);
        reproduces(d, cs, "391", 0);
        reproduces(d, cs, "16.4%", 0);
        reproduces(d, cs, "18.2%", 0);
        // a growth row under its values: 195 ÷ 150 − 1 = 30%
        wrong(d, cs, "35.0%", 0, 30.0);
        reproduces(d, cs, "25.0%", 1);
    }

    @Test
    void aCagrThatCountsPrintedRowsInsteadOfYearsIsExplained() throws Exception {
        String text = """
                年份\t装机量（GW）\t年复合增速
                2018\t10.0\t
                2020\t14.0\t
                2022\t20.0\t
                2024\t27.0\t39.3%
                """;
        AuditDocument d = doc("capacity.txt", text);
        List<Claim> cs = audit(d);
        // (27 ÷ 10)^(1/6) − 1 = 18.0% over 2018–2024; (27 ÷ 10)^(1/3) − 1 = 39.3% counts the three printed steps
        Claim c = wrong(d, cs, "39.3%", 0, 18.003);
        assertThat(c.explanation()).contains("n = 3").contains("printed steps");
    }

    @Test
    void aCagrOverAShorterSpanThanTheTableReproducesWithANote() throws Exception {
        String text = """
                | 细分市场 | 2022 | 2023 | 2024E | 2025E | CAGR |
                |---|---|---|---|---|---|
                | 训练 | 100 | 150 | 195 | 253.5 | 30.0% |
                | 推理 | 50 | 80 | 120 | 180 | 53.2% |
                """;
        AuditDocument d = doc("segments.md", text);
        List<Claim> cs = audit(d);
        // 训练: (253.5 ÷ 150)^(1/2) − 1 = 30.0% over 2023–2025 only; 2022–2025 would give 36.3%
        Claim c = at(d, cs, "30.0%", 0);
        assertThat(c.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(c.explanation()).contains("does not name");
        // 推理: (180 ÷ 50)^(1/3) − 1 = 53.26% over the whole span
        reproduces(d, cs, "53.2%", 0);
    }

    @Test
    void aDeclineColumnPrintedInBracketsIsNegative() throws Exception {
        String text = """
                年份\t单价（美元）\t同比降幅
                2021\t8.00\t
                2022\t6.00\t(25.0%)
                2023\t4.50\t(25.0%)
                2024\t3.00\t(40.0%)
                """;
        AuditDocument d = doc("price.txt", text);
        List<Claim> cs = audit(d);
        reproduces(d, cs, "25.0%", 0);
        reproduces(d, cs, "25.0%", 1);
        // 3.00 ÷ 4.50 − 1 = −33.3%
        wrong(d, cs, "40.0%", 0, -33.33);
    }

    @Test
    void aTableWithoutDerivedColumnsYieldsNoClaims() throws Exception {
        String text = """
                表 4：几款加速卡的规格

                型号\t显存（GB）\t功耗（W）\t发布年份
                甲-1\t80\t700\t2022
                乙-2\t96\t400\t2023
                丙-3\t48\t350\t2021
                丁-4\t24\t72\t2020
                """;
        assertThat(audit(doc("specs.txt", text))).isEmpty();
    }

    @Test
    void tablesWhosePartsOrBasesAreNotAllShownRaiseNoFlags() throws Exception {
        String text = """
                表 5：前三名厂商的份额（其余厂商未列出）

                厂商\t出货量（万片）\t份额
                甲\t300\t50.0%
                乙\t120\t20.0%
                丙\t60\t12.0%

                表 6：各公司收入与同比（上年数据未列出）

                公司\t收入（亿元）\t同比
                甲\t120\t15.0%
                乙\t80\t-3.0%
                丙\t60\t8.0%

                表 7：季度营收（增速为同比，上年季度未列出）

                季度\t营收（亿元）\t增速
                2024Q1\t100\t20.0%
                2024Q2\t110\t18.0%
                2024Q3\t120\t15.0%
                2024Q4\t130\t12.0%

                表 8：利润率不相加

                公司\t收入（亿元）\tEBIT %
                甲\t100\t12.0%
                乙\t50\t8.0%
                合计\t150\t10.7%
                """;
        AuditDocument d = doc("traps.txt", text);
        List<Claim> cs = audit(d);
        assertThat(cs).noneMatch(c -> c.verdict().flagged());
        // the one thing these tables do let us check: 100 + 50 = 150
        assertThat(cs).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("150"));
    }
}
