package zhiti.econ.units;

import zhiti.core.Lang;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Renders numbers for people: scientific notation for huge values, grouping for counts, Chinese magnitudes (万, 亿,
 * 万亿) and currencies, in zh or en. All forms keep three significant digits unless a count is exact.
 */
public final class Formats {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Formats() {
    }

    /** 3.15e23 style, three significant digits. */
    public static String sci(double v) {
        if (v == 0) {
            return "0";
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        double mant = v / Math.pow(10, exp);
        String m = String.format(Locale.ROOT, "%.3g", mant);
        if (m.startsWith("10") || m.startsWith("-10")) { // rounding pushed the mantissa to 10
            exp++;
            m = String.format(Locale.ROOT, "%.3g", v / Math.pow(10, exp));
        }
        m = m.contains(".") ? m.replaceAll("0+$", "").replaceAll("\\.$", "") : m;
        return m + "e" + exp;
    }

    /** EN: "3.15e23"; ZH: "3.15×10²³" (the form Chinese reports print). */
    public static String sci(double v, Lang lang) {
        String s = sci(v);
        if (lang == Lang.EN || v == 0) {
            return s;
        }
        int e = s.indexOf('e');
        StringBuilder exp = new StringBuilder();
        for (char c : s.substring(e + 1).toCharArray()) {
            exp.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.substring(0, e) + "×10" + exp;
    }

    /** A readable amount: counts grouped (4,173), small values to three significant digits, huge ones in sci. */
    public static String human(double v) {
        double a = Math.abs(v);
        if (a >= 1e9 || (a > 0 && a < 1e-3)) {
            return sci(v);
        }
        if (a >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** {@link #human(double)} for English; for Chinese no digit grouping (4173) and 万/亿 above ten thousand. */
    public static String human(double v, Lang lang) {
        return lang == Lang.EN ? human(v) : magnitude(v, Lang.ZH);
    }

    /** Three significant digits without grouping or trailing zeros; whole numbers of 1,000 or more stay whole. */
    public static String trimmed(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (Math.abs(v) >= 1000) {
            return BigDecimal.valueOf(Math.rint(v)).toBigInteger().toString();
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /**
     * A count in words a reader of that language expects. ZH: 4173, 1.2万, 1750亿, 1.8万亿 (sci beyond 10¹⁶);
     * EN: 4,173, 1.2 million, 175 billion, 1.8 trillion (sci beyond 10¹⁵).
     */
    public static String magnitude(double v, Lang lang) {
        double a = Math.abs(v);
        if (lang == Lang.ZH) {
            if (a < 1e4) {
                return trimmed(v);
            }
            if (a < 1e8) {
                return sig3(v / 1e4) + "万";
            }
            if (a < 1e12) {
                return sig3(v / 1e8) + "亿";
            }
            if (a < 1e16) {
                return sig3(v / 1e12) + "万亿";
            }
            return sci(v, Lang.ZH);
        }
        if (a < 1e6) {
            return a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : trimmed(v);
        }
        if (a < 1e9) {
            return sig3(v / 1e6) + " million";
        }
        if (a < 1e12) {
            return sig3(v / 1e9) + " billion";
        }
        if (a < 1e15) {
            return sig3(v / 1e12) + " trillion";
        }
        return sci(v);
    }

    /** ZH: "1.2亿美元", "2.9万美元"; EN: "$120 million", "$29,000", "$2.5". */
    public static String money(double amount, Money.Currency currency, Lang lang) {
        if (lang == Lang.ZH) {
            return magnitude(amount, Lang.ZH) + currency.chinese();
        }
        String sign = amount < 0 ? "-" : "";
        double a = Math.abs(amount);
        String body = a < 100 ? sig3(a) : magnitude(a, Lang.EN);
        return sign + currency.symbol() + body;
    }

    /** US dollars, the catalogs' currency. */
    public static String usd(double amount, Lang lang) {
        return money(amount, Money.Currency.USD, lang);
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100).replace(".0%", "%");
    }

    /** Both languages write "40%"; kept with a language argument so callers format every figure the same way. */
    public static String percent(double fraction, Lang lang) {
        return percent(fraction);
    }

    /** ZH: "2023年5月"; EN: "2023-05" (ISO at the source's precision). */
    public static String date(CalendarDate d, Lang lang) {
        return lang == Lang.ZH ? d.toChinese() : d.toString();
    }

    /** A value with a unit: FLOP counts in sci, everything else by magnitude ("3.15×10²³ FLOP", "1750亿 参数"). */
    public static String quantity(double v, String unit, Lang lang) {
        String n = Math.abs(v) >= 1e16 || unit.startsWith("FLOP") ? sci(v, lang) : magnitude(v, lang);
        return unit.isEmpty() ? n : n + " " + unit;
    }

    private static String sig3(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
