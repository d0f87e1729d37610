package zhiti.brain.offline;

import java.util.Locale;
import java.util.regex.Matcher;

/** What the tool-belt readers share: a number with its magnitude word, and the group an alternation matched. */
final class RequestText {

    /** A number's digits and its magnitude: "1.76" "万亿", "4.6" "M", "2" "billion"; a null scale is 1. */
    static double number(String digits, String scale) {
        double v = Double.parseDouble(digits.replace(",", ""));
        if (scale == null) {
            return v;
        }
        return v * switch (scale.toLowerCase(Locale.ROOT)) {
            case "万亿", "trillion", "t" -> 1e12;
            case "亿" -> 1e8;
            case "万" -> 1e4;
            case "千", "thousand", "k" -> 1e3;
            case "billion", "bn", "b" -> 1e9;
            case "million", "mn", "m" -> 1e6;
            default -> 1;
        };
    }

    /** The first group that matched, for patterns that are alternatives of one another; "" when none did. */
    static String firstGroup(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        return "";
    }

    private RequestText() {
    }
}
