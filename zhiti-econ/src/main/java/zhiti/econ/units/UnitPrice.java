package zhiti.econ.units;

import zhiti.core.Lang;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price per unit of something: "$2/GPU·h", "2 美元/卡时", "$1.5 per GPU-hour", "0.6元/度", "$0.1/kWh",
 * "$29000 per server". The unit is normalised ({@link #per()}: "GPU-hour", "kWh", "hour", "GPU", "server", "month",
 * "year", "1M tokens", …) so calculators can check they were given the rate they need.
 */
public record UnitPrice(Money price, String per) {

    public static final String GPU_HOUR = "GPU-hour";
    public static final String KWH = "kWh";

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("gpuh", GPU_HOUR), Map.entry("gpuhour", GPU_HOUR), Map.entry("gpuhr", GPU_HOUR),
            Map.entry("卡时", GPU_HOUR), Map.entry("卡小时", GPU_HOUR), Map.entry("卡/时", GPU_HOUR),
            Map.entry("卡/小时", GPU_HOUR), Map.entry("gpu/h", GPU_HOUR), Map.entry("gpu/hour", GPU_HOUR),
            Map.entry("chiph", GPU_HOUR), Map.entry("chiphour", GPU_HOUR), Map.entry("acceleratorhour", GPU_HOUR),
            Map.entry("kwh", KWH), Map.entry("度", KWH), Map.entry("千瓦时", KWH), Map.entry("度电", KWH),
            Map.entry("mwh", "MWh"), Map.entry("兆瓦时", "MWh"),
            Map.entry("h", "hour"), Map.entry("hr", "hour"), Map.entry("hour", "hour"), Map.entry("小时", "hour"),
            Map.entry("时", "hour"),
            Map.entry("gpu", "GPU"), Map.entry("卡", "GPU"), Map.entry("张", "GPU"), Map.entry("card", "GPU"),
            Map.entry("chip", "GPU"), Map.entry("片", "GPU"),
            Map.entry("server", "server"), Map.entry("台", "server"), Map.entry("node", "server"),
            Map.entry("month", "month"), Map.entry("月", "month"), Map.entry("mo", "month"),
            Map.entry("year", "year"), Map.entry("年", "year"), Map.entry("yr", "year"),
            Map.entry("1mtokens", "1M tokens"), Map.entry("百万tokens", "1M tokens"), Map.entry("mtok", "1M tokens"),
            Map.entry("milliontokens", "1M tokens"), Map.entry("1ktokens", "1K tokens"),
            Map.entry("千tokens", "1K tokens"), Map.entry("token", "token"), Map.entry("tokens", "token"));

    private static final Pattern FORM = Pattern.compile("(.+?)\\s*(?:/|(?i:per)\\s+|每\\s*)\\s*(.+)");

    public UnitPrice {
        if (price == null || per == null || per.isBlank()) {
            throw new IllegalArgumentException("a unit price needs an amount and a unit");
        }
    }

    /** Reads "<money>/<unit>", "<money> per <unit>" or "<money>每<unit>". */
    public static UnitPrice parse(String text) {
        String s = text == null ? "" : text.trim();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a price per unit: write e.g. "
                    + "$2/GPU·h, 2 美元/卡时, $1.5 per GPU-hour, 0.6元/度");
        }
        return new UnitPrice(Money.parse(m.group(1)), unit(m.group(2)));
    }

    /** The normalised name of a unit, or the text itself (trimmed) when it is not one Zhiti knows. */
    public static String unit(String text) {
        String k = text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_·.•*×]+", "");
        String known = UNITS.get(k);
        if (known == null && k.startsWith("1") && UNITS.containsKey(k.substring(1))) {
            known = UNITS.get(k.substring(1)); // "1 kWh", "1 GPU-hour"
        }
        return known != null ? known : text.trim();
    }

    /** "$2/GPU-hour" or "2美元/卡时". */
    public String format(Lang lang) {
        String unit = lang == Lang.ZH ? switch (per) {
            case GPU_HOUR -> "卡时";
            case KWH -> "千瓦时";
            case "hour" -> "小时";
            case "GPU" -> "卡";
            case "server" -> "台";
            case "month" -> "月";
            case "year" -> "年";
            default -> per;
        } : per;
        return price.format(lang) + "/" + unit;
    }
}
