package zhiti.audit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.econ.units.QuantityParser;

/**
 * Finds the numbers a report prints, with exact spans into its text, and reads the magnitude and unit written after
 * each ("1089.4 亿元", "$6.6 billion", "312 TFLOPS", "1.82 万张", "20.83%", "6.4 倍"). Digits that belong to names
 * (H100, GPT-4, 图表 2.12, 表1, 第 3 代) and day-of-month parts of dates are not numbers.
 */
public final class NumScanner {
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s*[×xX*]\\s*10\\s*\\^\\s*\\{?\\s*([+\\-−]?\\d+)\\s*}?|[eE]([+\\-]?\\d+))?");
    /** "1.2 万亿", "$6.6 billion", and the English compound "a 34-billion-parameter model". */
    private static final Pattern MAGNITUDE = Pattern.compile(
            "\\s*(万亿|千亿|百亿|十亿|亿|万|千(?![瓦克米])|百(?![分万亿])|(?i:thousand|million|billion|trillion|bn|mn|tn)\\b)"
                    + "|-((?i:thousand|million|billion|trillion))(?=-|\\s)");
    private static final Pattern LETTER_MAGNITUDE = Pattern.compile("([KMBT])(?![A-Za-z0-9])");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|\\$|USD|RMB|CNY|¥|￥|€|EUR)\\s*$");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(约|大约|近|接近|将近|约合|about|around|approximately|nearly|roughly|~|～)\\s*$", CI);
    private static final Pattern OVER_BEFORE = Pattern.compile("(超过|超|逾|至少|不低于|不少于|more than|over|above|at least|exceeding|upwards of)\\s*$", CI);
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[%％]?\\s*[-–—~～]\\s*(?:US\\$|\\$|¥|￥)?\\d", CI);
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*[%％]?\\s*[-–—~～]\\s*(?:US\\$|\\$|¥|￥)?\\s*$", CI);
    private static final Pattern CITATION = Pattern.compile("(?:\\\\?\\[|［)\\s*$");
    private static final Pattern UNDER_BEFORE = Pattern.compile("(不到|不足|低于|少于|less than|under|below|fewer than)\\s*$", CI);
    private static final Pattern LABEL_BEFORE = Pattern.compile("(图表|图|表|Figure|Fig\\.|Table|第|Q|H|FY|章|节|附录|Section|No\\.|#|v|V|版本|version)\\s*$", CI);
    private static final Pattern UNIT = Pattern.compile("\\s*(?:"
            + "(?<pp>个百分点|percentage points?|pp\\b|pct\\b)"
            + "|(?<pct>%|％|percent\\b|per cent\\b)"
            + "|(?<pfday>(?:PF|PFLOPS?|PFLOP/s)[-·\\s]?(?:days?|天))"
            + "|(?<flops>(?-i:[KMGTPEZ]?FLOPS\\b|[KMGTPEZ]?FLOP/s\\b))"
            + "|(?<flop>(?-i:[KMGTPEZ]?FLOPs?\\b)|次浮点运算)"
            + "|(?<energy>[kKMGT]?Wh\\b|千瓦时|度电|度(?![a-zA-Z]))"
            + "|(?<power>[kKMG]W\\b|W\\b|千瓦|兆瓦|瓦)"
            + "|(?<bytes>[KMGTPE]i?B\\b(?!/s))"
            + "|(?<factor>倍|-?fold\\b|[x×](?![\\dA-Za-z]|\\s*\\d|\\s*[A-Z]))"
            + "|(?<money>美元|美金|元人民币|人民币|元|欧元|dollars?\\b|USD\\b|RMB\\b|CNY\\b|yuan\\b|EUR\\b|euros?\\b)"
            + "|(?<tokens>tokens?\\b|个?token|个?词元)"
            + "|(?<params>个?参数|(?:-parameter|parameters?|params)\\b)"
            + "|(?<days>天|日(?![元本])|days?\\b)"
            + "|(?<hours>个?小时|hours?\\b|GPU[- ]hours?\\b|卡时)"
            + "|(?<weeks>周|weeks?\\b)"
            + "|(?<months>个月|months?\\b)"
            + "|(?<years>年(?!代|前|度|级)|years?\\b)"
            + "|(?<count>台|张|块|颗|片|卡|个|家|人|名|次|条|枚|座|款|辆|艘|架|套|部|户|所|项|只|位|例|篇|件|-?GPUs?\\b|-?servers?\\b|-?chips?\\b|-?cards?\\b|-?nodes?\\b|users?\\b|units?\\b|companies\\b|models?\\b)"
            + ")", CI);
    private static final Pattern DAY_OF_MONTH = Pattern.compile("月\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\s*月");

    private NumScanner() {
    }

    public static List<Num> scan(String text) {
        List<Num> out = new ArrayList<>();
        for (Raw m : raws(text)) {
            int s = m.start();
            if (s > 0 && partOfName(text, s)) continue;
            if (CITATION.matcher(text.substring(Math.max(0, s - 3), s)).find()) continue; // "[29]", "\\[4\\]": a reference
            String before = text.substring(Math.max(0, s - 12), s);
            if (LABEL_BEFORE.matcher(before).find() && !before.matches("(?s).*\\d\\s*$")) {
                if (labelled(before)) continue;
            }
            String frac = m.frac();
            double v = m.value();
            int decimals = frac == null ? 0 : frac.length();
            String exp = m.exp();
            int end = m.end();
            double mult = 1;
            if (exp != null) {
                mult = Math.pow(10, Integer.parseInt(exp));
            } else if (text.length() > end && Character.isLetter(text.charAt(end)) && !isCjk(text.charAt(end))) {
                Matcher lm = LETTER_MAGNITUDE.matcher(text).region(end, text.length());
                if (lm.lookingAt()) {
                    mult = QuantityParser.multiplier(lm.group(1));
                    end = lm.end();
                }
            }
            if (mult == 1 && exp == null) {
                Matcher mm = MAGNITUDE.matcher(text).region(end, text.length());
                if (mm.lookingAt()) {
                    String word = mm.group(1) != null ? mm.group(1) : mm.group(2);
                    mult = QuantityParser.multiplier(word.toLowerCase(Locale.ROOT));
                    end = mm.end();
                }
            }
            if (DAY_OF_MONTH.matcher(before).find() || MONTH_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 3))).find())
                continue; // "3 月 15 日": a date, not a quantity
            Matcher cb = CURRENCY_BEFORE.matcher(before);
            String currency = cb.find() ? currencyOf(cb.group(1)) : null;
            int start = currency != null ? s - (before.length() - cb.start()) : s;
            Unit unit = Unit.PLAIN;
            double scale = 1;
            String word = "";
            Matcher um = UNIT.matcher(text).region(end, text.length());
            boolean yearLike = exp == null && frac == null && mult == 1 && !m.digits().contains(",") && v >= 1950 && v <= 2100;
            if (currency == null && um.lookingAt()) {
                word = um.group().trim().replaceFirst("^-", ""); // "512-GPU": the counter without its hyphen
                if (um.group("pp") != null) unit = Unit.PERCENT_POINTS;
                else if (um.group("pct") != null) unit = Unit.PERCENT;
                else if (um.group("pfday") != null) { unit = Unit.FLOP; scale = 1e15 * 86400; }
                else if (um.group("flops") != null) { unit = Unit.FLOP_PER_S; scale = prefix(word); }
                else if (um.group("flop") != null) { unit = Unit.FLOP; scale = word.startsWith("次") ? 1 : prefix(word); }
                else if (um.group("energy") != null) { unit = Unit.WATT_HOURS; scale = word.startsWith("千") || word.startsWith("度") ? 1e3 : prefix(word); }
                else if (um.group("power") != null) { unit = Unit.WATTS; scale = word.startsWith("千") ? 1e3 : word.startsWith("兆") ? 1e6 : prefix(word); }
                else if (um.group("bytes") != null) { unit = Unit.BYTES; scale = prefix(word); }
                else if (um.group("factor") != null) unit = Unit.FACTOR;
                else if (um.group("money") != null) { unit = Unit.MONEY; currency = currencyOf(word); }
                else if (um.group("tokens") != null) unit = Unit.TOKENS;
                else if (um.group("params") != null) unit = Unit.PARAMS;
                else if (um.group("days") != null) unit = Unit.DAYS;
                else if (um.group("hours") != null) { unit = Unit.DAYS; scale = 1.0 / 24; }
                else if (um.group("weeks") != null) { unit = Unit.DAYS; scale = 7; }
                else if (um.group("months") != null) { unit = Unit.DAYS; scale = 365.25 / 12; }
                else if (um.group("years") != null) {
                    if (yearLike) unit = Unit.YEAR; else { unit = Unit.DAYS; scale = 365.25; }
                }
                else if (um.group("count") != null) unit = Unit.COUNT;
                if (unit != Unit.PLAIN) end = um.end();
            } else if (currency != null) {
                unit = Unit.MONEY;
            }
            if (unit == Unit.PLAIN && yearLike) unit = Unit.YEAR;
            if (unit == Unit.MONEY && currency == null) currency = "CNY";
            if (unit == Unit.COUNT || unit == Unit.PLAIN) {
                String after = text.substring(end, Math.min(text.length(), end + 6));
                if (after.matches("(?s)\\s*(?:个)?参数.*")) unit = Unit.PARAMS;
            }
            double step = Math.pow(10, -decimals) * mult * scale;
            boolean range = yearLike ? false : RANGE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6))).find()
                    || RANGE_BEFORE.matcher(before).find();
            out.add(new Num(start, end, v * mult * scale, unit, currency, step, text.substring(start, end), word,
                    range ? Num.Bound.RANGE : bound(before)));
        }
        return out;
    }

    /** A number as printed before its magnitude and unit: digits, or a Chinese numeral that counts something. */
    private record Raw(int start, int end, String digits, String frac, String exp, double value) {
    }

    /** "一万亿", "两千亿", "十倍", "三十万张": a Chinese numeral before a magnitude or a counted unit. */
    private static final Pattern CN_NUMERAL = Pattern.compile("(?<![第哪星周礼初])([一二两三四五六七八九十][一二两三四五六七八九十百千零]*)"
            + "(?=\\s*(?:万|亿|倍|个?参数|张|台|块|颗|卡|家|款))");

    private static List<Raw> raws(String text) {
        List<Raw> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(",", "");
            double v = Double.parseDouble(m.group(2) == null ? digits : digits + "." + m.group(2));
            out.add(new Raw(m.start(), m.end(), m.group(1), m.group(2), m.group(3) != null ? m.group(3).replace('−', '-') : m.group(4), v));
        }
        Matcher c = CN_NUMERAL.matcher(text);
        while (c.find()) {
            if (c.group(1).equals("一") && !text.startsWith("万", c.end()) && !text.startsWith("亿", c.end())
                    && !text.startsWith("倍", c.end())) continue; // "一台", "一款": an article, not a count
            double v;
            try {
                v = zhiti.econ.units.NumberWords.parse(c.group(1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            out.add(new Raw(c.start(), c.end(), String.valueOf((long) v), null, null, v));
        }
        out.sort(java.util.Comparator.comparingInt(Raw::start));
        return out;
    }

    private static Num.Bound bound(String before) {
        if (APPROX_BEFORE.matcher(before).find()) return Num.Bound.ABOUT;
        if (OVER_BEFORE.matcher(before).find()) return Num.Bound.AT_LEAST;
        if (UNDER_BEFORE.matcher(before).find()) return Num.Bound.AT_MOST;
        return Num.Bound.EXACT;
    }

    private static boolean labelled(String before) {
        String t = before.stripTrailing();
        return t.endsWith("图表") || t.endsWith("图") || t.endsWith("表") || t.endsWith("第") || t.endsWith("章")
                || t.endsWith("节") || t.matches("(?is).*\\b(?:figure|fig\\.|table|section|no\\.|version|v|q|h|fy)$") || t.endsWith("#");
    }

    /** "H100", "GPT-4", "Llama-2", "A800": digits glued to letters are part of a name. */
    private static boolean partOfName(String text, int s) {
        char p = text.charAt(s - 1);
        if (Character.isLetterOrDigit(p) && !isCjk(p)) return true;
        if (p == '.' && s >= 2 && Character.isDigit(text.charAt(s - 2))) return true;
        if ((p == '-' || p == '_' || p == '/') && s >= 2 && Character.isLetterOrDigit(text.charAt(s - 2)) && !isCjk(text.charAt(s - 2)))
            return !(p == '-' && Character.isDigit(text.charAt(s - 2))); // "2021-2026" is a range of years
        return false;
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static double prefix(String word) {
        char c = word.isEmpty() ? ' ' : word.charAt(0);
        return switch (Character.toUpperCase(c)) {
            case 'K' -> 1e3;
            case 'M' -> 1e6;
            case 'G' -> 1e9;
            case 'T' -> 1e12;
            case 'P' -> 1e15;
            case 'E' -> 1e18;
            case 'Z' -> 1e21;
            default -> 1;
        };
    }

    private static String currencyOf(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        if (k.contains("$") || k.contains("美") || k.startsWith("dollar") || k.equals("usd")) return "USD";
        if (k.contains("€") || k.contains("欧") || k.startsWith("eur")) return "EUR";
        return "CNY";
    }
}
