package zhiti.econ.units;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads counts written the way analysts write them: "175B", "1.8T", "300 billion", "1750亿", "1.75万亿", "3e11",
 * "10,000". Chinese magnitudes compose (千亿 = 1e3 × 1e8); English suffixes are case-insensitive.
 */
public final class QuantityParser {

    private static final Map<String, Double> ENGLISH = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("thousand", 1e3),
            Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("million", 1e6),
            Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("billion", 1e9),
            Map.entry("t", 1e12), Map.entry("tn", 1e12), Map.entry("trillion", 1e12),
            Map.entry("quadrillion", 1e15));

    /** A number, optional spaces, then an optional Chinese or English magnitude. */
    public static final Pattern NUMBER_WITH_MAGNITUDE = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*"
                    + "([十百千万亿]+|(?i:thousand|million|billion|trillion|quadrillion|mn|bn|tn|[kmbt])(?![a-zA-Z]))?");

    private QuantityParser() {
    }

    private static final Pattern TIMES_TEN = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*[×xX*]\\s*10\\s*(?:\\^\\s*([+\\-−]?\\d+)|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|<sup>\\s*([+\\-−]?\\d+)\\s*</sup>)");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Parses a whole string such as "175B", "1750亿" or "3.15×10²³"; throws with a fix-it message otherwise. */
    public static double parse(String text) {
        String s = text == null ? "" : plainExponents(text.trim());
        Matcher m = NUMBER_WITH_MAGNITUDE.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("cannot read '" + text
                    + "' as a number: write digits with an optional magnitude, e.g. 175B, 1.8T, 3e11, 1750亿, 3.15×10^23");
        }
        return value(m);
    }

    /** Rewrites "3.15×10²³", "3.15 x 10^23" and "3.15*10^23" as "3.15e23" so the number patterns can read them. */
    public static String plainExponents(String text) {
        Matcher m = TIMES_TEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String exp = m.group(2) != null ? m.group(2).replace('−', '-')
                    : m.group(4) != null ? m.group(4).replace('−', '-') : superscript(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "e" + exp));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String superscript(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c == '⁻' ? '-' : c == '⁺' ? '+' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
        }
        return b.toString();
    }

    /** The value of a match of {@link #NUMBER_WITH_MAGNITUDE}. */
    public static double value(Matcher m) {
        return value(m.group(1), m.group(2));
    }

    /** Digits (with optional grouping commas and exponent) times an optional magnitude word. */
    public static double value(String digits, String magnitude) {
        double v = Double.parseDouble(digits.replace(",", ""));
        return magnitude == null || magnitude.isEmpty() ? v : v * multiplier(magnitude);
    }

    /** 万 → 1e4, 亿 → 1e8, 千亿 → 1e11, 万亿 → 1e12, "B" → 1e9 … */
    public static double multiplier(String magnitude) {
        String k = magnitude.trim().toLowerCase(Locale.ROOT);
        Double en = ENGLISH.get(k);
        if (en != null) {
            return en;
        }
        double mult = 1;
        for (char c : k.toCharArray()) {
            mult *= switch (c) {
                case '十' -> 1e1;
                case '百' -> 1e2;
                case '千' -> 1e3;
                case '万' -> 1e4;
                case '亿' -> 1e8;
                default -> throw new IllegalArgumentException("unknown magnitude '" + magnitude + "'");
            };
        }
        return mult;
    }
}
