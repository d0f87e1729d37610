package zhiti.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zhiti audit: the JSON contract, the terminal summary with flags first, the html page, and bad input. */
class AuditCommandTest {

    private static final String REPORT = """
            # 服务器市场点评
            2020 年国内 AI 服务器市场规模为 120 亿元，2025 年达到 400 亿元，2020-2025 年复合增长率为 22.2%。
            2024 年出货 30 万台，2025 年出货 36 万台，同比增长 20%。
            """;

    @Test
    void jsonHasOneClaimPerNumberWithSpansIntoTheText(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.md"), REPORT);
        CliRun r = CliRun.run("audit", f.toString(), "--json");
        assertThat(r.exit()).isZero();
        JsonNode root = r.json();
        assertThat(root.get("summary").get("discrepancy").asInt()).isEqualTo(1);
        for (JsonNode c : root.get("claims")) {
            assertThat(c.fieldNames()).toIterable().contains("doc", "start", "end", "text", "verdict", "stated", "computed",
                    "formula", "inputs", "sources", "explanation");
            assertThat(REPORT.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
        }
        JsonNode cagr = null;
        for (JsonNode c : root.get("claims")) if (c.get("text").asText().equals("22.2%")) cagr = c;
        assertThat(cagr.get("verdict").asText()).isEqualTo("discrepancy"); // (400/120)^(1/5) − 1 = 27.3%
        assertThat(cagr.get("computed").asDouble()).isBetween(27.2, 27.3);
        assertThat(cagr.get("inputs").get(0).get("text").asText()).isEqualTo("120 亿元");
    }

    @Test
    void summaryPutsFlagsFirstAndHtmlIsWritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.md"), REPORT);
        Path html = dir.resolve("out.html");
        CliRun r = CliRun.run("audit", dir.toString(), "--html", html.toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("discrepancy 1").contains("Flagged:");
        assertThat(r.out().indexOf("[discrepancy]")).isLessThan(r.out().indexOf("[reproduces]") < 0 ? Integer.MAX_VALUE : r.out().indexOf("[reproduces]"));
        assertThat(Files.readString(html)).contains("<mark").contains("22.2%");
    }

    @Test
    void badInputSaysWhatToGiveAndExitsTwo(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.run("audit", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Path docx = Files.writeString(dir.resolve("a.docx"), "x");
        CliRun wrong = CliRun.run("audit", docx.toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains(".txt, .md, .html or .pdf");
    }
}
