package zhiti.tools.arith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.arith.ArithCalls.data;
import static zhiti.tools.arith.ArithCalls.failure;
import static zhiti.tools.arith.ArithCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.core.Figure;

/** ratio, change, compound, combine_rates, doubling_time, target_year and currency_convert, values worked by hand. */
class StatedArithmeticToolsTest {

    private static final org.assertj.core.data.Offset<Double> TINY = within(1e-9);

    @Test
    void ratioIsAShareAndAFactor() {
        Observation o = ok("ratio", """
                {"numerator":12,"denominator":48,"unit":"USD"}""");
        assertThat(o.data().get("share").asDouble()).isEqualTo(0.25);
        assertThat(o.data().get("factor").asDouble()).isEqualTo(0.25);
        assertThat(o.data().get("percent").asDouble()).isEqualTo(25);
        assertThat(o.summary()).contains("12 USD ÷ 48 USD").contains("25%");
        Figure f = o.figures().get(0);
        assertThat(f.formula()).isEqualTo("ratio = numerator ÷ denominator");
        assertThat(f.inputs()).containsEntry("numerator (USD)", 12.0).containsEntry("denominator (USD)", 48.0);
        assertThat(f.source()).isEqualTo("stated in the question");
    }

    @Test
    void ratioRefusesAZeroDenominator() {
        assertThat(failure("ratio", """
                {"numerator":12,"denominator":0}""")).contains("denominator must not be zero");
        // numerator alone fits neither mode; the refusal lists both
        assertThat(failure("ratio", """
                {"numerator":12}""")).contains("numerator + denominator (share)").contains("whole + share (part)");
    }

    @Test
    void changeGivesFactorPercentAndDifference() {
        JsonNode up = data("change", """
                {"start_value":100,"end_value":1600,"unit":"万台"}""");
        assertThat(up.get("factor").asDouble()).isEqualTo(16);
        assertThat(up.get("change").asDouble()).isEqualTo(15);
        assertThat(up.get("difference").asDouble()).isEqualTo(1500);
        JsonNode down = data("change", """
                {"start_value":50,"end_value":30}""");
        assertThat(down.get("factor").asDouble()).isCloseTo(0.6, TINY);
        assertThat(down.get("change").asDouble()).isCloseTo(-0.4, TINY);
        assertThat(down.get("difference").asDouble()).isEqualTo(-20);
        assertThat(ok("change", """
                {"start_value":50,"end_value":30,"unit":"USD"}""").summary()).contains("−40%").contains("-20 USD");
    }

    @Test
    void changeRefusesAStartThatIsNotPositiveAndANegativeEnd() {
        assertThat(failure("change", """
                {"start_value":0,"end_value":5}""")).contains("start value must be positive").contains("difference");
        assertThat(failure("change", """
                {"start_value":-5,"end_value":5}""")).contains("start value must be positive");
        assertThat(failure("change", """
                {"start_value":5,"end_value":-1}""")).contains("end value must be zero or a positive number");
    }

    @Test
    void compoundGivesTheFactorAndTheEndValue() {
        JsonNode factor = data("compound", """
                {"rate":0.35,"periods":3}""");
        assertThat(factor.get("mode").asText()).isEqualTo("factor");
        assertThat(factor.get("factor").asDouble()).isCloseTo(2.460375, TINY); // 1.35³
        Observation value = ok("compound", """
                {"rate":-0.30,"periods":5,"start_value":100,"unit":"USD"}""");
        assertThat(value.data().get("mode").asText()).isEqualTo("value");
        assertThat(value.data().get("factor").asDouble()).isCloseTo(0.16807, TINY); // 0.7⁵
        assertThat(value.data().get("end_value").asDouble()).isCloseTo(16.807, within(1e-9));
        // a falling rate is also said as what remains (0.16807), what was lost (83.193%) and the factor it fell by (5.95)
        assertThat(value.figures()).extracting(Figure::formula).containsExactly("factor = (1 + r)^n",
                "end = start × (1 + r)^n", "remaining = (1 + r)^n", "decline = 1 − (1 + r)^n", "fall factor = 1 ÷ (1 + r)^n");
        assertThat(value.data().get("decline").asDouble()).isCloseTo(0.83193, TINY);
        assertThat(value.summary()).contains("100 USD × (1 − 0.3)^5 = 0.1681× = 16.81 USD");
    }

    @Test
    void compoundRefusesImpossibleRatesAndEmptySpans() {
        assertThat(failure("compound", """
                {"rate":-1,"periods":5}""")).contains("above −1");
        assertThat(failure("compound", """
                {"rate":-1.5,"periods":5}""")).contains("above −1").contains("−0.30");
        assertThat(failure("compound", """
                {"rate":0.1,"periods":0}""")).contains("periods (years) must be a positive number");
        assertThat(failure("compound", """
                {"rate":0.1,"periods":-2}""")).contains("periods");
        assertThat(failure("compound", """
                {"rate":0.1,"periods":2,"start_value":0}""")).contains("start value must be a positive number");
    }

    /** Hardware −53%/yr and algorithms −47%/yr: (1 − 0.53)(1 − 0.47) = 0.2491 a year, a 75.09% fall. */
    @Test
    void combineRatesMultipliesFactors() {
        Observation o = ok("combine_rates", """
                {"rates":[-0.53,-0.47]}""");
        assertThat(o.data().get("factor_per_year").asDouble()).isCloseTo(0.2491, TINY);
        assertThat(o.data().get("rate").asDouble()).isCloseTo(-0.7509, TINY);
        assertThat(o.summary()).contains("(1 − 0.53) × (1 − 0.47) = 0.2491").contains("−75.1%");
        assertThat(o.figures().get(1).inputs()).containsEntry("r1", -0.53).containsEntry("r2", -0.47);
        assertThat(data("combine_rates", """
                {"rates":[0.1]}""").get("rate").asDouble()).isCloseTo(0.1, TINY);
    }

    @Test
    void combineRatesRefusesEmptyArraysAndImpossibleRates() {
        assertThat(failure("combine_rates", """
                {"rates":[]}""")).contains("empty rates");
        assertThat(failure("combine_rates", """
                {"rates":[-1.2,0.1]}""")).contains("rates[0]").contains("above −1");
        assertThat(failure("combine_rates", """
                {"rates":[-0.53,"47%"]}""")).contains("array of number");
        assertThat(failure("combine_rates", """
                {"rates":"-0.53, -0.47"}""")).contains("should be array");
    }

    @Test
    void doublingTimeFromARate() {
        JsonNode up = data("doubling_time", """
                {"rate":0.35}""");
        assertThat(up.get("years").asDouble()).isCloseTo(Math.log(2) / Math.log(1.35), TINY); // 2.3097
        assertThat(up.get("years").asDouble()).isCloseTo(2.3097, within(1e-4));
        assertThat(up.get("direction").asText()).isEqualTo("doubling");
        JsonNode down = data("doubling_time", """
                {"rate":-0.30}""");
        assertThat(down.get("years").asDouble()).isCloseTo(1.9434, within(1e-4)); // ln 2 ÷ −ln 0.7
        assertThat(down.get("direction").asText()).isEqualTo("halving");
    }

    /** Half an order of magnitude a year is ×3.162 a year, doubling every log10(2) ÷ 0.5 = 0.602 years. */
    @Test
    void doublingTimeFromOrdersOfMagnitude() {
        Observation o = ok("doubling_time", """
                {"oom_per_year":0.5}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("oom");
        assertThat(o.data().get("rate").asDouble()).isCloseTo(Math.sqrt(10) - 1, TINY);
        assertThat(o.data().get("years").asDouble()).isCloseTo(Math.log10(2) / 0.5, TINY);
        assertThat(o.figures()).extracting(Figure::formula).contains("r = 10^k − 1");
    }

    @Test
    void doublingTimeFromAFactorOverASpan() {
        JsonNode up = data("doubling_time", """
                {"factor":16,"years_span":4}""");
        assertThat(up.get("years").asDouble()).isCloseTo(1.0, TINY); // ×16 = four doublings in four years
        assertThat(up.get("rate").asDouble()).isCloseTo(1.0, TINY);
        JsonNode down = data("doubling_time", """
                {"factor":0.1,"years_span":3}""");
        assertThat(down.get("years").asDouble()).isCloseTo(3 * Math.log(2) / Math.log(10), TINY); // 0.9031
        assertThat(down.get("direction").asText()).isEqualTo("halving");
        assertThat(down.get("rate").asDouble()).isCloseTo(Math.cbrt(0.1) - 1, TINY); // −0.5358
    }

    @Test
    void doublingTimeRefusesNoChangeAndMixedModes() {
        assertThat(failure("doubling_time", """
                {"rate":0}""")).contains("must not be zero");
        assertThat(failure("doubling_time", """
                {"rate":-1}""")).contains("above −1");
        assertThat(failure("doubling_time", "{}")).contains("exactly one of rate");
        assertThat(failure("doubling_time", """
                {"rate":0.3,"factor":2,"years_span":1}""")).contains("exactly one of rate");
        assertThat(failure("doubling_time", """
                {"factor":1,"years_span":3}""")).contains("factor must not be 1");
        assertThat(failure("doubling_time", """
                {"factor":-2,"years_span":3}""")).contains("factor must be a positive number");
        // a factor alone is a count of doublings: ×16 = 2⁴
        assertThat(ok("doubling_time", """
                {"factor":16}""").data().get("doublings").asDouble()).isCloseTo(4, within(1e-12));
        assertThat(failure("doubling_time", """
                {"rate":0.3,"years_span":2}""")).contains("years_span does not go with");
        assertThat(failure("doubling_time", """
                {"oom_per_year":0}""")).contains("oom_per_year must not be zero");
    }

    /**
     * $100 in 2020 falling 30% a year reaches $10 after ln(0.1) ÷ ln(0.7) = 6.456 years: at 2026.46, during 2026;
     * on yearly steps 2026's value is 11.76 and 2027's 8.24, so the first yearly value at or under 10 is 2027's.
     */
    @Test
    void targetYearOfAFallingValue() {
        Observation o = ok("target_year", """
                {"start_value":100,"start_date":"2020","rate":-0.3,"target_value":10,"unit":"USD"}""");
        JsonNode d = o.data();
        assertThat(d.get("years").asDouble()).isCloseTo(6.4557, within(1e-4));
        assertThat(d.get("year").asDouble()).isCloseTo(2026.4557, within(1e-4));
        assertThat(d.get("calendar_year").asInt()).isEqualTo(2026);
        assertThat(d.get("whole_years").asInt()).isEqualTo(7);
        assertThat(d.get("first_step_reached").asText()).isEqualTo("2027");
        assertThat(o.figures().get(1).inputs().get("convention").toString()).contains("start of its period");
        assertThat(o.summary()).contains("2026.46").contains("2027");
    }

    /** 100 in July 2024 growing 50% a year: ln 10 ÷ ln 1.5 = 5.679 years after 2024.497 (1 Jul of a leap year). */
    @Test
    void targetYearFromAMonth() {
        JsonNode d = data("target_year", """
                {"start_value":100,"start_date":"2024-07","rate":0.5,"target_value":1000}""");
        double start = 2024 + 182 / 366.0;
        assertThat(d.get("years").asDouble()).isCloseTo(Math.log(10) / Math.log(1.5), TINY);
        assertThat(d.get("year").asDouble()).isCloseTo(start + 5.6789, within(1e-4));
        assertThat(d.get("calendar_year").asInt()).isEqualTo(2030);
        assertThat(d.get("first_step_reached").asText()).isEqualTo("2030-07");
        assertThat(d.get("start_date").asText()).isEqualTo("2024-07");
    }

    @Test
    void targetYearRefusesTargetsAlreadyOrNeverReached() {
        assertThat(failure("target_year", """
                {"start_value":100,"start_date":"2024","rate":0.3,"target_value":100}""")).contains("already reached");
        assertThat(failure("target_year", """
                {"start_value":100,"start_date":"2024","rate":0.3,"target_value":50}"""))
                .contains("never reached").contains("below").contains("negative rate");
        assertThat(failure("target_year", """
                {"start_value":100,"start_date":"2024","rate":-0.3,"target_value":200}"""))
                .contains("never reached").contains("above").contains("positive rate");
        assertThat(failure("target_year", """
                {"start_value":100,"start_date":"2024","rate":0,"target_value":200}""")).contains("never reaches");
        assertThat(failure("target_year", """
                {"start_value":100,"start_date":"next year","rate":0.3,"target_value":200}"""))
                .contains("cannot read 'next year' as a date");
        assertThat(failure("target_year", """
                {"start_value":0,"start_date":"2024","rate":0.3,"target_value":200}""")).contains("start value");
        assertThat(failure("target_year", """
                {"start_value":100,"start_date":"2024","rate":-1.2,"target_value":10}""")).contains("above −1");
    }

    @Test
    void currencyConvertsAtTheStatedRateAndNormalisesCodes() {
        Observation o = ok("currency_convert", """
                {"amount":1.2e8,"rate":7.2,"from":"USD","to":"RMB"}""");
        assertThat(o.data().get("converted").asDouble()).isCloseTo(8.64e8, within(1.0));
        assertThat(o.data().get("to").asText()).isEqualTo("CNY");
        assertThat(o.summary()).contains("USD").contains("CNY");
        assertThat(o.figures().get(0).inputs()).containsKey("rate (CNY per USD)");
        JsonNode back = data("currency_convert", """
                {"amount":1000,"rate":0.1389,"from":"人民币","to":"usd"}""");
        assertThat(back.get("from").asText()).isEqualTo("CNY");
        assertThat(back.get("converted").asDouble()).isCloseTo(138.9, within(1e-9));
        // the rate's unit in place of to: "CNY per USD" names both currencies
        assertThat(data("currency_convert", """
                {"amount":10,"rate":7.2,"from":"USD","to":"CNY per USD"}""").get("converted").asDouble())
                .isCloseTo(72, within(1e-9));
        // a rate whose unit names the amount's currency on top converts the other way: $10 at 0.139 USD per CNY
        JsonNode other = data("currency_convert", """
                {"amount":10,"rate":0.139,"from":"USD","to":"USD per CNY"}""");
        assertThat(other.get("to").asText()).isEqualTo("CNY");
        assertThat(other.get("converted").asDouble()).isCloseTo(10 / 0.139, within(1e-9));
    }

    @Test
    void currencyRefusesAmbiguousCodesMismatchedRatesAndNonPositiveValues() {
        assertThat(failure("currency_convert", """
                {"amount":10,"rate":7.2,"from":"USD","to":"¥"}""")).contains("CNY or JPY");
        assertThat(failure("currency_convert", """
                {"amount":10,"rate":7.2,"from":"dollars","to":"CNY"}""")).contains("unknown currency 'dollars'");
        assertThat(failure("currency_convert", """
                {"amount":10,"rate":1,"from":"RMB","to":"CNY"}""")).contains("both CNY");
        assertThat(failure("currency_convert", """
                {"amount":10,"rate":7.8,"from":"USD","to":"CNY per EUR"}""")).contains("give a rate in CNY per USD");
        assertThat(failure("currency_convert", """
                {"amount":10,"rate":0,"from":"USD","to":"CNY"}""")).contains("exchange rate (CNY per USD)");
        assertThat(failure("currency_convert", """
                {"amount":-10,"rate":7.2,"from":"USD","to":"CNY"}""")).contains("amount must be a positive number");
    }
}
