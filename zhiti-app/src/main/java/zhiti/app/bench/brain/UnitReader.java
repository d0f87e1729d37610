package zhiti.app.bench.brain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the unit strings tools put on figures ("TFLOP/s", "GPU·h", "%/year", "亿元", "tokens/parameter") into the
 * dimensions the labels are written in. A string may have several readings ("year" is a duration for a doubling
 * time but a calendar year for a crossing date; "×" is a factor or a fraction); the value decides which one fits.
 * An unknown unit has no reading, so it matches nothing.
 */
public final class UnitReader {

    private static final List<UnitReading> RATIO = List.of(new UnitReading(Dimension.FACTOR, 1),
            new UnitReading(Dimension.FRACTION, 1));
    private static final List<UnitReading> PERCENT = List.of(new UnitReading(Dimension.FRACTION, 0.01),
            new UnitReading(Dimension.FACTOR, 0.01));
    /** A number without a unit: a count or a plain ratio. */
    private static final List<UnitReading> BARE = List.of(new UnitReading(Dimension.COUNT, 1),
            new UnitReading(Dimension.FACTOR, 1), new UnitReading(Dimension.FRACTION, 1));

    private static final Pattern PERCENT_UNIT =
            Pattern.compile("(%|percent|pct)(\\s*(/|per)\\s*(year|yr|a|annum|年))?", Pattern.CASE_INSENSITIVE);
    private static final Set<String> RATIO_WORDS = Set.of("×", "x", "times", "ratio", "factor", "倍", "fold", "-fold",
            "multiple", "fraction", "share", "proportion", "占比", "比例");

    private static final Map<String, Double> SI = Map.of("k", 1e3, "K", 1e3, "M", 1e6, "G", 1e9, "T", 1e12,
            "P", 1e15, "E", 1e18, "Z", 1e21);
    private static final Pattern FLOP_COUNT = Pattern.compile("([kKMGTPEZ])?(FLOP|FLOPs)");
    private static final Pattern FLOP_RATE = Pattern.compile("([kKMGTPEZ])?FLOPS");
    private static final Pattern FLOP_EITHER = Pattern.compile("([kKMGTPEZ])?(?i:flops)");
    private static final Pattern PF_DAY = Pattern.compile("(?i)(pf|pflop/?s|petaflop/?s?)[-\\s·]?days?");
    private static final Pattern WATT = Pattern.compile("([kKMGTP])?(Wh|W)");
    private static final Pattern BYTES = Pattern.compile("([kKMGTPE])?(B|byte|bytes|Byte|Bytes)");
    private static final Pattern BINARY_BYTES = Pattern.compile("([KMGTPE])iB");

    /** Magnitude words written into a unit: "million tokens", "B parameters", "亿元", "$M". */
    private static final Map<String, Double> MAGNITUDE = Map.ofEntries(Map.entry("thousand", 1e3),
            Map.entry("million", 1e6), Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("k", 1e3),
            Map.entry("K", 1e3), Map.entry("M", 1e6), Map.entry("B", 1e9), Map.entry("bn", 1e9), Map.entry("T", 1e12),
            Map.entry("thousands", 1e3), Map.entry("millions", 1e6), Map.entry("billions", 1e9));
    static final Map<String, Double> CJK_MAGNITUDE = Map.of("万亿", 1e12, "千亿", 1e11, "百亿", 1e10, "十亿", 1e9,
            "亿", 1e8, "千万", 1e7, "百万", 1e6, "万", 1e4, "千", 1e3);
    private static final Pattern LEADING_WORD = Pattern.compile("(thousand|million|billion|trillion|k|K|M|B|bn|T)\\s+(.+)");
    private static final Pattern TRAILING_WORD = Pattern.compile("(.+?)\\s*\\(?(thousands|millions|billions|million|billion|trillion|k|M|B|bn)\\)?");
    private static final Pattern CJK_LEADING = Pattern.compile("(万亿|千亿|百亿|十亿|亿|千万|百万|万|千)(.+)");
    private static final Pattern PARENTHETICAL = Pattern.compile("(.+?)\\s*[(（][^)）]*[)）]");

    private static final Map<String, UnitReading> WORDS = words();

    private UnitReader() {
    }

    /** Every reading of {@code unit}; empty when the unit is not one the labels can be compared with. */
    public static List<UnitReading> read(String unit) {
        String u = normalise(unit);
        if (u.isEmpty()) {
            return BARE;
        }
        List<UnitReading> r = withMagnitude(u);
        if (r.isEmpty()) {
            Matcher m = PARENTHETICAL.matcher(u);
            if (m.matches()) {
                r = withMagnitude(m.group(1));
            }
        }
        return r;
    }

    static String normalise(String unit) {
        return unit == null ? "" : Normalizer.normalize(unit, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }

    private static List<UnitReading> withMagnitude(String u) {
        List<UnitReading> plain = core(u);
        if (!plain.isEmpty()) {
            return plain;
        }
        Matcher m;
        if ((m = LEADING_WORD.matcher(u)).matches()) {
            return scaled(core(m.group(2)), MAGNITUDE.get(m.group(1)));
        }
        if ((m = CJK_LEADING.matcher(u)).matches()) {
            return scaled(core(m.group(2)), CJK_MAGNITUDE.get(m.group(1)));
        }
        if ((m = TRAILING_WORD.matcher(u)).matches()) {
            return scaled(core(m.group(1)), MAGNITUDE.get(m.group(2)));
        }
        return List.of();
    }

    private static List<UnitReading> scaled(List<UnitReading> readings, double factor) {
        return readings.stream().map(x -> x.times(factor)).toList();
    }

    /** A unit without a magnitude word: a simple unit, a percentage or ratio, or one unit per another. */
    private static List<UnitReading> core(String u) {
        if (PERCENT_UNIT.matcher(u).matches()) {
            return PERCENT;
        }
        if (RATIO_WORDS.contains(u.toLowerCase(Locale.ROOT))) {
            return RATIO;
        }
        List<UnitReading> simple = simple(u);
        if (!simple.isEmpty()) {
            return simple;
        }
        String[] parts = u.split("\\s*/\\s*|\\s+per\\s+|每", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return List.of();
        }
        return per(simple(parts[0]), parts[1]);
    }

    /** "A/B": a rate when B is a time the labels have a rate for, else A counted per B (FLOP per token → FLOP). */
    private static List<UnitReading> per(List<UnitReading> numerator, String denominator) {
        if (numerator.isEmpty()) {
            return List.of();
        }
        Optional<Double> seconds = seconds(denominator);
        List<UnitReading> out = new ArrayList<>();
        for (UnitReading n : numerator) {
            if (seconds.isPresent()) {
                out.addAll(rate(n, seconds.get()));
                continue;
            }
            out.add(n);
            List<UnitReading> den = simple(denominator);
            if (n.dimension().countable() && den.stream().anyMatch(d -> d.dimension().countable())) {
                out.add(new UnitReading(Dimension.FACTOR, n.scale() / den.get(0).scale()));
            }
        }
        return out;
    }

    private static List<UnitReading> rate(UnitReading n, double perSeconds) {
        double perS = n.scale() / perSeconds;
        return switch (n.dimension()) {
            case FLOP -> List.of(new UnitReading(Dimension.FLOP_PER_S, perS));
            case BYTE -> List.of(new UnitReading(Dimension.BYTE_PER_S, perS));
            case TOKEN -> List.of(new UnitReading(Dimension.TOKEN_PER_S, perS),
                    new UnitReading(Dimension.TOKEN_PER_DAY, perS * 86_400));
            case QUERY -> List.of(new UnitReading(Dimension.QUERY_PER_DAY, perS * 86_400));
            // money per year or per hour is still an amount of money; the labels name the period in "what"
            case USD, CNY, EUR -> List.of(n);
            default -> List.of();
        };
    }

    /** Seconds in one of a time unit used as a denominator. */
    private static Optional<Double> seconds(String unit) {
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "s", "sec", "second", "秒" -> Optional.of(1.0);
            case "ms" -> Optional.of(1e-3);
            case "min", "minute" -> Optional.of(60.0);
            case "h", "hr", "hour", "小时" -> Optional.of(3600.0);
            case "d", "day", "天", "日" -> Optional.of(86_400.0);
            case "year", "yr", "a", "年" -> Optional.of(365.0 * 86_400);
            default -> Optional.empty();
        };
    }

    private static List<UnitReading> simple(String u) {
        Matcher m;
        if ((m = FLOP_COUNT.matcher(u)).matches()) {
            return List.of(new UnitReading(Dimension.FLOP, si(m.group(1))));
        }
        if ((m = FLOP_RATE.matcher(u)).matches()) {
            return List.of(new UnitReading(Dimension.FLOP_PER_S, si(m.group(1))));
        }
        if ((m = FLOP_EITHER.matcher(u)).matches()) {
            // "flops" in lower case is written for both the count and the rate; the value tells which
            return List.of(new UnitReading(Dimension.FLOP, si(m.group(1))),
                    new UnitReading(Dimension.FLOP_PER_S, si(m.group(1))));
        }
        if (PF_DAY.matcher(u).matches()) {
            return List.of(new UnitReading(Dimension.FLOP, 1e15 * 86_400));
        }
        if ((m = WATT.matcher(u)).matches()) {
            return List.of(new UnitReading(m.group(2).equals("W") ? Dimension.POWER : Dimension.ENERGY, si(m.group(1))));
        }
        if ((m = BYTES.matcher(u)).matches()) {
            return List.of(new UnitReading(Dimension.BYTE, si(m.group(1))));
        }
        if ((m = BINARY_BYTES.matcher(u)).matches()) {
            return List.of(new UnitReading(Dimension.BYTE, Math.pow(2, 10 * (1 + "KMGTPE".indexOf(m.group(1))))));
        }
        String key = u.toLowerCase(Locale.ROOT);
        if (key.equals("year") || key.equals("年")) {
            // tools write "year" for doubling times and for crossing dates alike
            return List.of(new UnitReading(Dimension.DURATION_YEARS, 1), new UnitReading(Dimension.CALENDAR_YEAR, 1));
        }
        UnitReading w = WORDS.get(key);
        if (w == null) {
            w = WORDS.get(key.replaceAll("[\\s\\-·⋅*_]", ""));
        }
        return w == null ? List.of() : List.of(w);
    }

    private static double si(String prefix) {
        return prefix == null ? 1 : SI.get(prefix);
    }

    /** Unit words, lower case; GPU-hour spellings are also looked up with spaces, hyphens and dots removed. */
    private static Map<String, UnitReading> words() {
        Map<String, UnitReading> m = new java.util.HashMap<>();
        put(m, Dimension.PARAMETER, 1, "parameter", "parameters", "param", "params", "参数", "个参数");
        put(m, Dimension.TOKEN, 1, "token", "tokens", "tok", "toks", "词元", "个token");
        put(m, Dimension.GPU, 1, "gpu", "gpus", "accelerator", "accelerators", "card", "cards", "chip", "chips",
                "device", "devices", "张", "卡", "张卡", "块卡");
        put(m, Dimension.SERVER, 1, "server", "servers", "node", "nodes", "machine", "machines", "台", "台服务器");
        put(m, Dimension.QUERY, 1, "query", "queries", "request", "requests", "次", "次提问", "次请求");
        put(m, Dimension.SECOND, 1, "s", "sec", "secs", "second", "seconds", "秒");
        put(m, Dimension.SECOND, 1e-3, "ms", "millisecond", "milliseconds", "毫秒");
        put(m, Dimension.HOUR_OR_DAY, 1, "h", "hr", "hrs", "hour", "hours", "小时", "个小时");
        put(m, Dimension.HOUR_OR_DAY, 24, "d", "day", "days", "天", "日");
        put(m, Dimension.DURATION_YEARS, 1, "years", "yr", "yrs");
        put(m, Dimension.CALENDAR_YEAR, 1, "decimal year", "calendar year", "年份");
        put(m, Dimension.GPU_HOUR, 1, "gpuhour", "gpuhours", "gpuh", "gpuhr", "gpuhrs", "acceleratorhour",
                "acceleratorhours", "卡时", "卡小时", "gpu小时");
        put(m, Dimension.USD, 1, "usd", "$", "us$", "dollar", "dollars", "美元", "usdollars");
        put(m, Dimension.CNY, 1, "cny", "rmb", "元", "yuan", "¥", "人民币", "人民币元");
        put(m, Dimension.EUR, 1, "eur", "€", "euro", "euros", "欧元");
        put(m, Dimension.ENERGY, 1e3, "度", "千瓦时");
        put(m, Dimension.COUNT, 1, "count", "item", "items", "unit", "units", "件", "个", "单", "order", "orders",
                "people", "persons", "patents", "applications", "users", "visits", "sequence", "sequences");
        return Map.copyOf(m);
    }

    private static void put(Map<String, UnitReading> m, Dimension d, double scale, String... names) {
        for (String n : names) {
            m.put(n, new UnitReading(d, scale));
        }
    }
}
