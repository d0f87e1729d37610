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

/**
 * The further modes of change, ratio, compound, combine_rates and doubling_time (a change applied or undone, a
 * yearly rate between two values, a part from a share, compounding back or between dates, growth from a doubling
 * time) and the positive declines every fall is also said as, values worked by hand.
 */
class StatedArithmeticModesTest {

    private static final org.assertj.core.data.Offset<Double> TINY = within(1e-9);

    /** 100 falling 92%: 100 × 0.08 = 8, a decline of 0.92 and a fall by a factor of 100 ÷ 8 = 12.5. */
    @Test
    void changeAppliedToAStartValue() {
        Observation o = ok("change", """
                {"start_value":100,"change":-0.92,"unit":"USD"}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("apply");
        assertThat(o.data().get("end_value").asDouble()).isCloseTo(8, TINY);
        assertThat(o.data().get("decline").asDouble()).isCloseTo(0.92, TINY);
        assertThat(o.data().get("fall_factor").asDouble()).isCloseTo(12.5, TINY);
        assertThat(o.figures()).extracting(Figure::formula).containsExactly("end = start × (1 + change)",
                "decline = 1 − end ÷ start", "fall factor = start ÷ end");
        assertThat(o.summary()).contains("100 USD × (1 − 0.92) = 8 USD").contains("fell 92% (by a factor of 12.5)");
        // a rise has no decline: 200 × 1.35 = 270
        JsonNode up = data("change", """
                {"start_value":200,"change":0.35}""");
        assertThat(up.get("end_value").asDouble()).isCloseTo(270, TINY);
        assertThat(up.has("decline")).isFalse();
        // falling 100% leaves zero: a decline of all of it, and no finite fall factor
        JsonNode gone = data("change", """
                {"start_value":50,"change":-1}""");
        assertThat(gone.get("end_value").asDouble()).isZero();
        assertThat(gone.get("decline").asDouble()).isEqualTo(1);
        assertThat(gone.has("fall_factor")).isFalse();
    }

    /** "Fell 14% to $139": 139 ÷ 0.86 = 161.63 before; "$135B is 4.5× the 2022 size": 135 ÷ 4.5 = 30. */
    @Test
    void changeAndFactorUndoneFromAnEndValue() {
        Observation o = ok("change", """
                {"end_value":139,"change":-0.14,"unit":"USD"}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("inverse");
        assertThat(o.data().get("start_value").asDouble()).isCloseTo(161.627907, within(1e-6));
        assertThat(o.data().get("decline").asDouble()).isCloseTo(0.14, TINY);
        assertThat(o.figures().get(0).formula()).isEqualTo("start = end ÷ (1 + change)");
        assertThat(o.summary()).contains("139 USD ÷ (1 − 0.14) = 161.6 USD before the change");
        JsonNode times = data("change", """
                {"end_value":135,"factor":4.5,"unit":"B USD"}""");
        assertThat(times.get("mode").asText()).isEqualTo("inverse-factor");
        assertThat(times.get("start_value").asDouble()).isCloseTo(30, TINY);
        assertThat(times.has("decline")).isFalse();
        // a factor under 1 is a fall: 10 is half of 20
        JsonNode half = data("change", """
                {"end_value":10,"factor":0.5}""");
        assertThat(half.get("start_value").asDouble()).isCloseTo(20, TINY);
        assertThat(half.get("fall_factor").asDouble()).isCloseTo(2, TINY);
    }

    /** 100 → 1,600 in 4 years is 16^(1/4) − 1 = +100% a year; 1,000 → 100 in 8 years falls 1 − 10^(−1/8) a year. */
    @Test
    void changeGivesTheYearlyRateOverPeriods() {
        JsonNode up = data("change", """
                {"start_value":100,"end_value":1600,"periods":4}""");
        assertThat(up.get("mode").asText()).isEqualTo("rate");
        assertThat(up.get("rate").asDouble()).isCloseTo(1.0, TINY);
        assertThat(up.get("factor").asDouble()).isEqualTo(16);
        assertThat(up.has("decline_per_year")).isFalse();
        Observation down = ok("change", """
                {"start_value":1000,"end_value":100,"periods":8}""");
        assertThat(down.data().get("rate").asDouble()).isCloseTo(Math.pow(10, -1 / 8.0) - 1, TINY); // −0.2501
        assertThat(down.data().get("decline_per_year").asDouble()).isCloseTo(0.250106, within(1e-6));
        assertThat(down.data().get("decline").asDouble()).isCloseTo(0.9, TINY);
        assertThat(down.data().get("fall_factor").asDouble()).isCloseTo(10, TINY);
        assertThat(down.figures()).extracting(Figure::formula).contains("r = (end ÷ start)^(1 ÷ n) − 1",
                "decline per year = 1 − (end ÷ start)^(1 ÷ n)");
        assertThat(down.summary()).contains("−25% a year over 8 years (declined 25% a year)")
                .contains("fell 90% (by a factor of 10)");
        // a fall of 17 orders of magnitude reads as a factor, not as "−100.0%"
        assertThat(data("change", """
                {"start_value":2e17,"end_value":1,"periods":10}""").get("fall_factor").asDouble())
                .isCloseTo(2e17, within(1.0));
    }

    /** The existing change mode says a fall positively too: 50 → 30 fell 40%, by a factor of 1.667. */
    @Test
    void changeModeAlsoSaysAFallAsADecline() {
        Observation o = ok("change", """
                {"start_value":50,"end_value":30}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("change");
        assertThat(o.data().get("decline").asDouble()).isCloseTo(0.4, TINY);
        assertThat(o.data().get("fall_factor").asDouble()).isCloseTo(50 / 30.0, TINY);
        assertThat(o.summary()).contains("fell 40% (by a factor of 1.667)");
        assertThat(data("change", """
                {"start_value":50,"end_value":0}""").has("fall_factor")).isFalse();
    }

    @Test
    void changeRefusesMixedModesAndImpossibleChanges() {
        assertThat(failure("change", """
                {"start_value":100,"end_value":50,"change":-0.5}""")).contains("one way to call the tool")
                .contains("got start_value + end_value + change");
        assertThat(failure("change", """
                {"end_value":5}""")).contains("end_value + change (inverse)").contains("got end_value");
        assertThat(failure("change", "{}")).contains("got none of them");
        assertThat(failure("change", """
                {"start_value":100,"change":-1.2}""")).contains("at least −1").contains("below zero");
        assertThat(failure("change", """
                {"end_value":100,"change":-1}""")).contains("above −1 to undo it");
        assertThat(failure("change", """
                {"end_value":100,"factor":0}""")).contains("factor must be a positive number");
        assertThat(failure("change", """
                {"start_value":100,"end_value":0,"periods":3}""")).contains("no constant yearly rate");
        assertThat(failure("change", """
                {"start_value":100,"end_value":50,"periods":0}""")).contains("periods (years) must be a positive");
        assertThat(failure("change", """
                {"start_value":-5,"change":0.1}""")).contains("start value must be a positive number");
    }

    /** A 15% share of a $90B market is $13.5B. */
    @Test
    void ratioGivesThePartAShareOfAWholeIs() {
        Observation o = ok("ratio", """
                {"whole":9e10,"share":0.15,"unit":"USD"}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("part");
        assertThat(o.data().get("part").asDouble()).isCloseTo(1.35e10, within(1e-3));
        assertThat(o.figures().get(0).formula()).isEqualTo("part = whole × share");
        assertThat(o.figures().get(0).inputs()).containsEntry("whole (USD)", 9e10).containsEntry("share", 0.15);
        assertThat(o.summary()).contains("× 15% =");
        assertThat(failure("ratio", """
                {"whole":9e10,"share":15}""")).contains("between 0 and 1").contains("0.15");
        assertThat(failure("ratio", """
                {"whole":9e10,"share":-0.1}""")).contains("between 0 and 1");
        assertThat(failure("ratio", """
                {"whole":9e10,"share":0.1,"numerator":3}""")).contains("one way to call the tool");
    }

    /** 1,600 after 4 years at +30%: 1600 ÷ 1.3⁴ = 1600 ÷ 2.8561 = 560.20; 16.807 after 5 years at −30% was 100. */
    @Test
    void compoundBackToTheStartValue() {
        Observation o = ok("compound", """
                {"end_value":1600,"rate":0.3,"periods":4,"unit":"USD"}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("start");
        assertThat(o.data().get("start_value").asDouble()).isCloseTo(1600 / 2.8561, TINY);
        assertThat(o.figures().get(1).formula()).isEqualTo("start = end ÷ (1 + r)^n");
        assertThat(o.summary()).contains("1,600 USD ÷ (1 + 0.3)^4 = 2.856× = 560.2 USD at the start");
        JsonNode down = data("compound", """
                {"end_value":16.807,"rate":-0.3,"periods":5}""");
        assertThat(down.get("start_value").asDouble()).isCloseTo(100, TINY);
        assertThat(down.get("remaining_share").asDouble()).isCloseTo(0.16807, TINY);
        assertThat(down.get("decline").asDouble()).isCloseTo(0.83193, TINY);
    }

    /** 100 in 2022 at +10% to 2032: bare years subtract, n = 10, 1.1¹⁰ = 2.59374, so 259.37. */
    @Test
    void compoundBetweenTwoDates() {
        Observation o = ok("compound", """
                {"start_value":100,"start_date":"2022","rate":0.1,"end_date":"2032","unit":"USD"}""");
        JsonNode d = o.data();
        assertThat(d.get("mode").asText()).isEqualTo("value-dates");
        assertThat(d.get("periods").asDouble()).isEqualTo(10);
        assertThat(d.get("factor").asDouble()).isCloseTo(2.5937424601, TINY);
        assertThat(d.get("end_value").asDouble()).isCloseTo(259.37424601, within(1e-7));
        assertThat(d.get("convention").asText()).contains("2032 − 2022 = 10");
        Figure years = o.figures().get(1);
        assertThat(years.name()).isEqualTo("years between the dates");
        assertThat(years.inputs()).containsEntry("start date", "2022").containsEntry("end date", "2032");
        assertThat(o.summary()).startsWith("2022 → 2032 = 10 years; 100 USD × (1 + 0.1)^10");
        // months count from the start of the month: 1 Jul 2024 (2024 + 182/366) to 1 Jul 2025 (2025 + 181/365)
        JsonNode months = data("compound", """
                {"start_value":100,"start_date":"2024-07","rate":0.1,"end_date":"2025-07"}""");
        assertThat(months.get("periods").asDouble()).isCloseTo(2025 + 181 / 365.0 - (2024 + 182 / 366.0), TINY);
        // halving every year from 2020 to 2023 leaves an eighth: a decline of 87.5%
        JsonNode fall = data("compound", """
                {"start_value":80,"start_date":"2020","rate":-0.5,"end_date":"2023"}""");
        assertThat(fall.get("end_value").asDouble()).isCloseTo(10, TINY);
        assertThat(fall.get("remaining_share").asDouble()).isCloseTo(0.125, TINY);
        assertThat(fall.get("decline").asDouble()).isCloseTo(0.875, TINY);
    }

    @Test
    void compoundRefusesBackwardDatesAndMixedModes() {
        assertThat(failure("compound", """
                {"start_value":100,"start_date":"2030","rate":0.1,"end_date":"2022"}""")).contains("must come after");
        assertThat(failure("compound", """
                {"start_value":100,"start_date":"2022","rate":0.1,"end_date":"2022"}""")).contains("must come after");
        assertThat(failure("compound", """
                {"start_value":100,"start_date":"2022","rate":0.1,"end_date":"2032","periods":10}"""))
                .contains("one way to call the tool");
        assertThat(failure("compound", """
                {"start_value":100,"end_value":200,"rate":0.1,"periods":3}""")).contains("one way to call the tool");
        assertThat(failure("compound", """
                {"start_value":100,"start_date":"soon","rate":0.1,"end_date":"2032"}""")).contains("cannot read 'soon'");
        assertThat(failure("compound", """
                {"end_value":0,"rate":0.1,"periods":3}""")).contains("end value must be a positive number");
    }

    /** (1 − 0.53)(1 − 0.47) = 0.2491: a combined decline of 75.09%; (1.1)(1.2) = 1.32: combined growth 32%. */
    @Test
    void combineRatesSaysTheCombinedDeclineOrGrowth() {
        Observation fall = ok("combine_rates", """
                {"rates":[-0.53,-0.47]}""");
        assertThat(fall.data().get("decline").asDouble()).isCloseTo(0.7509, TINY);
        assertThat(fall.data().has("growth")).isFalse();
        assertThat(fall.figures()).extracting(Figure::formula).contains("decline = 1 − Π(1 + rᵢ)");
        assertThat(fall.summary()).contains("a decline of 75.1% a year");
        JsonNode rise = data("combine_rates", """
                {"rates":[0.1,0.2]}""");
        assertThat(rise.get("growth").asDouble()).isCloseTo(0.32, TINY);
        assertThat(rise.has("decline")).isFalse();
        JsonNode flat = data("combine_rates", """
                {"rates":[1.0,-0.5]}""");
        assertThat(flat.has("growth") || flat.has("decline")).isFalse();
    }

    /** Doubling every 6 months is ×4 a year (+300%); every 2 years over 10 is 2⁵ = 32, √2 − 1 = 41.4% a year. */
    @Test
    void doublingTimeBackToGrowth() {
        Observation o = ok("doubling_time", """
                {"doubling_years":0.5,"years_span":1}""");
        assertThat(o.data().get("mode").asText()).isEqualTo("growth");
        assertThat(o.data().get("factor").asDouble()).isCloseTo(4, TINY);
        assertThat(o.data().get("rate").asDouble()).isCloseTo(3, TINY);
        assertThat(o.figures()).extracting(Figure::formula)
                .containsExactly("factor = 2^(span ÷ T)", "r = 2^(1 ÷ T) − 1");
        JsonNode ten = data("doubling_time", """
                {"doubling_years":2,"years_span":10}""");
        assertThat(ten.get("factor").asDouble()).isCloseTo(32, TINY);
        assertThat(ten.get("rate").asDouble()).isCloseTo(Math.sqrt(2) - 1, TINY);
        // halving every 2 years: a quarter left after 4, 2^(−1/2) − 1 = −29.3% a year
        JsonNode halving = data("doubling_time", """
                {"doubling_years":2,"years_span":4,"direction":"halving"}""");
        assertThat(halving.get("factor").asDouble()).isCloseTo(0.25, TINY);
        assertThat(halving.get("rate").asDouble()).isCloseTo(Math.sqrt(0.5) - 1, TINY);
        assertThat(halving.get("direction").asText()).isEqualTo("halving");
    }

    @Test
    void doublingTimeGrowthRefusesIncompleteOrMixedCalls() {
        // a doubling time alone is a yearly rate: every 2 years is 2^(1/2) − 1 = +41.4% a year
        assertThat(data("doubling_time", """
                {"doubling_years":2}""").get("rate").asDouble()).isCloseTo(Math.sqrt(2) - 1, TINY);
        assertThat(failure("doubling_time", """
                {"doubling_years":2,"years_span":4,"rate":0.3}""")).contains("exactly one of");
        assertThat(failure("doubling_time", """
                {"doubling_years":0,"years_span":4}""")).contains("doubling_years must be greater than 0");
        assertThat(failure("doubling_time", """
                {"rate":0.3,"direction":"halving"}""")).contains("direction does not go with");
    }
}
