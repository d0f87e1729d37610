package zhiti.econ.arith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.chip.EquivalentFleet;
import zhiti.econ.units.CalendarDate;

/** The calculator edges the tool tests cannot reach through the bundled catalog. */
class ArithCalculatorsTest {

    private static Accelerator chip(String name, Map<Precision, Double> peaks) {
        return new Accelerator(name, List.of(), "test", peaks, false, 80, 2, 400, "2020", "test row");
    }

    @Test
    void equivalentFleetNeedsAPrecisionBothChipsList() {
        Accelerator fp32Only = chip("Old", Map.of(Precision.FP32, 15.7));
        Accelerator modern = chip("New", Map.of(Precision.BF16, 312.0, Precision.FP32, 19.5));
        assertThatThrownBy(() -> EquivalentFleet.match(10, modern, fp32Only, Optional.empty()))
                .hasMessageContaining("share none of bf16, fp16, fp8").hasMessageContaining("give precision");
        // told to, they compare at fp32: 10 × 19.5 ÷ 15.7 = 12.42 → 13
        var m = EquivalentFleet.match(10, modern, fp32Only, Optional.of(Precision.FP32));
        assertThat(m.count().value()).isEqualTo(13);
        // fp16 is picked when bf16 is missing on one side
        Accelerator fp16 = chip("V", Map.of(Precision.FP16, 125.0));
        Accelerator both = chip("A", Map.of(Precision.BF16, 312.0, Precision.FP16, 312.0));
        assertThat(EquivalentFleet.sharedPrecision(both, fp16)).isEqualTo(Precision.FP16);
    }

    @Test
    void rateUnitsNameBothCurrencies() {
        assertThat(CurrencyConversion.rateUnit("元/美元")).isEqualTo(new CurrencyConversion.RateUnit("CNY", "USD"));
        assertThat(CurrencyConversion.rateUnit("CNY per USD")).isEqualTo(new CurrencyConversion.RateUnit("CNY", "USD"));
        assertThat(CurrencyConversion.rateUnit("eur")).isEqualTo(new CurrencyConversion.RateUnit("EUR", null));
        assertThatThrownBy(() -> CurrencyConversion.rateUnit("CNY/USD/EUR")).hasMessageContaining("CNY per USD");
    }

    /** Exactly three years of doubling is three yearly steps, not four, despite rounding in the logarithms. */
    @Test
    void wholeYearsToleratesRounding() {
        var r = TargetYear.reach(1, CalendarDate.parse("2020"), 1.0, 8, "", "t");
        assertThat(r.years().value()).isCloseTo(3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.wholeYears()).isEqualTo(3);
        assertThat(r.firstStep()).isEqualTo("2023");
    }
}
