package zhiti.econ.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityParserTest {

    @Test
    void readsEnglishAndChineseMagnitudes() {
        assertThat(QuantityParser.parse("175B")).isEqualTo(175e9);
        assertThat(QuantityParser.parse("1.8T")).isEqualTo(1.8e12);
        assertThat(QuantityParser.parse("300 billion")).isEqualTo(300e9);
        assertThat(QuantityParser.parse("1750亿")).isEqualTo(1750e8);
        assertThat(QuantityParser.parse("1.75万亿")).isEqualTo(1.75e12);
        assertThat(QuantityParser.parse("3e11")).isEqualTo(3e11);
        assertThat(QuantityParser.parse("10,000")).isEqualTo(10_000);
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertThatThrownBy(() -> QuantityParser.parse("lots")).hasMessageContaining("e.g. 175B");
    }

    @Test
    void formatsForPeople() {
        assertThat(Formats.sci(3.15e23)).isEqualTo("3.15e23");
        assertThat(Formats.sci(9.999e5)).isEqualTo("1e6");
        assertThat(Formats.human(4173)).isEqualTo("4,173");
        assertThat(Formats.percent(0.4)).isEqualTo("40%");
    }
}
