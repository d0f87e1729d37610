package zhiti.econ.units;

import zhiti.core.Lang;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as written: "$2", "$1.5 billion", "$30M", "2 美元", "1.2亿美元", "3000万元", "¥100", "RMB 100",
 * "100 USD", "€5". No exchange rates are applied: the currency is kept as written.
 */
public record Money(double amount, Currency currency) {

    public enum Currency {
        USD("$", "美元"), CNY("¥", "元"), EUR("€", "欧元");

        private final String symbol;
        private final String zh;

        Currency(String symbol, String zh) {
            this.symbol = symbol;
            this.zh = zh;
        }

        public String symbol() {
            return symbol;
        }

        public String chinese() {
            return zh;
        }
    }

    private static final String NUMBER = QuantityParser.NUMBER_WITH_MAGNITUDE.pattern();
    private static final Pattern PREFIXED = Pattern.compile(
            "(?i:(us\\$|\\$|usd|rmb|cny|¥|￥|€|eur))\\s*" + NUMBER + "\\s*(?i:(dollars?|usd))?");
    private static final Pattern SUFFIXED = Pattern.compile(
            NUMBER + "\\s*(美元|美金|人民币|元|块|欧元|(?i:usd|us dollars?|dollars?|rmb|cny|yuan|eur|euros?))");

    public Money {
        if (currency == null || !Double.isFinite(amount)) {
            throw new IllegalArgumentException("money needs a finite amount and a currency");
        }
    }

    public static Money usd(double amount) {
        return new Money(amount, Currency.USD);
    }

    /** Reads a whole string as an amount with its currency; throws with examples otherwise. */
    public static Money parse(String text) {
        String s = text == null ? "" : QuantityParser.plainExponents(text.trim());
        Matcher m = PREFIXED.matcher(s);
        if (m.matches()) {
            return new Money(QuantityParser.value(m.group(2), m.group(3)), currency(m.group(1)));
        }
        m = SUFFIXED.matcher(s);
        if (m.matches()) {
            return new Money(QuantityParser.value(m.group(1), m.group(2)), currency(m.group(3)));
        }
        throw new IllegalArgumentException("cannot read '" + text + "' as money: write e.g. $2, $1.5 billion, "
                + "2 美元, 1.2亿美元, 3000万元, ¥100");
    }

    private static Currency currency(String word) {
        String w = word.toLowerCase(Locale.ROOT).trim();
        if (w.contains("$") || w.startsWith("usd") || w.startsWith("us") || w.startsWith("dollar") || w.equals("美元")
                || w.equals("美金")) {
            return Currency.USD;
        }
        if (w.equals("€") || w.startsWith("eur") || w.equals("欧元")) {
            return Currency.EUR;
        }
        return Currency.CNY;
    }

    /** "1.2亿美元" / "$120 million". */
    public String format(Lang lang) {
        return Formats.money(amount, currency, lang);
    }
}
