package zhiti.econ.units;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A physical amount with its unit read from text and converted to one base unit per kind: power in watts ("700 W",
 * "10.2 kW", "30 MW", "100万千瓦", "3 兆瓦"), energy in watt-hours ("1 kWh", "1,287 MWh", "5 GWh", "0.6 度",
 * "10亿千瓦时"), computation in FLOP ("3.15e23 FLOPs", "2.6×10^24 Flops", "3,640 PF-days") and throughput in FLOP/s
 * ("1 EFLOPS", "312 TFLOPS", "19.5TFlops", "989 TFLOP/s", "624 TOPS").
 *
 * <p>FLOP versus FLOP/s: "/s", "per second", an upper-case "FLOPS" or "OPS" mean a rate; "FLOP" and "FLOPs" mean a
 * count. Mixed-case "Flops" is a rate when it has an SI prefix ("19.5TFlops", as chip specs are written) and a count
 * without one ("2.6e24 Flops"). SI prefixes are read case-insensitively, so a lower-case "mw" is megawatts:
 * milli-units never occur in this domain.
 */
public record Measure(double value, Kind kind) {

    public enum Kind {
        POWER("W"), ENERGY("Wh"), FLOP("FLOP"), FLOP_PER_SECOND("FLOP/s");

        private final String baseUnit;

        Kind(String baseUnit) {
            this.baseUnit = baseUnit;
        }

        public String baseUnit() {
            return baseUnit;
        }
    }

    private static final Pattern FORM = Pattern.compile(QuantityParser.NUMBER_WITH_MAGNITUDE.pattern() + "\\s*(\\S.*)");
    private static final Map<Character, Double> SI = Map.of('k', 1e3, 'K', 1e3, 'M', 1e6, 'G', 1e9, 'T', 1e12,
            'P', 1e15, 'E', 1e18, 'Z', 1e21, 'Y', 1e24);
    private static final Map<String, Double> CHINESE_POWER = Map.of("瓦", 1.0, "千瓦", 1e3, "兆瓦", 1e6, "吉瓦", 1e9,
            "太瓦", 1e12);
    private static final Map<String, Double> CHINESE_ENERGY = Map.of("瓦时", 1.0, "千瓦时", 1e3, "度", 1e3, "度电", 1e3,
            "兆瓦时", 1e6, "吉瓦时", 1e9, "太瓦时", 1e12);
    private static final Pattern POWER = Pattern.compile("([kKmMgGtT])?[wW]");
    private static final Pattern ENERGY = Pattern.compile("([kKmMgGtT])?[wW]\\s*[·.\\-* ]?\\s*[hH]");
    private static final Pattern FLOPS = Pattern.compile(
            "([kKmMgGtTpPeEzZyY])?((?i:flop|op))(s|S)?\\s*(/\\s*s|(?i:\\s+per\\s+second))?");
    private static final Pattern PF_DAYS = Pattern.compile("(?i:pf(?:lop)?(?:/?s)?\\s*[-·]?\\s*days?|petaflop/s[- ]days?)");

    public Measure {
        if (kind == null || !Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("a measure needs a non-negative finite value and a kind, got " + value);
        }
    }

    public static Measure parse(String text) {
        String s = text == null ? "" : QuantityParser.plainExponents(text.trim());
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw error(text);
        }
        double n = QuantityParser.value(m.group(1), m.group(2));
        String unit = m.group(3).trim();
        Double zh = CHINESE_POWER.get(unit);
        if (zh != null) {
            return new Measure(n * zh, Kind.POWER);
        }
        zh = CHINESE_ENERGY.get(unit);
        if (zh != null) {
            return new Measure(n * zh, Kind.ENERGY);
        }
        Matcher u = POWER.matcher(unit);
        if (u.matches()) {
            return new Measure(n * prefix(u.group(1)), Kind.POWER);
        }
        u = ENERGY.matcher(unit);
        if (u.matches()) {
            return new Measure(n * prefix(u.group(1)), Kind.ENERGY);
        }
        if (PF_DAYS.matcher(unit).matches()) {
            return new Measure(n * 1e15 * 86_400, Kind.FLOP);
        }
        u = FLOPS.matcher(unit);
        if (u.matches()) {
            boolean rate = isRate(u.group(1) != null, u.group(2), u.group(3), u.group(4) != null);
            return new Measure(n * prefix(u.group(1)), rate ? Kind.FLOP_PER_SECOND : Kind.FLOP);
        }
        throw error(text);
    }

    /** Parses and insists on a kind, e.g. energy for an electricity budget. */
    public static Measure parse(String text, Kind expected) {
        Measure m = parse(text);
        if (m.kind != expected) {
            throw new IllegalArgumentException("'" + text + "' is " + m.kind.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " but " + expected.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " (" + expected.baseUnit + ") is needed here");
        }
        return m;
    }

    /** The rule in the class comment: "/s" always, "FLOPS"/"OPS" in capitals, or "Flops" with an SI prefix. */
    private static boolean isRate(boolean prefixed, String word, String plural, boolean perSecond) {
        if (perSecond) {
            return true;
        }
        if (plural == null) {
            return false; // FLOP, TFLOP: a count
        }
        boolean capitals = word.equals(word.toUpperCase(Locale.ROOT));
        if (capitals) {
            return plural.equals("S"); // FLOPS is a rate, FLOPs a count
        }
        return prefixed; // 19.5TFlops is a chip rate, 2.6e24 Flops a total
    }

    private static double prefix(String p) {
        return p == null ? 1 : SI.get(Character.toUpperCase(p.charAt(0)));
    }

    private static IllegalArgumentException error(String text) {
        return new IllegalArgumentException("cannot read '" + text + "' as power, energy or computation: write e.g. "
                + "700 W, 10.2 kW, 1,287 MWh, 0.6 度, 3.15e23 FLOPs, 312 TFLOPS, 3640 PF-days");
    }

    public double kilowatts() {
        return as(Kind.POWER) / 1e3;
    }

    public double kilowattHours() {
        return as(Kind.ENERGY) / 1e3;
    }

    private double as(Kind k) {
        if (kind != k) {
            throw new IllegalArgumentException("this is " + kind + ", not " + k);
        }
        return value;
    }
}
