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

    /** Parses a whole string such as "175B" or "1750亿"; throws with a fix-it message otherwise. */
    public static double parse(String text) {
        String s = text == null ? "" : text.trim();
        Matcher m = NUMBER_WITH_MAGNITUDE.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("cannot read '" + text
                    + "' as a number: write digits with an optional magnitude, e.g. 175B, 1.8T, 3e11, 1750亿");
        }
        return value(m);
    }

    /** The value of a match of {@link #NUMBER_WITH_MAGNITUDE}. */
    public static double value(Matcher m) {
        double v = Double.parseDouble(m.group(1).replace(",", ""));
        String mag = m.group(2);
        return mag == null ? v : v * multiplier(mag);
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
