package zhiti.econ.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages as written — "40%", "40 %", "40 percent", "百分之四十", "百分之40", "四成" — read as a fraction (0.4).
 * A bare number is rejected, because "40" and "0.4" would be ambiguous.
 */
public final class Percent {

    private static final Pattern SYMBOL = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(?:%|％|(?i:percent|per cent|pct))");
    private static final Pattern CHINESE = Pattern.compile("百分之\\s*(\\d+(?:\\.\\d+)?|[" + NumberWords.CHINESE_DIGITS
            + "]+(?:点[零〇一二两三四五六七八九]+)?)");
    private static final Pattern TENTHS = Pattern.compile("([一二两三四五六七八九十])成(半)?");

    private Percent() {
    }

    /** The fraction a percentage stands for: "40%" → 0.4. */
    public static double parse(String text) {
        String s = text == null ? "" : text.trim();
        Matcher m = SYMBOL.matcher(s);
        if (m.matches()) {
            return Double.parseDouble(m.group(1)) / 100;
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return chineseNumber(m.group(1)) / 100;
        }
        m = TENTHS.matcher(s);
        if (m.matches()) {
            return (NumberWords.parse(m.group(1)) + (m.group(2) != null ? 0.5 : 0)) / 10;
        }
        throw new IllegalArgumentException("cannot read '" + text + "' as a percentage: write e.g. 40%, "
                + "40 percent or 百分之四十 (a bare 0.4 or 40 is ambiguous)");
    }

    /** 四十 → 40, 三十二点五 → 32.5. */
    private static double chineseNumber(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Double.parseDouble(s);
        }
        int dot = s.indexOf('点');
        if (dot < 0) {
            return NumberWords.parse(s);
        }
        double whole = NumberWords.parse(s.substring(0, dot));
        StringBuilder frac = new StringBuilder("0.");
        for (char c : s.substring(dot + 1).toCharArray()) {
            frac.append((int) NumberWords.chinese(String.valueOf(c)));
        }
        return whole + Double.parseDouble(frac.toString());
    }
}
