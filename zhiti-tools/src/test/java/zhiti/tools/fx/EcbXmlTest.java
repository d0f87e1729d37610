package zhiti.tools.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zhiti.agent.ToolName;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;

/** The ECB XML reader on a small file in the ECB's layout, and the bundled history's shape. */
class EcbXmlTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
            <gesmes:subject>Reference rates</gesmes:subject>
            <Cube>
              <Cube time="2005-04-04"><Cube currency="USD" rate="1.2887"/><Cube currency="CNY" rate="10.6659"/></Cube>
              <Cube time="2005-04-01"><Cube currency="USD" rate="1.2969"/></Cube>
              <Cube time="2005-03-31"><Cube currency="USD" rate="1.2964"/></Cube>
            </Cube></gesmes:Envelope>""";

    @Test
    void readsDatesOldestFirstWithGapsAsUnpublished() throws Exception {
        EcbHistory h = EcbXml.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.firstDate()).isEqualTo(LocalDate.of(2005, 3, 31));
        assertThat(h.lastDate()).isEqualTo(LocalDate.of(2005, 4, 4));
        assertThat(h.perEur("USD", 0)).isEqualTo(1.2964);
        assertThat(h.perEur("CNY", 1)).isNaN();
        assertThat(h.perEur("CNY", 2)).isEqualTo(10.6659);
        assertThat(h.perEur("EUR", 1)).isEqualTo(1);
        assertThat(h.coverage("CNY").orElseThrow().first()).isEqualTo(LocalDate.of(2005, 4, 4));
        // Saturday 2 and Sunday 3 April fall back to Friday 1 April
        assertThat(h.date(h.onOrBefore(LocalDate.of(2005, 4, 3)))).isEqualTo(LocalDate.of(2005, 4, 1));
        assertThat(h.onOrBefore(LocalDate.of(2005, 3, 30))).isEqualTo(-1);
    }

    @Test
    void theBundledHistorySpansTheEcbFile() {
        EcbHistory h = EcbHistory.bundled();
        assertThat(h.firstDate()).isEqualTo(LocalDate.of(1999, 1, 4));
        assertThat(h.lastDate()).isEqualTo(LocalDate.of(2023, 2, 21));
        assertThat(h.size()).isEqualTo(6184);
        assertThat(h.coverage("CNY").orElseThrow().first()).isEqualTo(LocalDate.of(2005, 4, 1));
        assertThat(h.currencies()).contains("USD", "CNY", "JPY", "GBP", "HKD", "KRW", "EUR").doesNotContain("TWD");
    }

    @Test
    void theToolProviderRegistersFxConvertButNotWebSearch() {
        ToolRegistry tools = ToolProvider.discover(new ToolRegistry());
        assertThat(tools.find(ToolName.FX_CONVERT.id())).isPresent();
        assertThat(tools.find(ToolName.WEB_SEARCH.id())).isEmpty();
    }
}
