package zhiti.econ.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import zhiti.core.Figure;

class EnergyUseTest {

    /**
     * Patterson et al. 2021, "Carbon Emissions and Large Neural Network Training", Table 4: GPT-3 ran 14.8 days on
     * 10,000 V100 at 330 W average per processor, PUE 1.10 → 1,287 MWh; at 0.429 kg CO₂e/kWh → 552 t CO₂e.
     */
    @Test
    void reproducesPattersonsGpt3EnergyAndCarbon() {
        Figure mwh = EnergyUse.acceleratorRun(10_000, 330, 14.8 * 24, 1.10, "Patterson et al. 2021");
        assertThat(mwh.value()).isCloseTo(1287, within(0.005 * 1287));
        Figure co2 = EnergyUse.carbon(mwh.value(), 0.429, "Patterson et al. 2021");
        assertThat(co2.value()).isCloseTo(552, within(0.005 * 552));
    }

    /**
     * Seed 004 says electricity is a minor cost of training. 4,400 DGX A100 (6.5 kW max each, NVIDIA spec) for 30
     * days at PUE 1.2 use 24.7 GWh, about $2.0 M at $0.08/kWh: under 15% of even the low $15 M rental estimate.
     */
    @Test
    void electricityIsAMinorShareOfSeed004sGpt4Run() {
        Figure mwh = EnergyUse.serverRun(4400, 6.5, 30 * 24, 1.2, "NVIDIA DGX A100 datasheet; seed 004");
        assertThat(mwh.value()).isCloseTo(24_710.4, within(0.1));
        Figure usd = EnergyUse.electricityCost(mwh.value(), 0.08, "assumed industrial tariff");
        assertThat(usd.value()).isCloseTo(1.977e6, within(0.001e6));
        assertThat(usd.value() / 15e6).isLessThan(0.15);
    }

    @Test
    void unitMistakesAreCaught() {
        assertThatThrownBy(() -> EnergyUse.serverRun(1, 6500, 1, 1.2, "t")).hasMessageContaining("kilowatts");
        assertThatThrownBy(() -> EnergyUse.carbon(1, 429, "t")).hasMessageContaining("not g per kWh");
        assertThatThrownBy(() -> EnergyUse.acceleratorRun(1, 700, 1, 0.5, "t")).hasMessageContaining("PUE");
    }
}
