package zhiti.econ.units;

import java.util.Locale;
import java.util.Map;

/**
 * Numbers written as words: English ("two", "twenty-five", "a", "half", "dozen") and Chinese numerals ("四十",
 * "两", "一百二十", "三万", "半"), besides plain digits.
 */
public final class NumberWords {

    private static final Map<String, Integer> EN = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));

    /** Characters that may make up a Chinese numeral. */
    public static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿半";

    /** English number words, for building patterns. */
    public static final String ENGLISH_WORDS =
            "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
                    + "|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                    + "|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|half|dozen)";

    private NumberWords() {
    }

    /** Digits, an English number word or a Chinese numeral; throws with the accepted forms otherwise. */
    public static double parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty number: write digits (30), a word (thirty) or 三十");
        }
        if (s.matches("\\d+(?:,\\d{3})*(?:\\.\\d+)?")) {
            return Double.parseDouble(s.replace(",", ""));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("half")) {
            return 0.5;
        }
        Integer en = EN.get(lower);
        if (en != null) {
            return en;
        }
        String[] parts = lower.split("[- ]");
        if (parts.length == 2 && EN.containsKey(parts[0]) && EN.containsKey(parts[1])
                && EN.get(parts[0]) >= 20 && EN.get(parts[1]) < 10) {
            return EN.get(parts[0]) + EN.get(parts[1]);
        }
        if (s.chars().allMatch(c -> CHINESE_DIGITS.indexOf(c) >= 0)) {
            return chinese(s);
        }
        throw new IllegalArgumentException("cannot read '" + text + "' as a number: write digits (30), an English "
                + "word (thirty) or a Chinese numeral (三十)");
    }

    /** 四十 → 40, 一百二十 → 120, 两万 → 20000, 十二 → 12, 三亿五千万 → 350000000, 半 → 0.5. */
    static double chinese(String s) {
        if (s.equals("半")) {
            return 0.5;
        }
        double total = 0;   // completed 亿 sections
        double section = 0; // completed 万 sections below 亿
        double group = 0;   // value below 万
        int digit = -1;
        for (char c : s.toCharArray()) {
            int d = "零〇一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            } else if (d >= 0) {
                d = d <= 1 ? 0 : d - 1;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '十', '百', '千' -> {
                    int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    group += (digit < 0 ? 1 : digit) * unit; // 十二 means 12: a bare 十 counts one ten
                    digit = -1;
                }
                case '万' -> {
                    section += (group + Math.max(digit, 0)) * 1e4;
                    group = 0;
                    digit = -1;
                }
                case '亿' -> {
                    total += (section + group + Math.max(digit, 0)) * 1e8;
                    section = 0;
                    group = 0;
                    digit = -1;
                }
                default -> throw new IllegalArgumentException("cannot read Chinese numeral '" + s + "'");
            }
        }
        return total + section + group + Math.max(digit, 0);
    }
}
