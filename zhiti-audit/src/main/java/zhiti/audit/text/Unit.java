package zhiti.audit.text;

/**
 * What a number in a report measures. Values are kept in one base unit per kind (percent as a percent, money in
 * whole currency units, FLOP/s, bytes, watts, watt-hours, days), so two numbers of one kind compare directly.
 */
public enum Unit {
    PERCENT("%"), PERCENT_POINTS("pp"), FACTOR("×"), MONEY(""), COUNT(""), YEAR("year"), DAYS("days"),
    FLOP_PER_S("FLOP/s"), FLOP("FLOP"), BYTES("B"), WATTS("W"), WATT_HOURS("Wh"), TOKENS("tokens"),
    PARAMS("parameters"), PLAIN("");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Amounts that add up and can be compared as quantities (not rates, dates or factors). */
    public boolean isAmount() {
        return switch (this) {
            case MONEY, COUNT, FLOP_PER_S, FLOP, BYTES, WATTS, WATT_HOURS, TOKENS, PARAMS, PLAIN, DAYS -> true;
            default -> false;
        };
    }
}
