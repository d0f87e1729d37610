package zhiti.econ.units;

import zhiti.core.Lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void scientificNotationPerLanguage() {
        assertThat(Formats.sci(3.15e23, Lang.ZH)).isEqualTo("3.15×10²³");
        assertThat(Formats.sci(3.15e23, Lang.EN)).isEqualTo("3.15e23");
        assertThat(Formats.sci(2.6e-5, Lang.ZH)).isEqualTo("2.6×10⁻⁵");
        assertThat(Formats.sci(9.999e5, Lang.ZH)).isEqualTo("1×10⁶");
    }

    @Test
    void countsAndMagnitudes() {
        assertThat(Formats.human(4173, Lang.ZH)).isEqualTo("4173");
        assertThat(Formats.human(4173, Lang.EN)).isEqualTo("4,173");
        assertThat(Formats.magnitude(1.75e11, Lang.ZH)).isEqualTo("1750亿");
        assertThat(Formats.magnitude(1.8e12, Lang.ZH)).isEqualTo("1.8万亿");
        assertThat(Formats.magnitude(227_500, Lang.ZH)).isEqualTo("22.8万");
        assertThat(Formats.magnitude(1.75e11, Lang.EN)).isEqualTo("175 billion");
        assertThat(Formats.magnitude(1.82e6, Lang.EN)).isEqualTo("1.82 million");
        assertThat(Formats.quantity(3.15e23, "FLOP", Lang.ZH)).isEqualTo("3.15×10²³ FLOP");
    }

    @Test
    void moneyPerLanguage() {
        assertThat(Formats.usd(1.2e8, Lang.ZH)).isEqualTo("1.2亿美元");
        assertThat(Formats.usd(29_000, Lang.ZH)).isEqualTo("2.9万美元");
        assertThat(Formats.usd(6.6e9, Lang.ZH)).isEqualTo("66亿美元"); // seed 002: 66 亿美元 inference demand
        assertThat(Formats.usd(1.2e8, Lang.EN)).isEqualTo("$120 million");
        assertThat(Formats.usd(29_000, Lang.EN)).isEqualTo("$29,000");
        assertThat(Formats.usd(2.5, Lang.EN)).isEqualTo("$2.5");
        assertThat(Money.parse("3000万元").format(Lang.ZH)).isEqualTo("3000万元");
        assertThat(Formats.percent(0.4, Lang.ZH)).isEqualTo("40%");
        assertThat(Formats.date(CalendarDate.parse("2023-05"), Lang.ZH)).isEqualTo("2023年5月");
    }

    @Test
    void parsingAndFormattingRoundTrip() {
        for (String s : new String[] {"1.2亿美元", "2.9万美元", "66亿美元"}) {
            assertThat(Money.parse(s).format(Lang.ZH)).isEqualTo(s);
        }
    }
}
