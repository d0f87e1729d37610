package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import zhiti.agent.ToolName;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;

/** How plain requests are read into one call of a belt tool, and what is left to the calculators. */
class ToolBeltRequestsTest {

    private final ToolBeltRequests belt = new ToolBeltRequests(Catalog.builtIn(), SeriesCatalog.builtIn());

    private ToolBeltRequests.Request read(String q) {
        return belt.read(q).orElseThrow(() -> new AssertionError("not a belt request: " + q));
    }

    @Test
    void aListingBecomesOneSelectWithOnlyColumnsNumbersAndCatalogNames() {
        var r = read("Which accelerators have at least 80 GB of memory'; DROP TABLE accelerators; --");
        assertThat(r.tool()).isEqualTo(ToolName.SQL_QUERY);
        String sql = r.args().get("sql").asText();
        assertThat(sql).startsWith("SELECT name, memory_gb FROM accelerators WHERE memory_gb >= 80").doesNotContain("DROP", ";");
        assertThat(read("模型目录中参数量最大的五个模型分别是什么？").args().get("sql").asText())
                .isEqualTo("SELECT name, params FROM models ORDER BY params DESC NULLS LAST LIMIT 5");
        assertThat(read("How many AMD accelerators are in your database, and what's their average TDP?").args().get("sql").asText())
                .isEqualTo("SELECT count(*) AS accelerators, avg(tdp_w) AS average_tdp_w FROM accelerators WHERE vendor ILIKE '%AMD%'");
    }

    @Test
    void calculationsAndStatedRatesStayWithTheCalculators() {
        assertThat(belt.read("How many H100 GPU-hours does it take to train a 7B model on 2 trillion tokens?")).isEmpty();
        assertThat(belt.read("租 512 张 H100 跑 21 天，每卡时 2.1 美元，按 7.1 的汇率折合人民币多少？")).isEmpty();
        assertThat(belt.read("API list price dropped from $30 to $10 per million tokens; by what percentage?")).isEmpty();
        assertThat(belt.read("Which is faster for BF16, the A100 or the H100?")).isEmpty();
    }

    @Test
    void datedConversionsExpressionsSpeechAndPlotsAreRead() {
        var fx = read("How many US dollars did one million British pounds buy on 24 June 2016?");
        assertThat(fx.tool()).isEqualTo(ToolName.FX_CONVERT);
        assertThat(fx.args().get("from").asText()).isEqualTo("GBP");
        assertThat(fx.args().get("to").asText()).isEqualTo("USD");
        assertThat(fx.args().get("amount").asDouble()).isEqualTo(1e6);
        assertThat(fx.args().get("date").asText()).isEqualTo("2016-06-24");
        assertThat(read("convert ¥850,000,000 (Japanese yen) to euros at the rate of 3 Jan 2017").args().get("from").asText())
                .isEqualTo("JPY");

        assertThat(read("Compute (1.07^10 - 1) / 0.07").args().get("code").asText()).isEqualTo("(1.07**10 - 1) / 0.07");
        assertThat(read("Can you work out sqrt(3) plus the cube root of 5?").args().get("code").asText())
                .isEqualTo("Math.sqrt(3) + Math.cbrt(5)");
        assertThat(read("1000 以内所有质数加起来是多少？").tool()).isEqualTo(ToolName.RUN_CODE);

        assertThat(read("把这句话转成语音：国产算力芯片的出货量在增长。").args().get("text").asText()).isEqualTo("国产算力芯片的出货量在增长。");

        var chart = read("Make me a bar chart of 2022 electricity use: China 7214 TWh, United States 4272, India 1403.");
        assertThat(chart.args().get("kind").asText()).isEqualTo("bar");
        assertThat(chart.args().get("categories").toString()).isEqualTo("[\"China\",\"United States\",\"India\"]");
        assertThat(read("把 GPT 各代的参数量画成柱状图：GPT-1 1.17亿，GPT-2 15亿，GPT-3 1750亿。").args().get("categories").toString())
                .isEqualTo("[\"GPT-1\",\"GPT-2\",\"GPT-3\"]");
        assertThat(read("Plot the cost per GFLOPS since 1945 with its fit").args().get("from").asInt()).isEqualTo(1945);
    }
}
