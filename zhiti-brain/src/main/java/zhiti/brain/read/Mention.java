package zhiti.brain.read;

/**
 * A number as the question writes it, with its unit read: where it is, its value in the dimension's base unit, the
 * unit as written (for display and for values of units Zhiti does not know, such as "H/s"), what it is per
 * ("$2/GPU·h" is MONEY per HOURS of an accelerator), and the currency of money.
 *
 * @param per      the dimension this is a rate of, or null ("tokens a day" → DAYS, "$/kWh" → KWH)
 * @param perGpu   whether the rate is per accelerator ("per GPU-hour", "单卡功耗", "每卡")
 * @param currency "USD", "CNY" or "EUR" for money (also for money per something), else null
 * @param unit     the unit as written after normalising its prefix ("H/s", "kWh", "USD"); "" for a bare number
 */
record Mention(int start, int end, double value, Dim dim, Dim per, boolean perGpu, String currency, String unit,
               String text) {

    boolean isMoney() {
        return dim == Dim.MONEY;
    }

    boolean rateOf(Dim d) {
        return per == d;
    }

    Mention withValue(double v) {
        return new Mention(start, end, v, dim, per, perGpu, currency, unit, text);
    }

    Mention as(Dim d) {
        return new Mention(start, end, value, d, per, perGpu, currency, unit, text);
    }
}
