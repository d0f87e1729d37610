package zhiti.econ.arith;

import java.util.Locale;
import java.util.Map;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Converts an amount at a stated exchange rate (units of the target currency per unit of the source currency:
 * 7.2 CNY per USD). Currencies are ISO 4217 codes; common other spellings (RMB, 人民币, 美元, €) are normalised so
 * answers print one code per currency. No rates are looked up here.
 */
public final class CurrencyConversion {

    /** Names people write for a currency, upper-cased, mapped to its code. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("RMB", "CNY"), Map.entry("人民币", "CNY"), Map.entry("元", "CNY"), Map.entry("人民币元", "CNY"),
            Map.entry("YUAN", "CNY"), Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("美元", "USD"),
            Map.entry("美金", "USD"), Map.entry("€", "EUR"), Map.entry("欧元", "EUR"), Map.entry("EURO", "EUR"),
            Map.entry("EUROS", "EUR"), Map.entry("日元", "JPY"), Map.entry("円", "JPY"), Map.entry("£", "GBP"),
            Map.entry("英镑", "GBP"), Map.entry("港币", "HKD"), Map.entry("港元", "HKD"), Map.entry("HK$", "HKD"),
            Map.entry("韩元", "KRW"), Map.entry("新台币", "TWD"));

    private CurrencyConversion() {
    }

    /** The ISO code for a written currency: "rmb" → CNY, "美元" → USD; ambiguous or unreadable names are refused. */
    public static String code(String written) {
        String w = written == null ? "" : written.trim().toUpperCase(Locale.ROOT);
        if (w.equals("¥") || w.equals("￥")) {
            throw new IllegalArgumentException("'" + written + "' is the sign of both the yuan and the yen: "
                    + "write CNY or JPY");
        }
        String alias = ALIASES.get(w);
        if (alias != null) {
            return alias;
        }
        if (!w.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("unknown currency '" + written + "': write an ISO 4217 code such as "
                    + "USD, CNY (RMB), EUR, JPY, GBP");
        }
        return w;
    }

    /**
     * The currencies of a rate as written with its unit: "CNY per USD", "CNY/USD", "元/美元" → to CNY, per USD; a
     * bare "CNY" names only the target. {@code per} is null when the rate's unit does not name it.
     */
    public record RateUnit(String to, String per) {
    }

    public static RateUnit rateUnit(String written) {
        String[] parts = (written == null ? "" : written.trim()).split("\\s*(?:/|(?i:\\bper\\b)|每)\\s*", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("cannot read '" + written + "' as a currency or a rate unit: write "
                    + "CNY, or CNY per USD");
        }
        return new RateUnit(code(parts[0]), parts.length == 2 ? code(parts[1]) : null);
    }

    /**
     * The target currency, after checking that a rate unit which names its base agrees with the amount's currency:
     * a rate of "USD per CNY" applied to an amount in USD is an inverted rate, and multiplying by it would be wrong.
     */
    public static String target(String from, RateUnit unit) {
        if (unit.per() == null || unit.per().equals(from)) {
            return unit.to();
        }
        String rate = unit.to() + " per " + unit.per();
        if (unit.to().equals(from)) {
            throw new IllegalArgumentException("the rate is " + rate + ", which converts " + unit.per() + " into "
                    + from + ", but the amount is in " + from + ": the rate looks inverted; to convert " + from
                    + " into " + unit.per() + " send 1 ÷ rate with to = " + unit.per());
        }
        throw new IllegalArgumentException("the rate is " + rate + " but the amount is in " + from + ": give a rate "
                + "in " + unit.to() + " per " + from);
    }

    /** converted = amount × rate, in {@code to} (codes already normalised with {@link #code}). */
    public static Figure convert(double amount, String from, String to, double rate, String source) {
        InputChecks.positive("amount", amount);
        InputChecks.positive("exchange rate (" + to + " per " + from + ")", rate);
        if (from.equals(to)) {
            throw new IllegalArgumentException("from and to are both " + from + ": nothing to convert");
        }
        return new Figure("amount in " + to, amount * rate, to, "converted = amount × rate",
                Figure.inputs("amount (" + from + ")", amount, "rate (" + to + " per " + from + ")", rate), source);
    }
}
