package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.ToolName;

/**
 * "What was $4.6M in RMB on 15 March 2020?", "2019 年 1 月 2 日 100 欧元合多少人民币？": money to convert at a dated
 * (or the latest) reference rate, read into one fx_convert call. A question that states its own rate ("at 7.2") is
 * left to the calculators, which use the stated rate.
 */
final class FxRequests {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("$", "USD"), Map.entry("美元", "USD"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("usd", "USD"), Map.entry("€", "EUR"),
            Map.entry("欧元", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("£", "GBP"), Map.entry("英镑", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("¥", "CNY"), Map.entry("人民币", "CNY"), Map.entry("元", "CNY"),
            Map.entry("yuan", "CNY"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"), Map.entry("日元", "JPY"),
            Map.entry("yen", "JPY"), Map.entry("jpy", "JPY"), Map.entry("港元", "HKD"), Map.entry("港币", "HKD"),
            Map.entry("hkd", "HKD"), Map.entry("韩元", "KRW"), Map.entry("won", "KRW"), Map.entry("krw", "KRW"),
            Map.entry("新加坡元", "SGD"), Map.entry("sgd", "SGD"), Map.entry("瑞士法郎", "CHF"), Map.entry("chf", "CHF"),
            Map.entry("澳元", "AUD"), Map.entry("aud", "AUD"), Map.entry("加元", "CAD"), Map.entry("cad", "CAD"));
    private static final String CURRENCY = "新加坡元|瑞士法郎|美元|欧元|英镑|人民币|日元|港元|港币|韩元|澳元|加元|元|dollars?|euros?|pounds?|yuan|yen|won|"
            + "USD|EUR|GBP|CNY|RMB|JPY|HKD|KRW|SGD|CHF|AUD|CAD";
    private static final Pattern SYMBOL_AMOUNT = Pattern.compile("([$€£¥])\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k|m|mn|bn|b|million|billion|万|亿)?\\b?", F);
    /** "one million British pounds", "a thousand euros": a count in words before the currency. */
    private static final Pattern WORDS_AMOUNT = Pattern.compile("\\b(a|one|two|three|five|ten|a hundred|one hundred)\\s+(thousand|million|billion)\\s+(?:British |US |U\\.S\\. |Japanese |Hong Kong |Swiss )?(" + CURRENCY + ")(?![a-z])", F);
    private static final Pattern WORD_AMOUNT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k|m|mn|bn|million|billion|万|亿|千)?\\s*(" + CURRENCY + ")(?![a-z])", F);
    private static final Pattern ANY_CURRENCY = Pattern.compile("(?<![a-z])(" + CURRENCY + ")(?![a-z])", F);
    /** "at 7.2 yuan to the dollar", "按 1 美元兑 7.1 元": a rate the question states (not "the rate of 3 Jan 2017"). */
    private static final Pattern STATED_RATE = Pattern.compile("(?:at|按|以|rate of|汇率(?:为|是)?)\\s*(?:1\\s*\\S{0,4}\\s*[=＝兑:]\\s*)?\\d+(?:\\.\\d+)?\\s*"
            + "(?:元|yuan|RMB|CNY|to the|per|(?!jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{3}\\b)|1\\s*(?:USD|美元|\\$|EUR|欧元)\\s*[=＝兑]\\s*\\d"
            + "|\\d+(?:\\.\\d+)?\\s*的?\\s*汇率|汇率\\s*(?:按|为|是|取)?\\s*\\d|exchange rate of\\s*\\d|\\d+(?:\\.\\d+)?\\s*(?:yuan|RMB|CNY|元|yen|日元)\\s*(?:to|per|a|兑)\\s*(?:the |one )?(?:dollar|USD|美元|euro|欧元)", F);
    private static final Pattern RATE_WORDS = Pattern.compile("exchange rate|\\bECB\\b|reference rate|汇率|牌价|historical|当天|那天|当日", F);
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d\\d)-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern CN_DATE = Pattern.compile("((?:19|20)\\d\\d)\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*[日号])?)?");
    private static final Pattern EN_DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+((?:19|20)\\d\\d)", F);
    private static final Pattern EN_MONTH_DAY = Pattern.compile("(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)", F);
    private static final Pattern EN_YEAR = Pattern.compile("\\b(?:in|during|for|of|average(?: of)?)\\s+((?:19|20)\\d\\d)\\b", F);

    private FxRequests() {
    }

    static Optional<ToolBeltRequests.Request> read(String q) {
        if (STATED_RATE.matcher(q).find()) {
            return Optional.empty();
        }
        List<String> currencies = new ArrayList<>();
        Matcher c = ANY_CURRENCY.matcher(q.replaceAll("[$€£¥](?=\\s*\\d)", " $0 "));
        Matcher sym = SYMBOL_AMOUNT.matcher(q);
        double amount = Double.NaN;
        String from = null;
        if (sym.find()) {
            amount = RequestText.number(sym.group(2), sym.group(3));
            from = code(sym.group(1));
        } else {
            Matcher w = WORD_AMOUNT.matcher(q);
            Matcher ww = WORDS_AMOUNT.matcher(q);
            if (w.find()) {
                amount = RequestText.number(w.group(1), w.group(2));
                from = code(w.group(3));
            } else if (ww.find()) {
                amount = count(ww.group(1)) * RequestText.number("1", ww.group(2));
                from = code(ww.group(3));
            }
        }
        while (c.find()) {
            String k = code(c.group(1));
            if (k != null && !currencies.contains(k)) {
                currencies.add(k);
            }
        }
        if ("CNY".equals(from) && q.matches("(?is).*(?:yen|日元|JPY).*") && !q.matches("(?is).*(?:人民币|RMB|yuan|CNY).*")) {
            from = "JPY"; // ¥ is the yen's sign too
            currencies.remove("CNY");
            currencies.add(0, "JPY");
        }
        if (from == null && currencies.size() >= 2) {
            from = currencies.get(0);
        }
        String fromCode = from;
        Optional<String> to = currencies.stream().filter(k -> !k.equals(fromCode)).findFirst();
        Optional<String> date = date(q);
        if (from == null || to.isEmpty() || (date.isEmpty() && !RATE_WORDS.matcher(q).find())) {
            return Optional.empty();
        }
        ObjectNode a = ToolBeltMethod.args().put("from", from).put("to", to.get());
        if (!Double.isNaN(amount)) {
            a.put("amount", amount);
        }
        date.ifPresent(d -> a.put("date", d));
        return Optional.of(new ToolBeltRequests.Request(ToolName.FX_CONVERT, a,
                "convert at the reference rate of the date → answer with the rate and its source",
                "ECB reference rate " + from + "→" + to.get() + date.map(d -> " on " + d).orElse("")));
    }

    private static double count(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            case "five" -> 5;
            case "ten" -> 10;
            case "a hundred", "one hundred" -> 100;
            default -> 1;
        };
    }

    private static String code(String word) {
        return CODES.get(word.toLowerCase(Locale.ROOT));
    }

    /** A day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), as fx_convert takes them. */
    static Optional<String> date(String q) {
        Matcher m = ISO.matcher(q);
        if (m.find()) {
            return Optional.of(format(m.group(1), m.group(2), m.group(3)));
        }
        m = CN_DATE.matcher(q);
        if (m.find()) {
            return Optional.of(format(m.group(1), m.group(2), m.group(3)));
        }
        m = EN_DAY_MONTH.matcher(q);
        if (m.find()) {
            return Optional.of(format(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = EN_MONTH_DAY.matcher(q);
        if (m.find()) {
            return Optional.of(format(m.group(3), month(m.group(1)), m.group(2)));
        }
        m = EN_YEAR.matcher(q);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String month(String name) {
        for (Month mo : Month.values()) {
            if (mo.name().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT).substring(0, 3))) {
                return Integer.toString(mo.getValue());
            }
        }
        return null;
    }

    private static String format(String y, String mo, String d) {
        if (mo == null) {
            return y;
        }
        if (d == null) {
            return String.format(Locale.ROOT, "%s-%02d", y, Integer.parseInt(mo));
        }
        return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
    }
}
