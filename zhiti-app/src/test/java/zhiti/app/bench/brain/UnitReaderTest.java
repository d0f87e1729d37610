package zhiti.app.bench.brain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitReaderTest {

    @Test
    void readsTheUnitsTheToolsWrite() {
        assertThat(UnitReader.read("TFLOP/s")).containsExactly(new UnitReading(Dimension.FLOP_PER_S, 1e12));
        assertThat(UnitReader.read("GPU·h")).containsExactly(new UnitReading(Dimension.GPU_HOUR, 1));
        assertThat(UnitReader.read("MWh")).containsExactly(new UnitReading(Dimension.ENERGY, 1e6));
        assertThat(UnitReader.read("亿元")).containsExactly(new UnitReading(Dimension.CNY, 1e8));
        assertThat(UnitReader.read("GiB")).containsExactly(new UnitReading(Dimension.BYTE, 1L << 30));
        assertThat(UnitReader.read("%/year")).extracting(UnitReading::dimension)
                .containsExactly(Dimension.FRACTION, Dimension.FACTOR);
        assertThat(UnitReader.read("year")).extracting(UnitReading::dimension)
                .containsExactly(Dimension.DURATION_YEARS, Dimension.CALENDAR_YEAR);
        assertThat(UnitReader.read("tokens/parameter")).extracting(UnitReading::dimension)
                .containsExactly(Dimension.TOKEN, Dimension.FACTOR);
    }

    @Test
    void unknownUnitsHaveNoReading() {
        assertThat(UnitReader.read("TPP (bit·TOPS)")).isEmpty();
        assertThat(UnitReader.read("t CO₂")).isEmpty();
        assertThat(UnitReader.read("nats/token")).isEmpty();
        assertThat(UnitReader.read("month")).isEmpty();
    }
}
