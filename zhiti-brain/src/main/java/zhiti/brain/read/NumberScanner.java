package zhiti.brain.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.econ.units.QuantityParser;

/**
 * Finds every number a (normalised) question states and reads the unit written with it: magnitudes ("1120 亿",
 * "4.6M", "2 trillion"), currencies before or after ("$41B", "1.8 美元", "EUR 2.5 million"), units ("TFLOPS",
 * "TB/s", "张", "台", "天", "%", "倍", "H/s") and what a value is per ("/GPU·h", "a day", "/度"). Digits inside
 * names (H100, FP16, GPT-3) and inside entity spans the caller found are not numbers. Dates come out as DATE.
 */
final class NumberScanner {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9.])(?<![A-Za-z0-9]-)(\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)");
    private static final Pattern MAGNITUDE = Pattern.compile(
            "\\s*(万亿|千亿|百亿|十亿|亿|万|千(?![瓦克米])|百(?!分)|-?(?i:thousand|million|billion|trillion|mn|bn|tn)\\b"
                    + "|[kKmMbBtT](?![A-Za-z0-9]))");
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:to|[-–—~～]|至|到)\\s*(?:US\\$|\\$|€|¥|￥)?\\s*", F);
    private static final Pattern RANGE_FROM = Pattern.compile("(?:\\bfrom|从|由)\\s*(?:US\\$|\\$|€|¥|￥)?\\s*$", F);
    private static final Pattern RANGE_TEXT = Pattern.compile("\\d\\S*\\s*(?:to|[-–—~～]|至|到)\\s*(?:US\\$|\\$|€|¥|￥)?\\s*\\d", F);
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|\\$|USD|EUR|€|¥|￥|RMB|CNY)\\s*$", F);
    private static final Pattern YEAR_MONTH = Pattern.compile("^\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern YEAR_ZH = Pattern.compile("^\\s*年(?![内里间后前度代])");
    private static final Pattern DATE_CONTEXT_EN = Pattern.compile(
            "(?:\\b(?:in|from|to|by|since|until|through|of|and|vs\\.?|versus|year|the|Q[1-4]|H[12]|does|did|about|before|after|"
                    + "around|early|late|mid|end of|start of|fiscal|FY|CY)|[(（,，])\\s*$", F);
    private static final Pattern YEAR_NOUN = Pattern.compile("\\s*(?:frontier\\s+)?(?:runs?|models?|systems?|levels?|figures?|estimates?|"
            + "values?|market|budgets?|revenues?|sales|shipments?|forecasts?|projections?|targets?|guidance|capex|spend(?:ing)?|"
            + "baseline|vintage|edition|prices?|cohort|generation|releases?|numbers?)\\b", F);
    private static final Pattern MONTH_YEAR_EN = Pattern.compile(
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s*$", F);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:和|与|及|、|或|and|or)\\s*", F);
    private static final Pattern BITS = Pattern.compile("\\s*-?\\s*(?:bits?\\b|位(?:量化|整数|精度))", F);

    private NumberScanner() {
    }

    /**
     * @param masked   spans (start, end pairs) that belong to names and hold no numbers
     * @param hardware spans of hardware names: a count just before one counts accelerators ("256 H100s"), or
     *                 servers when {@code systems} marks the span as a server system
     */
    static List<Mention> scan(String q, List<int[]> masked, List<int[]> hardware, List<Boolean> systems) {
        List<Mention> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(q);
        while (m.find()) {
            int s = m.start(1);
            if (inside(masked, s) || BITS.matcher(q).region(m.end(1), q.length()).lookingAt()) {
                continue; // "4-bit", "8 位量化": a number format, read as a precision
            }
            double v = Double.parseDouble(m.group(1).replace(",", ""));
            int end = m.end(1);
            String before = q.substring(Math.max(0, s - 14), s);
            Mention date = date(q, s, end, v, before);
            if (date != null) {
                out.add(date);
                m.region(date.end(), q.length());
                continue;
            }
            Matcher mag = MAGNITUDE.matcher(q).region(end, q.length());
            boolean magnified = false;
            if (mag.lookingAt() && !unitLetter(q, mag.end(1))) {
                v *= QuantityParser.multiplier(mag.group(1).replaceFirst("^-", ""));
                end = mag.end();
                magnified = true;
            }
            String currency = null;
            Matcher cb = CURRENCY_BEFORE.matcher(before);
            if (cb.find()) {
                currency = currency(cb.group(1));
            }
            Mention read = counted(q, s, end, v, hardware, systems);
            if (read == null) {
                read = UnitTable.read(q, s, end, v, magnified, currency);
            }
            out.add(read);
            m.region(read.end(), q.length());
        }
        return shared(q, ranges(q, out));
    }

    /** "7800万和1.91亿美元", "20 and 40 GPUs": a bare number listed before one with a unit shares that unit. */
    private static List<Mention> shared(String q, List<Mention> in) {
        List<Mention> out = new ArrayList<>(in);
        for (int i = out.size() - 2; i >= 0; i--) {
            Mention a = out.get(i);
            Mention b = out.get(i + 1);
            // only a unit written after the last number is shared: "PUE 1.35 and $0.07 per kWh" lists two kinds
            if (a.dim() == Dim.PLAIN && b.dim() != Dim.PLAIN && b.dim() != Dim.DATE && b.dim() != Dim.FACTOR
                    && Character.isDigit(b.text().strip().charAt(0)) && LIST_JOIN.matcher(q.substring(a.end(), b.start())).matches()) {
                // a magnitude of its own stays ("7800万"); a bare "20 and 40 million" takes the last one's too
                boolean own = a.value() != leading(a.text());
                double v = own ? a.value() : a.value() * (b.value() / leading(b.text()));
                out.set(i, new Mention(a.start(), a.end(), v, b.dim(), b.per(), b.perGpu(), b.currency(), b.unit(), a.text()));
            }
        }
        return out;
    }

    /**
     * "$10k to $20k each", "30–40%", "1 万至 2 万元": a stated range is read as its midpoint (the Known says so),
     * unless "from" opens it — "from $10k to $20k" is a change, not a range.
     */
    private static List<Mention> ranges(String q, List<Mention> in) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Mention a = in.get(i);
            Mention b = i + 1 < in.size() ? in.get(i + 1) : null;
            if (b == null || a.dim() == Dim.DATE || b.dim() == Dim.DATE || !(a.dim() == b.dim() || a.dim() == Dim.PLAIN)
                    || !RANGE_JOIN.matcher(q.substring(a.end(), b.start())).matches()
                    || RANGE_FROM.matcher(q.substring(Math.max(0, a.start() - 10), a.start())).find()) {
                out.add(a);
                continue;
            }
            double low = a.value();
            if (a.dim() == Dim.PLAIN && b.dim() != Dim.PLAIN) {
                low *= b.value() / leading(b.text()); // "10-20 万美元": the low end carries the high end's unit
            }
            if (low >= b.value()) {
                out.add(a);
                continue;
            }
            out.add(new Mention(a.start(), b.end(), (low + b.value()) / 2, b.dim(), b.per(), b.perGpu(), b.currency(),
                    b.unit(), q.substring(a.start(), b.end())));
            i++;
        }
        return out;
    }

    /** Whether a mention is a range read as its midpoint. */
    static boolean isRange(Mention m) {
        return RANGE_TEXT.matcher(m.text()).find();
    }

    private static double leading(String text) {
        Matcher n = NUMBER.matcher(text);
        return n.find() ? Double.parseDouble(n.group(1).replace(",", "")) : 1;
    }

    /** "2016 年", "2010 年 7 月", "in 2024", "Dec 2024", "(2020)": a calendar date, as YYYY or YYYY-MM. */
    private static Mention date(String q, int s, int end, double v, String before) {
        if (v != Math.rint(v) || v < 1900 || v > 2100 || q.substring(s, end).contains(",")) {
            return null;
        }
        String after = q.substring(end);
        Matcher ym = YEAR_MONTH.matcher(after);
        if (ym.find()) {
            int month = Integer.parseInt(ym.group(1));
            return dateMention(s, end + ym.end(), (int) v, month, q);
        }
        Matcher y = YEAR_ZH.matcher(after);
        if (y.find() || v >= 1900 && v <= 2100 && after.matches("(?s)^\\s*年前.*")) {
            // "2024年前沿模型": a calendar year, whatever follows; "3 年前" stays three years ago
            return dateMention(s, end + "年".length() + (after.length() - after.stripLeading().length()), (int) v, 0, q);
        }
        Matcher mo = MONTH_YEAR_EN.matcher(before);
        if (mo.find()) {
            int month = MONTHS.get(mo.group().trim().substring(0, 3).toLowerCase(Locale.ROOT));
            return dateMention(s, end, (int) v, month, q);
        }
        if (after.matches("(?s)^\\s*[—–\\-~到至]\\s*(?:19|20)\\d\\d.*")) {
            return dateMention(s, end, (int) v, 0, q); // "2022—2025 年", "2016-2024"
        }
        if (v >= 1950 && v <= 2100 && v == Math.rint(v) && YEAR_NOUN.matcher(after).lookingAt()) {
            return dateMention(s, end, (int) v, 0, q); // "the biggest 2025 runs", "2030 targets": a year that qualifies a noun
        }
        boolean unitAfter = after.matches("(?s)^\\s*(?:[%倍张块台亿万]|GPUs?|tokens?|TFLOPS|美元|元|W\\b|kW|MW|GB|TB).*");
        if (!unitAfter && (DATE_CONTEXT_EN.matcher(before).find() || after.matches("(?s)^\\s*(?:[)）,，.。?？;；]|$|\\s*(?:and|to|vs)\\b).*")
                || before.endsWith("-") || before.endsWith("—") || before.endsWith("到") || before.endsWith("至"))) {
            return dateMention(s, end, (int) v, 0, q);
        }
        return null;
    }

    private static Mention dateMention(int s, int e, int year, int month, String q) {
        String iso = month > 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month) : Integer.toString(year);
        return new Mention(s, e, year + (month > 0 ? (month - 1) / 12.0 : 0), Dim.DATE, null, false, null, iso,
                q.substring(s, e));
    }

    /** "256 H100s", "1024 张 H100", "8x T4", "64 台 DGX A100": a count of the hardware named right after it. */
    private static Mention counted(String q, int s, int end, double v, List<int[]> hardware, List<Boolean> systems) {
        Matcher gap = Pattern.compile("^\\s*(张|块|片|颗|台|个|x|×|X)?\\s*(?:NVIDIA|英伟达|华为|AMD)?\\s*").matcher(q.substring(end));
        if (!gap.find()) {
            return null;
        }
        int at = end + gap.end();
        for (int i = 0; i < hardware.size(); i++) {
            if (hardware.get(i)[0] == at) {
                boolean servers = systems.get(i) || "台".equals(gap.group(1))
                        || q.substring(hardware.get(i)[1]).matches("(?s)^\\s*(?:servers?|nodes?|boxes|systems?|服务器|节点).*");
                return new Mention(s, at, v,
                        servers ? Dim.SERVERS : Dim.ACCELERATORS, null, false, null, servers ? "server" : "GPU",
                        q.substring(s, at));
            }
        }
        return null;
    }

    /** A magnitude letter that is really the start of a unit ("80 GB", "10 TB/s", "5 MW", "2 MB"). */
    private static boolean unitLetter(String q, int afterMagnitude) {
        String rest = q.substring(afterMagnitude);
        return rest.matches("(?s)^(?:i?B|W|Wh|FLOP|OPS|H/s|Hz|bps|b/s).*");
    }

    static String currency(String c) {
        String k = c.trim().toUpperCase(Locale.ROOT);
        return switch (k) {
            case "$", "US$", "USD", "DOLLAR", "DOLLARS", "美元", "美金", "US DOLLARS" -> "USD";
            case "€", "EUR", "EURO", "EUROS", "欧元" -> "EUR";
            default -> "CNY";
        };
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] sp : spans) {
            if (at >= sp[0] && at < sp[1]) {
                return true;
            }
        }
        return false;
    }
}
