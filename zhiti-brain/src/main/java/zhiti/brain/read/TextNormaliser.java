package zhiti.brain.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.econ.units.NumberWords;
import zhiti.econ.units.QuantityParser;

/**
 * Rewrites the ways a question can write a number into digits the scanner reads, before anything else looks at
 * it: full-width forms ("１０２４", "％"), Chinese numerals before a magnitude, counter or unit ("一万张", "两千亿",
 * "七天", "十分之一", "百分之四十", "一年"), English number words before a unit ("two weeks", "a year"), and
 * "3.15×10^23" or "10^24" as exponents. Every later offset refers to this text.
 */
final class TextNormaliser {

    private static final String CN = "[零〇一二两三四五六七八九十百千]+";
    /**
     * A Chinese numeral before what counts it ("一万张" → "1万张", "三十台" → "30台", "一年" → "1年"); not in "翻一倍",
     * "哪一年" or "第一年", where it counts nothing.
     */
    private static final Pattern CN_COUNTED = Pattern.compile("(?<![" + NumberWords.CHINESE_DIGITS + "翻哪第])(" + CN
            + ")(?=\\s*(?:[万亿]|个(?:月|星期|小时|数量级)|张|块|片|颗|台|天|日|周|星期|月|年|小时|倍|次|层|人|家|成))");
    private static final Pattern ARTICLE = Pattern.compile("\\s*家");
    private static final Pattern PRICE_BEFORE = Pattern.compile("(?:钱|元|美元|欧元|块)\\s*$");
    /** "半个数量级", "half an order of magnitude": 0.5 of one. */
    private static final Pattern HALF_OOM = Pattern.compile("半个数量级");
    /** "four 8×H100 servers", "an 8x A100 node": servers counted, and the accelerators each holds. */
    private static final Pattern SERVER_SHAPE = Pattern.compile("(?i)(?:\\b(\\d+(?:\\.\\d+)?)|\\b(an?|one))\\s+(\\d+)\\s*[×x]\\s*"
            + "([A-Z][\\w-]*\\d[\\w-]*)\\s+(servers?|nodes?|boxes|box|machines?|systems?)\\b");
    /** "四成五": four and a half tenths, 45%. */
    private static final Pattern TENTHS_AND = Pattern.compile("([一二两三四五六七八九])成([一二三四五六七八九])(?![成十百千万亿])");
    /** "1.2 million H100-hours": GPU-hours, on the chip named. */
    private static final Pattern CHIP_HOURS = Pattern.compile("\\b([A-Z][A-Za-z]{0,3}\\d{2,4}[A-Za-z]?)[\\s-]+hours?\\b");
    /** "去年 6 月", "今年", "last year": years counted from the current one. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)(?:前年|去年|今年|明年|后年|\\blast year\\b|\\bthis year\\b|\\bnext year\\b)"
            + "(?![^。.?？]{0,3}[（(]?\\s*(?:19|20)\\d\\d)");
    /** "half a trillion trillion FLOP", "two trillion trillion": 10^24, said as words. */
    private static final Pattern TRILLION_TRILLION = Pattern.compile("(?i)\\b(half an?|an?|one|\\d+(?:\\.\\d+)?)\\s+trillion[\\s-]+trillion\\b");
    /** "half a trillion tokens", "half a million users". */
    private static final Pattern HALF_MAGNITUDE = Pattern.compile("(?i)\\bhalf an? (thousand|million|billion|trillion)\\b");
    private static final Pattern HALF_OOM_EN = Pattern.compile("(?i)\\bhalf an order of magnitude");
    /** "a tenth of today's level", "one third of it": a fraction in words, before "of". */
    private static final java.util.Map<String, Double> EN_FRACTIONS = java.util.Map.of("a tenth", 0.1, "one tenth", 0.1,
            "a quarter", 0.25, "one quarter", 0.25, "a third", 1.0 / 3, "one third", 1.0 / 3, "a half", 0.5, "one half", 0.5,
            "a fifth", 0.2, "one fifth", 0.2);
    private static final Pattern EN_FRACTION = Pattern.compile("(?i)\\b((?:a|one)[\\s-](?:tenth|quarter|third|half|fifth))(?=\\s+of\\b)");
    /** "十分之一" → 0.1, "三分之二" → 0.6667. */
    private static final Pattern CN_FRACTION = Pattern.compile("(" + CN + "|\\d+)分之(" + CN + "|\\d+)");
    private static final Pattern CN_PERCENT = Pattern.compile("百分之\\s*(" + CN + "(?:点[零〇一二两三四五六七八九]+)?|\\d+(?:\\.\\d+)?)");
    private static final Pattern FISCAL_YEAR = Pattern.compile("\\b(?:FY|CY)\\s?'?((?:19|20)\\d{2}|\\d{2})\\b");
    /** English number words; "a"/"an" stay words, since "30% a year" is a rate, not one year. */
    /** "a billion generated tokens", "one million queries": the article is a count of one of the magnitude. */
    private static final Pattern A_MAGNITUDE = Pattern.compile("(?i)\\b(?:a|one)\\s+(thousand|million|billion|trillion)\\b"
            + "(?=\\s+(?:[a-z-]+\\s+){0,2}(?:tokens?|queries|requests|users|visits|parameters|params|GPUs?|FLOPs?|dollars|words|images)\\b)");
    private static final Pattern PRICE_BASIS = Pattern.compile("(?i)price|cost|\\$|USD|dollars?|cents?|charges?|美元|元");
    private static final Pattern EN_WORD = Pattern.compile("(?i)\\b(?!an?\\b)(" + NumberWords.ENGLISH_WORDS
            + ")(?=[\\s-]+(?:days?|weeks?|months?|years?|hours?|times|orders?|percent|GPUs?|servers?|nodes?|layers?|cents?|dollars|"
            + "heads?|billion|million|trillion|thousand|DGX|HGX)\\b|[\\s-]+\\d+\\s*[×x]\\s*[A-Z]|\\s+[A-Z][A-Za-z]{0,4}\\d{2,4}[A-Za-z]?\\b|\\s+(?:per|a|each)\\s+(?:server|node|box|machine)\\b)");
    /** "千亿参数", "万亿级模型": a magnitude with no digit before it counts one of it. */
    /** "千亿参数", and "万卡集群" (a cluster of ten thousand cards): a magnitude standing for one of itself. */
    private static final Pattern BARE_MAGNITUDE = Pattern.compile("((?:万亿|千亿|百亿|十亿|亿)(?=级?\\s*(?:参数|模型|大模型|tokens?|美元|元))"
            + "|(?:十万|万|千|百)(?=\\s*卡(?![时小])))");
    private static final Pattern POWER_OF_TEN = Pattern.compile("(?<![\\d.eE])10\\s*\\^\\s*([+-]?\\d+)");

    private TextNormaliser() {
    }

    static String normalise(String raw) {
        String s = fullWidth(raw);
        s = latex(s);
        s = replace(CHIP_HOURS, s, m -> "GPU-hours (" + m.group(1) + ")");
        s = relativeYears(s);
        // "at end-2021", "mid-2024": a year, written with a hyphen that is not a minus
        s = s.replaceAll("(?i)\\b(end|start|mid|early|late|year-end)-((?:19|20)\\d\\d)\\b", "$1 of $2");
        // "1.2 million H100 GPU-hours": the hours are GPU-hours, the chip says which
        s = s.replaceAll("(\\d[\\d.,]*\\s*(?:million|billion|thousand|k|M|万|亿)?)\\s+([A-Z][A-Za-z]*\\d+[A-Za-z]*)\\s+(GPU[- ]?hours?|GPU[- ]?hrs?)\\b",
                "$1 $3 on $2");
        // "多久腰斩一次", "doubles once": "once" counts nothing
        s = s.replaceAll("(腰斩|减半|翻倍|翻一番|翻番|降一半|砍半)(?:一|1)次", "$1");
        // "FY2025", "CY 2024", "FY25": the year of a fiscal or calendar year is a date like any other
        s = FISCAL_YEAR.matcher(s).replaceAll(m -> "FY " + (m.group(1).length() == 2 ? "20" + m.group(1) : m.group(1)));
        s = QuantityParser.plainExponents(s);
        s = replace(POWER_OF_TEN, s, m -> "1e" + m.group(1));
        s = replace(CN_PERCENT, s, m -> trim(chineseOrDigits(m.group(1))) + "%");
        s = replace(TENTHS_AND, s, m -> trim(chineseOrDigits(m.group(1)) * 10 + chineseOrDigits(m.group(2))) + "%");
        s = HALF_OOM.matcher(s).replaceAll("0.5 个数量级");
        s = HALF_OOM_EN.matcher(s).replaceAll("0.5 orders of magnitude");
        s = replace(TRILLION_TRILLION, s, m -> {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            double k = n.startsWith("half") ? 0.5 : n.matches("an?|one") ? 1 : Double.parseDouble(n);
            return trim(k) + "e24";
        });
        s = HALF_MAGNITUDE.matcher(s).replaceAll("0.5 $1");
        s = replace(EN_FRACTION, s, m -> trim(EN_FRACTIONS.get(m.group(1).toLowerCase().replaceAll("[\\s-]+", " "))));
        s = replace(CN_FRACTION, s, m -> {
            double den = chineseOrDigits(m.group(1));
            double num = chineseOrDigits(m.group(2));
            return den > 0 ? trim(num / den) : m.group();
        });
        String counted = s;
        s = replace(CN_COUNTED, s, m -> {
            if (m.group(1).matches("[百千]+")) {
                return m.group(); // "每百万 tokens": a magnitude word, not a count
            }
            if (m.group(1).equals("一") && ARTICLE.matcher(counted.substring(m.end())).lookingAt()) {
                return m.group(); // "一家云厂商": an article, not a count
            }
            if (m.group(1).equals("一") && PRICE_BEFORE.matcher(counted.substring(0, m.start())).find()) {
                return m.group(); // "多少钱一小时", "2.4 美元一张": the unit a price is per, not a count
            }
            double v = chineseOrDigits(m.group(1));
            return v > 0 ? trim(v) : m.group();
        });
        s = bareMagnitudes(s);
        String before = s;
        // "the list price for a million output tokens" is the basis of a price, not a count to work with
        s = replace(A_MAGNITUDE, s, m -> PRICE_BASIS.matcher(before.substring(Math.max(0, m.start() - 30), m.start())).find()
                ? m.group() : "1 " + m.group(1));
        s = replace(EN_WORD, s, m -> {
            return trim(NumberWords.parse(m.group(1).toLowerCase()));
        });
        s = replace(SERVER_SHAPE, s, m -> (m.group(1) != null ? m.group(1) : m.group(2)) + " " + m.group(5) + " with "
                + m.group(3) + " " + m.group(4) + " each");
        return s;
    }

    /** "从去年 6 月的 800 亿涨到今年 6 月的 3200 亿": a year-on-year span needs calendar years to measure. */
    private static String relativeYears(String s) {
        int year = java.time.Year.now().getValue();
        return replace(RELATIVE_YEAR, s, m -> switch (m.group().toLowerCase(java.util.Locale.ROOT)) {
            case "前年" -> (year - 2) + "年";
            case "去年" -> (year - 1) + "年";
            case "last year" -> "in " + (year - 1);
            case "今年" -> year + "年";
            case "this year" -> "in " + year;
            case "明年" -> (year + 1) + "年";
            case "next year" -> "in " + (year + 1);
            default -> (year + 2) + "年";
        });
    }

    /** "$2.6 \\times 10^{24}$" as documents typeset it: "2.6 × 10^24", with no dollar sign left to read as money. */
    private static String latex(String s) {
        if (!s.contains("\\times") && !s.contains("^{")) {
            return s;
        }
        String t = s.replaceAll("\\$\\s*([0-9.]+\\s*\\\\times\\s*10\\s*\\^\\s*\\{?\\s*[-+]?\\d+\\s*\\}?)\\s*\\$", "$1");
        t = t.replace("\\times", "×");
        return t.replaceAll("\\^\\s*\\{\\s*([-+]?\\d+)\\s*\\}", "^$1");
    }

    /** "千亿参数" → "1千亿参数", but "1120 亿美元" keeps its number: a digit before the magnitude (spaces aside) owns it. */
    private static String bareMagnitudes(String s) {
        Matcher m = BARE_MAGNITUDE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = m.start() - 1;
            while (i >= 0 && s.charAt(i) == ' ') {
                i--;
            }
            // "多少亿元": the unit an answer is wanted in, not a count of one
            boolean owned = i >= 0 && (Character.isDigit(s.charAt(i)) || "万亿千百十零一二两三四五六七八九少几".indexOf(s.charAt(i)) >= 0);
            m.appendReplacement(out, Matcher.quoteReplacement(owned ? m.group() : "1" + m.group(1)));
        }
        return m.appendTail(out).toString();
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '％') {
                b.append('%');
            } else if (c == '．') {
                b.append('.');
            } else if (c == '＄') {
                b.append('$');
            } else if (c == '\u00a0' || c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static double chineseOrDigits(String s) {
        if (s.matches("\\d+(?:\\.\\d+)?")) {
            return Double.parseDouble(s);
        }
        String t = s;
        double frac = 0;
        int dot = t.indexOf('点');
        if (dot >= 0) {
            String decimals = t.substring(dot + 1);
            t = t.substring(0, dot);
            double scale = 0.1;
            for (char c : decimals.toCharArray()) {
                frac += "零一二三四五六七八九".indexOf(c == '两' ? '二' : c == '〇' ? '零' : c) * scale;
                scale /= 10;
            }
        }
        try {
            return NumberWords.parse(t) + frac;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        return m.appendTail(out).toString();
    }
}
