package zhiti.tools.fx;

import java.util.Locale;
import java.util.Map;
import zhiti.econ.arith.CurrencyConversion;

/**
 * Reads a written currency as its ISO 4217 code: codes, RMB, and the Chinese and English names of the currencies the
 * ECB publishes (美元, 人民币, 欧元, 日元, 英镑, 港元, 韩元, 瑞士法郎 …). The names shared with the stated-rate
 * converter come from {@link CurrencyConversion}; this adds the rest of the ECB's list.
 */
final class CurrencyNames {

    private static final Map<String, String> MORE = Map.ofEntries(
            Map.entry("澳元", "AUD"), Map.entry("澳大利亚元", "AUD"), Map.entry("加元", "CAD"), Map.entry("加拿大元", "CAD"),
            Map.entry("瑞士法郎", "CHF"), Map.entry("瑞郎", "CHF"), Map.entry("新加坡元", "SGD"), Map.entry("新元", "SGD"),
            Map.entry("新西兰元", "NZD"), Map.entry("纽元", "NZD"), Map.entry("瑞典克朗", "SEK"), Map.entry("挪威克朗", "NOK"),
            Map.entry("丹麦克朗", "DKK"), Map.entry("捷克克朗", "CZK"), Map.entry("波兰兹罗提", "PLN"),
            Map.entry("匈牙利福林", "HUF"), Map.entry("印度卢比", "INR"), Map.entry("卢比", "INR"),
            Map.entry("俄罗斯卢布", "RUB"), Map.entry("卢布", "RUB"), Map.entry("巴西雷亚尔", "BRL"),
            Map.entry("墨西哥比索", "MXN"), Map.entry("南非兰特", "ZAR"), Map.entry("兰特", "ZAR"), Map.entry("泰铢", "THB"),
            Map.entry("林吉特", "MYR"), Map.entry("马来西亚林吉特", "MYR"), Map.entry("印尼盾", "IDR"),
            Map.entry("印度尼西亚盾", "IDR"), Map.entry("菲律宾比索", "PHP"), Map.entry("土耳其里拉", "TRY"),
            Map.entry("以色列新谢克尔", "ILS"), Map.entry("新谢克尔", "ILS"), Map.entry("冰岛克朗", "ISK"),
            Map.entry("罗马尼亚列伊", "RON"), Map.entry("保加利亚列弗", "BGN"), Map.entry("韩币", "KRW"),
            Map.entry("日币", "JPY"), Map.entry("美刀", "USD"),
            Map.entry("US DOLLAR", "USD"), Map.entry("US DOLLARS", "USD"), Map.entry("YEN", "JPY"),
            Map.entry("POUND", "GBP"), Map.entry("POUNDS", "GBP"), Map.entry("STERLING", "GBP"),
            Map.entry("RENMINBI", "CNY"), Map.entry("SWISS FRANC", "CHF"), Map.entry("WON", "KRW"));

    private CurrencyNames() {
    }

    /** The ISO code of {@code written}; an empty or unreadable name is refused with the forms that work. */
    static String code(String written, String role) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("missing " + role + ": write an ISO code or a name, e.g. USD, CNY "
                    + "(RMB), EUR, 美元, 人民币");
        }
        String w = written.trim().toUpperCase(Locale.ROOT);
        String more = MORE.get(w);
        return more != null ? more : CurrencyConversion.code(written);
    }
}
