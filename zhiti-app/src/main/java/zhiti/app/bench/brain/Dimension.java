package zhiti.app.bench.brain;

/**
 * What a number measures, for deciding whether a figure can be compared with a label. Each dimension has one base
 * unit; a {@link UnitReading}'s scale converts to it. Hours and days share a dimension (base: hour) because the
 * labels allow converting between them; seconds and years are dimensions of their own because they do not.
 */
public enum Dimension {
    FLOP, FLOP_PER_S, PARAMETER, TOKEN, GPU, SERVER, QUERY,
    SECOND, HOUR_OR_DAY, DURATION_YEARS, CALENDAR_YEAR,
    GPU_HOUR, USD, CNY, EUR,
    /** base: W */
    POWER,
    /** base: Wh */
    ENERGY,
    BYTE, BYTE_PER_S, TOKEN_PER_S, TOKEN_PER_DAY, QUERY_PER_DAY,
    FRACTION, FACTOR, COUNT;

    /** Fractions and factors are both plain ratios: a remaining share of 0.168 may be shown as ×0.168. */
    boolean accepts(Dimension found) {
        // a plain count ("count") is met by any counted thing: 1.3 million cards are 1.3 million of something
        return this == found || (isRatio() && found.isRatio()) || this == COUNT && found.countable();
    }

    private boolean isRatio() {
        return this == FRACTION || this == FACTOR;
    }

    /** Things one counts, so that one per the other is a plain ratio (tokens per parameter). */
    boolean countable() {
        return this == TOKEN || this == PARAMETER || this == GPU || this == SERVER || this == QUERY || this == COUNT;
    }
}
