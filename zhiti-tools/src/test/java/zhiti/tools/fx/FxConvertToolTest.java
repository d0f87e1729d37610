package zhiti.tools.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.Settings;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.core.Figure;

/**
 * fx_convert on the bundled ECB history, called as the agent calls it (through a registry, JSON arguments).
 * Expected values are read off eurofxref-hist.xml by hand: on 2020-03-06 one euro bought 1.1336 USD, 7.8511 CNY
 * and 119.08 JPY; March 2020 has 22 ECB dates.
 */
class FxConvertToolTest {

    private static final ToolRegistry TOOLS = new ToolRegistry().register(FxConvertTool.create(Settings.none()));
    private static final ObjectMapper JSON = new ObjectMapper();

    static Observation call(ToolRegistry tools, String args) {
        try {
            return tools.call(new Step("t", ToolName.FX_CONVERT.id(), (ObjectNode) JSON.readTree(args), "test"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Observation ok(ToolRegistry tools, String args) {
        Observation o = call(tools, args);
        assertThat(o.ok()).as("%s failed: %s", args, o.error()).isTrue();
        return o;
    }

    static String failure(ToolRegistry tools, String args) {
        Observation o = call(tools, args);
        assertThat(o.ok()).as("%s should fail", args).isFalse();
        return o.error();
    }

    private static Observation ok(String args) {
        return ok(TOOLS, args);
    }

    private static String failure(String args) {
        return failure(TOOLS, args);
    }

    @Test
    void aKnownHistoricalRateIsTheXmlValue() {
        Observation o = ok("{\"from\":\"EUR\",\"to\":\"USD\",\"date\":\"2020-03-06\"}");
        assertThat(o.data().get("rate").asDouble()).isEqualTo(1.1336);
        assertThat(o.data().get("date_used").asText()).isEqualTo("2020-03-06");
        assertThat(o.data().get("basis").asText()).isEqualTo("ecb");
        assertThat(o.data().get("notes")).isEmpty();
        Figure rate = o.figures().get(1);
        assertThat(rate.value()).isEqualTo(1.1336);
        assertThat(rate.source()).contains("eurofxref-hist.xml").contains("2020-03-06");
        assertThat(o.citations()).singleElement().satisfies(c -> assertThat(c.locator()).isEqualTo("2020-03-06"));
    }

    @Test
    void aCrossRateGoesThroughTheEuroOfTheSameDay() {
        double usd = ok("{\"from\":\"EUR\",\"to\":\"USD\",\"date\":\"2020-03-06\"}").data().get("rate").asDouble();
        double cny = ok("{\"from\":\"EUR\",\"to\":\"CNY\",\"date\":\"2020-03-06\"}").data().get("rate").asDouble();
        Observation o = ok("{\"amount\":1000,\"from\":\"USD\",\"to\":\"CNY\",\"date\":\"2020-03-06\"}");
        assertThat(cny).isEqualTo(7.8511);
        assertThat(o.data().get("rate").asDouble()).isCloseTo(cny / usd, within(1e-12));
        assertThat(o.data().get("converted").asDouble()).isCloseTo(1000 * 7.8511 / 1.1336, within(1e-9));
        Figure converted = o.figures().get(0);
        assertThat(converted.formula()).isEqualTo("converted = amount × rate");
        assertThat(converted.inputs()).containsEntry("amount (USD)", 1000.0).containsEntry("date", "2020-03-06")
                .containsKey("rate (CNY per USD)");
        Figure rate = o.figures().get(1);
        assertThat(rate.formula()).contains("(CNY per EUR) ÷ (USD per EUR)");
        assertThat(rate.inputs()).containsEntry("CNY per EUR", 7.8511).containsEntry("USD per EUR", 1.1336);
        // and the other way round is the inverse
        double back = ok("{\"from\":\"CNY\",\"to\":\"USD\",\"date\":\"2020-03-06\"}").data().get("rate").asDouble();
        assertThat(back).isCloseTo(usd / cny, within(1e-12));
    }

    @Test
    void chineseNamesAndRmbAreRead() {
        Observation o = ok("{\"from\":\"美元\",\"to\":\"人民币\",\"date\":\"2020-03-06\"}");
        assertThat(o.data().get("from").asText()).isEqualTo("USD");
        assertThat(o.data().get("to").asText()).isEqualTo("CNY");
        assertThat(ok("{\"from\":\"RMB\",\"to\":\"日元\",\"date\":\"2020-03-06\"}").data().get("rate").asDouble())
                .isCloseTo(119.08 / 7.8511, within(1e-12));
        assertThat(ok("{\"from\":\"英镑\",\"to\":\"港元\",\"date\":\"2020-03-06\"}").data().get("to").asText())
                .isEqualTo("HKD");
    }

    @Test
    void aWeekendUsesTheLatestEarlierEcbDateAndSaysWhich() {
        Observation o = ok("{\"from\":\"EUR\",\"to\":\"USD\",\"date\":\"2020-03-08\"}");
        assertThat(o.data().get("rate").asDouble()).isEqualTo(1.1336);
        assertThat(o.data().get("date_used").asText()).isEqualTo("2020-03-06");
        assertThat(o.data().get("date_asked").asText()).isEqualTo("2020-03-08");
        assertThat(o.summary()).contains("2020-03-08 is not an ECB publication date").contains("2020-03-06");
    }

    @Test
    void aMonthIsTheAverageOfItsEcbDatesAndSaysSo() {
        Observation o = ok("{\"from\":\"USD\",\"to\":\"CNY\",\"date\":\"2020-03\"}");
        // the mean of the 22 daily cross rates of March 2020, computed from the XML
        assertThat(o.data().get("rate").asDouble()).isCloseTo(7.021888570717584, within(1e-9));
        assertThat(o.data().get("basis").asText()).isEqualTo("ecb_average");
        assertThat(o.summary()).contains("average of the 22 daily ECB rates from 2020-03-02 to 2020-03-31");
        assertThat(o.figures().get(1).inputs()).containsEntry("ECB dates averaged", 22);
    }

    @Test
    void aYearAverageSaysWhenACurrencyCoversOnlyPartOfIt() {
        Observation o = ok("{\"from\":\"USD\",\"to\":\"CNY\",\"date\":\"2005\"}");
        assertThat(o.data().get("rate").asDouble()).isCloseTo(8.165533626075318, within(1e-9));
        assertThat(o.summary()).contains("only 195 of the 257 ECB dates in 2005");
        assertThat(ok("{\"from\":\"EUR\",\"to\":\"USD\",\"date\":\"2023\"}").summary())
                .contains("only part of 2023");
    }

    @Test
    void aStatedRateWinsAndIsSaidToBeStated() {
        Observation o = ok("{\"amount\":100,\"from\":\"USD\",\"to\":\"CNY\",\"date\":\"2020-03-06\",\"rate\":7.2}");
        assertThat(o.data().get("rate").asDouble()).isEqualTo(7.2);
        assertThat(o.data().get("converted").asDouble()).isCloseTo(720, within(1e-9));
        assertThat(o.data().get("basis").asText()).isEqualTo("stated");
        assertThat(o.summary()).contains("stated");
        assertThat(o.figures().get(1).source()).isEqualTo("rate stated by the user");
    }

    @Test
    void noDateIsTheLastBundledDateSaidToBeStale() {
        Observation o = ok("{\"from\":\"EUR\",\"to\":\"USD\"}");
        assertThat(o.data().get("rate").asDouble()).isEqualTo(1.0664);
        assertThat(o.data().get("date_used").asText()).isEqualTo("2023-02-21");
        assertThat(o.summary()).contains("2023-02-21").contains("may be stale").contains("fx.url");
    }

    @Test
    void anUnknownCurrencyIsAClearError() {
        assertThat(failure("{\"from\":\"USD\",\"to\":\"XYZ\"}")).contains("no XYZ").contains("USD, ZAR")
                .contains("state the rate");
        // a real currency the ECB never published
        assertThat(failure("{\"from\":\"新台币\",\"to\":\"USD\",\"date\":\"2020-01-02\"}")).contains("no TWD");
        assertThat(failure("{\"from\":\"dollars?\",\"to\":\"USD\"}")).contains("unknown currency");
    }

    @Test
    void datesOutsideTheBundledHistoryAreClearErrors() {
        assertThat(failure("{\"from\":\"USD\",\"to\":\"EUR\",\"date\":\"1998-12-31\"}"))
                .contains("1999-01-04 to 2023-02-21").contains("state the rate").contains("fx.url");
        assertThat(failure("{\"from\":\"USD\",\"to\":\"EUR\",\"date\":\"2023-02-22\"}"))
                .contains("outside the bundled ECB history").contains("fx.url");
        assertThat(failure("{\"from\":\"USD\",\"to\":\"EUR\",\"date\":\"1997\"}")).contains("1999-01-04");
        assertThat(failure("{\"from\":\"USD\",\"to\":\"EUR\",\"date\":\"2020-02-30\"}")).contains("not a calendar date");
        assertThat(failure("{\"from\":\"USD\",\"to\":\"EUR\",\"date\":\"March 2020\"}")).contains("YYYY-MM-DD");
    }

    @Test
    void aCurrencyBeforeTheEcbAddedItIsAClearError() {
        assertThat(failure("{\"from\":\"USD\",\"to\":\"CNY\",\"date\":\"2004-06-01\"}"))
                .contains("no CNY rate on 2004-06-01").contains("from 2005-04-01 to 2023-02-21")
                .contains("state the rate");
        assertThat(failure("{\"from\":\"USD\",\"to\":\"CNY\",\"date\":\"2003-05\"}")).contains("no CNY rate in 2003-05");
        // a currency with a gap in the middle: the ECB suspended the Icelandic krona from December 2008
        assertThat(failure("{\"from\":\"EUR\",\"to\":\"ISK\",\"date\":\"2010-05-03\"}")).contains("with gaps");
    }

    @Test
    void theReportBasisUsesTheSeedReportsRates() {
        Observation o = ok("{\"amount\":800,\"from\":\"USD\",\"to\":\"CNY\",\"basis\":\"report\"}");
        assertThat(o.data().get("rate").asDouble()).isEqualTo(7.5);
        assertThat(o.data().get("converted").asDouble()).isCloseTo(6000, within(1e-9));
        assertThat(o.data().get("basis").asText()).isEqualTo("report");
        assertThat(o.figures().get(1).source()).contains("000_52d4eb4e6b7dac08.txt");
        assertThat(o.citations()).singleElement().satisfies(c -> {
            assertThat(c.doc()).isEqualTo("000_52d4eb4e6b7dac08.txt");
            assertThat(c.text()).contains("400 亿元人民币");
        });
        assertThat(ok("{\"from\":\"CNY\",\"to\":\"USD\",\"basis\":\"report\"}").data().get("rate").asDouble())
                .isCloseTo(1 / 7.5, within(1e-12));
        assertThat(failure("{\"from\":\"EUR\",\"to\":\"JPY\",\"basis\":\"report\"}"))
                .contains("no EUR→JPY").contains("USD→CNY 7.5 (2020, 000_52d4eb4e6b7dac08.txt)");
    }

    @Test
    void badAmountsAndPairsAreRefused() {
        assertThat(failure("{\"amount\":-5,\"from\":\"USD\",\"to\":\"CNY\"}")).contains("positive");
        assertThat(failure("{\"from\":\"RMB\",\"to\":\"CNY\"}")).contains("both CNY");
        assertThat(failure("{\"from\":\"USD\",\"to\":\"CNY\",\"rate\":0}")).contains("positive");
        assertThat(failure("{\"from\":\"USD\"}")).contains("missing required argument 'to'");
        assertThat(failure("{\"from\":\"USD\",\"to\":\"CNY\",\"basis\":\"imf\"}")).contains("ecb or report");
    }
}
