package zhiti.audit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.audit.AuditDocument;

/** Tables found in document text, with exact cell spans, the numbers in each cell, header rows and caption. */
class TablesTest {

    @Test
    void aTabTableKeepsCaptionHeaderSpansAndSignedNumbers() {
        String text = """
                正文一段。

                图表 3：单位算力成本（美元）

                时期\t名义成本\t实际成本
                \t当年价\t2022 年价
                1950 年\t3E+14\t2.5E+15
                1999 年 6 月\t$0.03\t(1.20)
                2020 年\t1.3 万亿美元\t120,000
                """;
        List<Table> tables = Tables.find(text);
        assertThat(tables).hasSize(1);
        Table t = tables.get(0);
        assertThat(t.caption()).isEqualTo("图表 3：单位算力成本（美元）");
        assertThat(t.header()).hasSize(2); // the second header row names a year but holds no value
        assertThat(t.column(2)).isEqualTo("实际成本 2022 年价");
        assertThat(t.rows()).hasSize(3);

        Table.Row r0 = t.rows().get(0);
        assertThat(r0.cell(0).period()).isEqualTo(new TablePeriod(1950, 1, 1));
        assertThat(r0.number(1).value()).isEqualTo(3e14);
        assertThat(r0.number(2).value()).isEqualTo(2.5e15);
        for (Table.Cell c : r0.cells()) assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());

        Table.Row r1 = t.rows().get(1);
        assertThat(r1.cell(0).period()).isEqualTo(new TablePeriod(1999, 6, 12));
        Num price = r1.number(1);
        assertThat(price.value()).isCloseTo(0.03, within(1e-12));
        assertThat(price.currency()).isEqualTo("USD");
        assertThat(text.substring(price.start(), price.end())).isEqualTo("$0.03");
        assertThat(r1.number(2).value()).isEqualTo(-1.2); // brackets print a negative
        assertThat(text.substring(r1.cell(2).start(), r1.cell(2).end())).isEqualTo("(1.20)");

        Table.Row r2 = t.rows().get(2);
        assertThat(r2.number(1).value()).isEqualTo(1.3e12);
        assertThat(r2.number(2).value()).isEqualTo(120_000);
        assertThat(r2.label()).isEmpty();
        assertThat(r2.name()).isEqualTo("2020 年");
    }

    @Test
    void aPipeTableSplitsOnUnescapedBarsAndDropsTheSeparator() {
        String text = """
                | 型号 | 峰值算力 | 同比 |
                | :--- | ---: | ---: |
                | A\\|B | 1979 | -0.20% |
                | C | 312 | 35.2% |
                """;
        Table t = Tables.find(text).get(0);
        assertThat(t.header()).hasSize(1);
        assertThat(t.column(2)).isEqualTo("同比");
        assertThat(t.rows()).hasSize(2);
        Table.Row r = t.rows().get(0);
        assertThat(r.cell(0).text()).isEqualTo("A\\|B");
        // a value that looks like a year is still a number; its column decides what it is
        assertThat(r.number(1).value()).isEqualTo(1979);
        assertThat(r.number(1).unit()).isEqualTo(Unit.PLAIN);
        assertThat(r.number(2).value()).isEqualTo(-0.2);
        assertThat(text.substring(r.cell(2).start(), r.cell(2).end())).isEqualTo("-0.20%");
    }

    @Test
    void anHtmlTableBecomesOneTableWithOffsetsIntoTheAuditText() throws Exception {
        String html = "<html><body><p>前言。</p><table>\n<caption>表 2：收入</caption>\n"
                + "<tr><th>年份</th><th>收入（亿元）</th></tr>\n<tr><td>2023</td><td>1,089.4</td></tr>\n"
                + "<tr><td>2024</td><td>1,200.0</td></tr>\n</table></body></html>";
        AuditDocument d = AuditDocument.of("x.html", html.getBytes(StandardCharsets.UTF_8));
        List<Table> tables = Tables.find(d.text());
        assertThat(tables).hasSize(1);
        Table t = tables.get(0);
        assertThat(t.caption()).isEqualTo("表 2：收入");
        assertThat(t.rows()).hasSize(2);
        Num n = t.rows().get(0).number(1);
        assertThat(d.text().substring(n.start(), n.end())).isEqualTo("1,089.4");
        assertThat(TableLayout.of(t).timeOrdered()).isTrue();
    }

    @Test
    void periodsOfSeveralSizes() {
        assertThat(TablePeriod.parse("2024E")).isEqualTo(new TablePeriod(2024, 1, 1));
        assertThat(TablePeriod.parse("FY2023")).isEqualTo(new TablePeriod(2023, 1, 1));
        assertThat(TablePeriod.parse("2023Q3")).isEqualTo(new TablePeriod(2023, 3, 4));
        assertThat(TablePeriod.parse("1Q24")).isEqualTo(new TablePeriod(2024, 1, 4));
        assertThat(TablePeriod.parse("2023 年第二季度")).isEqualTo(new TablePeriod(2023, 2, 4));
        assertThat(TablePeriod.parse("2013/06/02")).isEqualTo(new TablePeriod(2013, 6, 12));
        assertThat(TablePeriod.parse("2021.3")).isNull(); // a value, not March 2021
        assertThat(TablePeriod.parse("1945 年以来")).isNull();
    }
}
