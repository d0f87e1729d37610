package zhiti.tools.arith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.arith.ArithCalls.failure;
import static zhiti.tools.arith.ArithCalls.ok;

import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;

/** purchase_cost and power_draw, worked by hand. */
class PurchaseAndPowerTest {

    /** 20,000 cards at $15,000 each: $3e8. */
    @Test
    void totalForCardsAtAPriceEach() {
        Observation o = ok("purchase_cost", """
                {"gpus":20000,"usd_per_gpu":15000}""");
        assertThat(o.data().get("usd").asDouble()).isEqualTo(3e8);
        assertThat(o.figures().get(0).formula()).isEqualTo("USD = GPUs × USD per GPU");
        assertThat(o.summary()).contains("20,000 GPUs × 15,000 USD = 300,000,000 USD");
    }

    /** 227,500 servers at $29,000: $6.5975e9; in yuan the figure says CNY. */
    @Test
    void totalForServersAndInAnotherCurrency() {
        assertThat(ok("purchase_cost", """
                {"servers":227500,"usd_per_server":29000}""").data().get("usd").asDouble()).isEqualTo(6.5975e9);
        Observation cny = ok("purchase_cost", """
                {"gpus":100,"usd_per_gpu":250000,"currency":"CNY"}""");
        assertThat(cny.figures().get(0).unit()).isEqualTo("CNY");
        assertThat(cny.data().get("currency").asText()).isEqualTo("CNY");
    }

    /** An 8-GPU server at $29,000 is $3,625 a GPU; $2.9e7 for 1,000 GPUs is $29,000 each. */
    @Test
    void pricesEach() {
        Observation split = ok("purchase_cost", """
                {"usd_per_server":29000,"gpus_per_server":8}""");
        assertThat(split.data().get("usd_each").asDouble()).isEqualTo(3625);
        assertThat(split.figures().get(0).unit()).isEqualTo("USD/GPU");
        assertThat(ok("purchase_cost", """
                {"usd":2.9e7,"gpus":1000}""").data().get("usd_each").asDouble()).isEqualTo(29000);
    }

    @Test
    void purchaseRefusesMixedOrMissingArguments() {
        assertThat(failure("purchase_cost", """
                {"gpus":10,"servers":2,"usd_per_gpu":1}""")).contains("one way to call the tool");
        assertThat(failure("purchase_cost", """
                {"gpus":-5,"usd_per_gpu":100}""")).contains("gpus must be greater than 0");
    }

    /** 676 − (244 + 176 + 182) = 74, 10.9% of the whole; parts above the whole are refused. */
    @Test
    void remainderOfAWholeAfterItsParts() {
        Observation o = ok("ratio", """
                {"whole":676,"parts":[244,176,182],"unit":"亿美元"}""");
        assertThat(o.data().get("part").asDouble()).isCloseTo(74, within(1e-9));
        assertThat(o.data().get("share").asDouble()).isCloseTo(74.0 / 676, within(1e-12));
        assertThat(o.figures().get(0).formula()).isEqualTo("remainder = whole − Σ parts");
        assertThat(failure("ratio", """
                {"whole":100,"parts":[60,70]}""")).contains("more than the whole");
    }

    /** 1,000 GPUs × 700 W × PUE 1.4 = 980 kW; without a PUE the IT load, 700 kW. */
    @Test
    void powerDrawOfAFleet() {
        Observation o = ok("power_draw", """
                {"gpus":1000,"watts_per_gpu":700,"pue":1.4}""");
        assertThat(o.data().get("kw").asDouble()).isCloseTo(980, within(1e-9));
        assertThat(o.figures().get(0).name()).isEqualTo("facility power draw");
        Observation it = ok("power_draw", """
                {"gpus":1000,"watts_per_gpu":700}""");
        assertThat(it.data().get("kw").asDouble()).isCloseTo(700, within(1e-9));
        assertThat(it.summary()).contains("IT load only");
    }

    /** 512 DGX H100 at 10.2 kW each: 5,222.4 kW = 5.22 MW. */
    @Test
    void powerDrawOfServers() {
        Observation o = ok("power_draw", """
                {"servers":512,"watts_per_server":10200}""");
        assertThat(o.data().get("kw").asDouble()).isCloseTo(5222.4, within(1e-9));
        assertThat(o.data().get("mw").asDouble()).isCloseTo(5.2224, within(1e-12));
        assertThat(failure("power_draw", """
                {"servers":512,"watts_per_server":10200,"pue":0.8}""")).containsIgnoringCase("PUE");
    }
}
