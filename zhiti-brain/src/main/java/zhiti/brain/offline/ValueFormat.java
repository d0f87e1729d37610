package zhiti.brain.offline;

import java.util.Locale;
import zhiti.agent.Quantity;
import zhiti.core.Lang;
import zhiti.econ.units.Formats;

/**
 * A quantity's value as an answer states it, in the reader's language: FLOP in scientific notation, GPUs and
 * servers as whole counts, money with its currency, shares and rates as percentages, factors with "×", bytes in
 * GB, bandwidth in TB/s, energy in kWh or MWh, a calendar year as a year.
 *
 * @param unit the stated unit for values of a unit Zhiti does not know ("H/s", "亿美元"); may be empty
 */
final class ValueFormat {

    private ValueFormat() {
    }

    static String format(Quantity q, double v, String unit, Lang lang) {
        return switch (q) {
            case COMPUTE, FLOP_PER_TOKEN, OPTIMAL_COMPUTE -> Formats.sci(v) + " FLOP";
            case PEAK_FLOPS -> Formats.human(v / 1e12) + " TFLOP/s";
            case GPUS, REFERENCE_GPUS, MEMORY_GPUS, BANDWIDTH_GPUS -> count(v) + (unit.isEmpty() ? lang.pick(" 张 GPU", " GPUs")
                    : lang.pick(" 张 " + unit, " × " + unit));
            case SERVERS, MEMORY_SERVERS -> count(v) + (unit.isEmpty() ? lang.pick(" 台服务器", " servers") : lang.pick(" 台 " + unit, " × " + unit));
            case GPUS_PER_SERVER -> count(v) + lang.pick(" 张/台", " GPUs per server");
            case DAYS -> Formats.human(v) + lang.pick(" 天", " days");
            case HOURS -> Formats.human(v) + lang.pick(" 小时", " hours");
            case GPU_HOURS -> count(v) + lang.pick(" GPU 时", " GPU-hours");
            case USD, CAPEX_USD, ELECTRICITY_USD -> money(v, unit.isEmpty() ? "USD" : unit, lang);
            case USD_PER_GPU_HOUR -> "$" + Formats.human(v) + lang.pick("/GPU·时", "/GPU-hour");
            case USD_PER_KWH -> "$" + Formats.human(v) + "/kWh";
            case ENERGY -> v >= 1e4 ? Formats.human(v / 1e3) + " MWh" : Formats.human(v) + " kWh";
            case WATTS_PER_GPU -> Formats.human(v) + " W";
            case WATTS_PER_SERVER, POWER_DRAW, IT_LOAD -> v >= 1e6 ? Formats.human(v / 1e6) + " MW" : v >= 1e3 ? Formats.human(v / 1e3) + " kW"
                    : Formats.human(v) + " W";
            case FLOPS_DEMAND, FLEET_FLOPS -> Formats.sci(v) + " FLOP/s";
            case USD_PER_MILLION_TOKENS -> money(v, unit.isEmpty() ? "USD" : unit, lang) + lang.pick("/百万 token", " per million tokens");
            case USD_PER_GPU -> money(v, unit.isEmpty() ? "USD" : unit, lang) + lang.pick("/张", " per GPU");
            case USD_PER_SERVER -> money(v, unit.isEmpty() ? "USD" : unit, lang) + lang.pick("/台", " per server");
            case WEIGHT_BYTES, KV_CACHE_BYTES, ACCELERATOR_MEMORY, SERVING_MEMORY_BYTES -> gb(v);
            case KV_BYTES_PER_TOKEN -> Formats.human(v) + lang.pick(" 字节", " bytes");
            case MEMORY_BANDWIDTH -> Formats.human(v / 1e12) + " TB/s";
            case TOKENS_PER_SECOND -> Formats.human(v) + " tokens/s";
            case TOKENS_PER_DAY -> Formats.sci(v) + lang.pick(" token/天", " tokens/day");
            case QUERIES_PER_DAY -> Formats.sci(v) + lang.pick(" 次/天", " queries/day");
            case REQUESTS_SERVED -> Formats.human(v) + lang.pick(" 个请求", " requests");
            case PARAMS, ACTIVE_PARAMS, OPTIMAL_PARAMS -> magnitude(lang, v) + lang.pick(" 参数", " parameters");
            case TOKENS, OPTIMAL_TOKENS -> magnitude(lang, v) + " tokens";
            case TOKENS_PER_PARAM -> Formats.human(v) + lang.pick(" token/参数", " tokens per parameter");
            case OPTIMAL_MULTIPLE, PARAMS_MULTIPLE, TOKENS_MULTIPLE, COMPUTE_MULTIPLE -> "×" + Formats.human(v);
            case UTILISATION, IMPLIED_UTILISATION, SHARE, REMAINDER_SHARE -> Formats.percent(v);
            case RATE -> v < 0 ? lang.pick("每年下降 ", "−") + Formats.percent(-v) + lang.pick("", " a year")
                    : lang.pick("每年增长 ", "+") + Formats.percent(v) + lang.pick("", " a year");
            case CHANGE -> (v < 0 ? "−" : "+") + Formats.percent(Math.abs(v));
            case FACTOR -> "×" + Formats.human(v) + (v > 0 && v < 1 ? lang.pick("（即 " + Formats.percent(v) + "）", " (" + Formats.percent(v) + ")") : "");
            case YEARLY_FACTOR -> "×" + Formats.human(v) + lang.pick(" / 年", " a year");
            case DOUBLING_TIME, PERIODS -> Formats.human(v) + ("doubling".equals(unit) ? lang.pick(" 次翻倍", " doublings")
                    : lang.pick(" 年", " years"));
            case YEAR -> v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
            case CONVERTED_AMOUNT, AMOUNT -> money(v, unit, lang);
            case PUE -> Formats.human(v);
            case DOUBLINGS -> Formats.human(v) + lang.pick(" 番", " doublings");
            case TPP -> count(v);
            // two shares differ by percentage points ("−7 个百分点"); a share stated as a value is a percentage
            case DIFFERENCE -> unit.equals("fraction") ? (v < 0 ? "−" : "+") + Formats.human(Math.abs(v) * 100)
                    + lang.pick(" 个百分点", " percentage points") : unit.matches("USD|CNY|EUR") ? money(v, unit, lang)
                    : plain(v) + (unit.isEmpty() || unit.equals("as stated") ? "" : " " + unit);
            default -> unit.equals("fraction") ? Formats.percent(v) : unit.matches("USD|CNY|EUR") ? money(v, unit, lang)
                    : plain(v) + (unit.isEmpty() || unit.equals("as stated") ? "" : " " + unit);
        };
    }

    static String money(double v, String currency, Lang lang) {
        String c = currency == null || currency.isEmpty() ? "USD" : currency;
        String n = lang == Lang.ZH
                ? Math.abs(v) >= 1e8 ? Formats.human(v / 1e8) + " 亿" : Math.abs(v) >= 1e4 ? Formats.human(v / 1e4) + " 万" : Formats.human(v)
                : Math.abs(v) >= 1e9 ? Formats.human(v / 1e9) + " bn" : Math.abs(v) >= 1e6 ? Formats.human(v / 1e6) + " M"
                : Formats.human(v);
        return switch (c) {
            case "USD" -> lang == Lang.ZH ? n + " 美元" : "$" + n;
            case "CNY" -> n + lang.pick(" 元", " CNY");
            case "EUR" -> lang == Lang.ZH ? n + " 欧元" : "€" + n;
            default -> n + " " + c;
        };
    }

    /** 175e9 → "175B" in English, "1750 亿" in Chinese. */
    static String magnitude(Lang lang, double v) {
        if (lang == Lang.ZH) {
            return v >= 1e12 ? Formats.human(v / 1e12) + " 万亿" : v >= 1e8 ? Formats.human(v / 1e8) + " 亿"
                    : v >= 1e4 ? Formats.human(v / 1e4) + " 万" : Formats.human(v);
        }
        return v >= 1e12 ? Formats.human(v / 1e12) + "T" : v >= 1e9 ? Formats.human(v / 1e9) + "B"
                : v >= 1e6 ? Formats.human(v / 1e6) + "M" : Formats.human(v);
    }

    private static String gb(double bytes) {
        return Formats.human(bytes / 1e9) + " GB";
    }

    static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", Math.ceil(v - 1e-9));
    }

    private static String plain(double v) {
        return Math.abs(v) >= 1e7 || (Math.abs(v) < 1e-3 && v != 0) ? Formats.sci(v) : Formats.human(v);
    }
}
