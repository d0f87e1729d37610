package zhiti.app.bench.brain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The unit vocabulary of the labelled question sets (see /work/devset/README.md), each placed in a dimension. */
public enum LabelUnit {
    FLOP("FLOP", Dimension.FLOP, 1),
    FLOP_PER_S("FLOP/s", Dimension.FLOP_PER_S, 1),
    PARAMETER("parameter", Dimension.PARAMETER, 1),
    TOKEN("token", Dimension.TOKEN, 1),
    GPU("GPU", Dimension.GPU, 1),
    SERVER("server", Dimension.SERVER, 1),
    SECOND("second", Dimension.SECOND, 1),
    HOUR("hour", Dimension.HOUR_OR_DAY, 1),
    DAY("day", Dimension.HOUR_OR_DAY, 24),
    YEARS("years", Dimension.DURATION_YEARS, 1),
    YEAR("year", Dimension.CALENDAR_YEAR, 1),
    GPU_HOUR("GPU-hour", Dimension.GPU_HOUR, 1),
    USD("USD", Dimension.USD, 1),
    CNY("CNY", Dimension.CNY, 1),
    EUR("EUR", Dimension.EUR, 1),
    W("W", Dimension.POWER, 1),
    KW("kW", Dimension.POWER, 1e3),
    KWH("kWh", Dimension.ENERGY, 1e3),
    MWH("MWh", Dimension.ENERGY, 1e6),
    BYTE("byte", Dimension.BYTE, 1),
    BYTE_PER_S("byte/s", Dimension.BYTE_PER_S, 1),
    TOKEN_PER_S("token/s", Dimension.TOKEN_PER_S, 1),
    TOKEN_PER_DAY("token/day", Dimension.TOKEN_PER_DAY, 1),
    QUERY_PER_DAY("query/day", Dimension.QUERY_PER_DAY, 1),
    FRACTION("fraction", Dimension.FRACTION, 1),
    FACTOR("factor", Dimension.FACTOR, 1),
    COUNT("count", Dimension.COUNT, 1);

    private final String label;
    private final Dimension dimension;
    private final double scale;

    LabelUnit(String label, Dimension dimension, double scale) {
        this.label = label;
        this.dimension = dimension;
        this.scale = scale;
    }

    /** The unit as the labels spell it. */
    public String label() {
        return label;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** One of this unit in the dimension's base unit (a day is 24 hours, a kWh 1,000 Wh). */
    public double scale() {
        return scale;
    }

    /** Exact spelling only: the labels are written from a closed vocabulary, so anything else is a typo. */
    public static Optional<LabelUnit> parse(String s) {
        return Arrays.stream(values()).filter(u -> u.label.equals(s)).findFirst();
    }

    public static String vocabulary() {
        return Arrays.stream(values()).map(LabelUnit::label).collect(Collectors.joining(", "));
    }

    /** A found value in this unit, when the reading's dimension is one this unit accepts. */
    public Optional<Double> convert(double value, UnitReading reading) {
        return dimension.accepts(reading.dimension()) ? Optional.of(value * reading.scale() / scale) : Optional.empty();
    }
}
