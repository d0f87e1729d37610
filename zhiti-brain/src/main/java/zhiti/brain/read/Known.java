package zhiti.brain.read;

import zhiti.agent.Quantity;

/**
 * A quantity the question (or the conversation before it) makes known: its value in the quantity's canonical unit
 * — a Double, a String for names, categories and dates, a double[] for a list — the unit as stated where the
 * quantity has none of its own ("亿美元", "H/s"), where it came from, and how it was read or derived.
 *
 * @param note what the answer says about it when it is not simply stated: "read from the name Llama 3 405B",
 *             "512 servers × 8 GPUs", "overrides the catalog's 989 TFLOP/s"; {zh, en}, or null
 */
public record Known(Quantity quantity, Object value, String unit, Origin origin, String[] note, int start, int end) {

    /** Where a known value came from. */
    public enum Origin {
        /** Stated in the question. */
        QUESTION,
        /** Read from a name ("Llama 3 405B" has 405B parameters). */
        NAME,
        /** Worked out from stated values by the reader (servers × GPUs per server). */
        DERIVED,
        /** Stated in an earlier turn of the conversation. */
        CONVERSATION
    }

    public Known {
        unit = unit == null ? "" : unit;
    }

    static Known stated(Quantity q, Object value, String unit, Mention m) {
        return new Known(q, value, unit, Origin.QUESTION, null, m.start(), m.end());
    }

    public double number() {
        return ((Number) value).doubleValue();
    }

    public boolean isNumber() {
        return value instanceof Number;
    }

    public Known withOrigin(Origin o) {
        return new Known(quantity, value, unit, o, note, start, end);
    }

    public Known as(Quantity q) {
        return new Known(q, value, unit, origin, note, start, end);
    }

    public Known withNote(String zh, String en) {
        return new Known(quantity, value, unit, origin, new String[]{zh, en}, start, end);
    }
}
