package zhiti.econ.units;

import zhiti.core.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zhiti.econ.units.CalendarDate.Granularity;

class UnitsParsingTest {

    @Test
    void durationsInChineseAndEnglish() {
        assertThat(TimeSpan.parse("30 天").days()).isEqualTo(30);
        assertThat(TimeSpan.parse("7 days").days()).isEqualTo(7);
        assertThat(TimeSpan.parse("two weeks").days()).isEqualTo(14);
        assertThat(TimeSpan.parse("两周").days()).isEqualTo(14);
        assertThat(TimeSpan.parse("3个月").days()).isCloseTo(91.3125, within(1e-9)); // 3 × 365.25 / 12
        assertThat(TimeSpan.parse("半年").days()).isCloseTo(182.625, within(1e-9));
        assertThat(TimeSpan.parse("一年半").amount()).isEqualTo(1.5);
        assertThat(TimeSpan.parse("两个半月").amount()).isEqualTo(2.5);
        assertThat(TimeSpan.parse("1.5 years").unit()).isEqualTo(TimeSpan.Unit.YEAR);
        assertThat(TimeSpan.parse("90h").days()).isEqualTo(3.75);
        assertThat(TimeSpan.parse("twenty-one days").days()).isEqualTo(21);
        assertThat(TimeSpan.parse("154天").hours()).isEqualTo(154 * 24); // seed 002 Sora: ≈154 days
        assertThat(TimeSpan.parse("30 天").format(Lang.ZH)).isEqualTo("30 天");
        assertThat(TimeSpan.parse("7 days").format(Lang.EN)).isEqualTo("7 days");
    }

    @Test
    void badDurationsSayWhatToWrite() {
        assertThatThrownBy(() -> TimeSpan.parse("90-100天")).hasMessageContaining("e.g. 30 天");
        assertThatThrownBy(() -> TimeSpan.parse("3 fortnights")).hasMessageContaining("unknown time unit");
    }

    @Test
    void datesAtTheSourcesPrecision() {
        assertThat(CalendarDate.parse("2023-05")).isEqualTo(CalendarDate.ofMonth(2023, 5));
        assertThat(CalendarDate.parse("2020年11月")).isEqualTo(CalendarDate.ofMonth(2020, 11));
        assertThat(CalendarDate.parse("2023年")).isEqualTo(CalendarDate.ofYear(2023));
        assertThat(CalendarDate.parse("2023年5月28日").start()).isEqualTo(LocalDate.of(2023, 5, 28));
        assertThat(CalendarDate.parse("2023-05-28").granularity()).isEqualTo(Granularity.DAY);
        assertThat(CalendarDate.parse("May 2023")).isEqualTo(CalendarDate.ofMonth(2023, 5));
        assertThat(CalendarDate.parse("Nov 16, 2020").start()).isEqualTo(LocalDate.of(2020, 11, 16));
        assertThat(CalendarDate.parse("2023Q3").start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(CalendarDate.parse("2023年第三季度").end()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(CalendarDate.parse("2023").midYear()).isCloseTo(2023.5, within(1e-9));
        assertThat(CalendarDate.parse("2023").startYear()).isEqualTo(2023.0);
        assertThat(CalendarDate.parse("2020-11").toChinese()).isEqualTo("2020年11月");
        assertThatThrownBy(() -> CalendarDate.parse("2023-13")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> CalendarDate.parse("last spring")).hasMessageContaining("2020年11月");
    }

    @Test
    void moneyAndPricesPerUnit() {
        assertThat(Money.parse("1.2亿美元")).isEqualTo(Money.usd(1.2e8));
        assertThat(Money.parse("$1.5 billion")).isEqualTo(Money.usd(1.5e9));
        assertThat(Money.parse("$30M").amount()).isEqualTo(30e6);
        assertThat(Money.parse("3000万元")).isEqualTo(new Money(3e7, Money.Currency.CNY));
        assertThat(Money.parse("¥100").currency()).isEqualTo(Money.Currency.CNY);
        assertThat(Money.parse("100 USD")).isEqualTo(Money.usd(100));

        UnitPrice a = UnitPrice.parse("$2/GPU·h");
        assertThat(a.price()).isEqualTo(Money.usd(2));
        assertThat(a.per()).isEqualTo(UnitPrice.GPU_HOUR);
        assertThat(UnitPrice.parse("2 美元/卡时")).isEqualTo(a);
        UnitPrice b = UnitPrice.parse("$1.5 per GPU-hour");
        assertThat(b.per()).isEqualTo(UnitPrice.GPU_HOUR);
        assertThat(b.price().amount()).isEqualTo(1.5);
        assertThat(UnitPrice.parse("0.6元/度")).isEqualTo(new UnitPrice(new Money(0.6, Money.Currency.CNY), "kWh"));
        assertThat(UnitPrice.parse("$29000 per server").per()).isEqualTo("server");
        assertThat(a.format(Lang.ZH)).isEqualTo("2美元/卡时");
        assertThat(a.format(Lang.EN)).isEqualTo("$2/GPU-hour");
        assertThatThrownBy(() -> UnitPrice.parse("cheap")).hasMessageContaining("$2/GPU·h");
    }

    @Test
    void percentages() {
        assertThat(Percent.parse("40%")).isEqualTo(0.4);
        assertThat(Percent.parse("31.4 %")).isCloseTo(0.314, within(1e-12));
        assertThat(Percent.parse("40 percent")).isEqualTo(0.4);
        assertThat(Percent.parse("百分之四十")).isEqualTo(0.4);
        assertThat(Percent.parse("百分之三十二点五")).isCloseTo(0.325, within(1e-12));
        assertThat(Percent.parse("四成")).isEqualTo(0.4);
        assertThatThrownBy(() -> Percent.parse("0.4")).hasMessageContaining("ambiguous");
    }

    @Test
    void powerEnergyAndComputation() {
        assertThat(Measure.parse("700 W")).isEqualTo(new Measure(700, Measure.Kind.POWER));
        assertThat(Measure.parse("10.2 kW").kilowatts()).isCloseTo(10.2, within(1e-9));
        assertThat(Measure.parse("30 MW").value()).isEqualTo(30e6);
        assertThat(Measure.parse("100万千瓦").value()).isEqualTo(1e9);
        assertThat(Measure.parse("3 兆瓦").value()).isEqualTo(3e6);
        assertThat(Measure.parse("1 kWh").value()).isEqualTo(1e3);
        assertThat(Measure.parse("1,287 MWh").kilowattHours()).isEqualTo(1.287e6);
        assertThat(Measure.parse("5 GWh").kind()).isEqualTo(Measure.Kind.ENERGY);
        assertThat(Measure.parse("0.6 度").value()).isCloseTo(600, within(1e-9));
        assertThat(Measure.parse("10亿千瓦时").value()).isEqualTo(1e12);

        assertThat(Measure.parse("3.15e23 FLOPs")).isEqualTo(new Measure(3.15e23, Measure.Kind.FLOP));
        assertThat(Measure.parse("1 EFLOPS")).isEqualTo(new Measure(1e18, Measure.Kind.FLOP_PER_SECOND));
        assertThat(Measure.parse("312 TFLOPS").kind()).isEqualTo(Measure.Kind.FLOP_PER_SECOND);
        assertThat(Measure.parse("989 TFLOP/s").value()).isEqualTo(989e12);
        // seed 002 writes a chip rate "19.5TFlops" and a training total "2.6×10<sup>24</sup>Flops"
        assertThat(Measure.parse("19.5TFlops")).isEqualTo(new Measure(19.5e12, Measure.Kind.FLOP_PER_SECOND));
        assertThat(Measure.parse("2.6×10<sup>24</sup>Flops")).isEqualTo(new Measure(2.6e24, Measure.Kind.FLOP));
        assertThat(Measure.parse("2.6×10^24 FLOP").value()).isEqualTo(2.6e24);
        assertThat(Measure.parse("624 TOPS").kind()).isEqualTo(Measure.Kind.FLOP_PER_SECOND);
        // GPT-3 in Brown et al. 2020: 3,640 petaflop/s-days = 3.14e23 FLOP
        assertThat(Measure.parse("3640 PF-days").value()).isCloseTo(3.14e23, within(0.01e23));
        assertThatThrownBy(() -> Measure.parse("3 kWh", Measure.Kind.POWER)).hasMessageContaining("is needed here");
        assertThatThrownBy(() -> Measure.parse("5 furlongs")).hasMessageContaining("e.g. 700 W");
    }

    @Test
    void numbersWithPowersOfTenAndWords() {
        assertThat(QuantityParser.parse("3.15×10²³")).isEqualTo(3.15e23);
        assertThat(QuantityParser.parse("3.15 x 10^23")).isEqualTo(3.15e23);
        assertThat(QuantityParser.parse("1.43×10⁻³")).isEqualTo(1.43e-3);
        assertThat(NumberWords.parse("三亿五千万")).isEqualTo(3.5e8);
        assertThat(NumberWords.parse("一百二十")).isEqualTo(120);
        assertThat(NumberWords.parse("十二")).isEqualTo(12);
        assertThat(NumberWords.parse("twenty five")).isEqualTo(25);
    }
}
