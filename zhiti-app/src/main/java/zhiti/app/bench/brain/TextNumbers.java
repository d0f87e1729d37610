package zhiti.app.bench.brain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers written in an answer's text, each with the unit written after it (or the currency before it):
 * "3.15e23 FLOP", "3.15 × 10²³", "1,234", "$4.6M", "1750亿参数", "75.1%", "82 GB". The checker falls back on these
 * only when no figure matches, and says so.
 */
public final class TextNumbers {

    /**
     * A number as written, its value with any magnitude word applied, the unit that follows it, and where it is
     * in the text ([start, end) covers the number and its magnitude word).
     */
    public record TextNumber(double value, String unit, String written, int start, int end) {
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{IsLatin}\\d.])"                                  // not inside H100, v1.5 or 2.0.1
                    + "(?<cur>US\\$|\\$|¥|￥|€)?\\s?"
                    + "(?<sign>[-−])?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
                    + "(?:(?<e>[eE][-+]?\\d+)"
                    + "|\\s?[×xX*]\\s?10\\s?(?:\\^|\\*\\*)\\s?(?<pow>[-−+]?\\d+)"
                    + "|\\s?[×xX*]\\s?10(?<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?"
                    + "(?:\\s?(?<cjk>万亿|千亿|百亿|十亿|亿|千万|百万|万|千(?!瓦))"
                    + "|\\s?(?<word>thousand|million|billion|trillion)\\b"
                    + "|(?<letter>bn|[kKMBT])(?![\\p{IsLatin}]))?");
    /** What may follow as a unit: a Latin unit (with "/x" or " per x"), a percent sign, or CJK characters. */
    private static final Pattern LATIN_UNIT = Pattern.compile(
            "\\s?([%％×]|[\\p{IsLatin}$€·\\-]+(?:/[\\p{IsLatin}·\\-]+)*(?:\\s+per\\s+\\p{IsLatin}+)?(?!\\d))");
    private static final Pattern CJK_UNIT = Pattern.compile("\\s?(\\p{IsHan}{1,4})");
    private static final Map<String, Double> WORDS = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "k", 1e3, "K", 1e3, "M", 1e6, "B", 1e9, "bn", 1e9, "T", 1e12);

    private TextNumbers() {
    }

    public static List<TextNumber> in(String text) {
        List<TextNumber> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            double v = Double.parseDouble(m.group("num").replace(",", ""));
            if (m.group("e") != null) {
                v *= Math.pow(10, Integer.parseInt(m.group("e").substring(1).replace("+", "")));
            } else if (m.group("pow") != null) {
                v *= Math.pow(10, Integer.parseInt(m.group("pow").replace("−", "-").replace("+", "")));
            } else if (m.group("sup") != null) {
                v *= Math.pow(10, superscript(m.group("sup")));
            }
            if (m.group("sign") != null) {
                v = -v;
            }
            if (m.group("cjk") != null) {
                v *= UnitReader.CJK_MAGNITUDE.get(m.group("cjk"));
            } else if (m.group("word") != null) {
                v *= WORDS.get(m.group("word"));
            } else if (m.group("letter") != null) {
                v *= WORDS.get(m.group("letter"));
            }
            String unit = currency(m.group("cur"));
            if (unit.isEmpty()) {
                unit = unitAfter(text, m.end());
            }
            out.add(new TextNumber(v, unit, m.group().strip(), m.start(), m.end()));
        }
        return out;
    }

    private static int superscript(String s) {
        int sign = s.startsWith("⁻") ? -1 : 1;
        int n = 0;
        for (char c : s.toCharArray()) {
            int d = SUPERSCRIPTS.indexOf(c);
            if (d >= 0) {
                n = n * 10 + d;
            }
        }
        return sign * n;
    }

    private static String currency(String symbol) {
        if (symbol == null) {
            return "";
        }
        return switch (symbol) {
            case "$", "US$" -> "USD";
            case "¥", "￥" -> "CNY";
            default -> "EUR";
        };
    }

    /**
     * The longest unit the reader knows at {@code from}: "tokens per second" before "tokens", "美元" before "美".
     * Nothing known there gives "", a bare number that is compared in the label's own unit.
     */
    private static String unitAfter(String text, int from) {
        String rest = text.substring(from, Math.min(text.length(), from + 40));
        Matcher latin = LATIN_UNIT.matcher(rest);
        if (latin.lookingAt()) {
            String u = latin.group(1);
            for (String candidate : List.of(u, u.replaceAll("\\s+per\\s+.*", ""), u.replaceAll("[-·]+$", ""))) {
                if (!UnitReader.read(candidate).isEmpty()) {
                    return candidate;
                }
            }
            return "";
        }
        Matcher cjk = CJK_UNIT.matcher(rest);
        if (cjk.lookingAt()) {
            String u = cjk.group(1);
            for (int n = u.length(); n > 0; n--) {
                if (!UnitReader.read(u.substring(0, n)).isEmpty()) {
                    return u.substring(0, n);
                }
            }
        }
        return "";
    }
}
