package zhiti.app.bench.brain;

/** One way to read a unit string: its dimension, and how many base units one of it is ("TFLOP/s" → 1e12 FLOP/s). */
public record UnitReading(Dimension dimension, double scale) {

    UnitReading times(double factor) {
        return new UnitReading(dimension, scale * factor);
    }
}
