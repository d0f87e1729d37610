package zhiti.brain.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * Reads a stated exchange rate in its usual forms — "7.2 RMB per USD", "1 美元兑 7.1 元", "0.92 EUR per USD",
 * "at 7.2", "按 7.2 的汇率" — as units of one currency per unit of another; the caller orients it to the amount
 * being converted, and finds the amount it converts.
 */
final class ExchangeReader {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String CUR = "(RMB|CNY|元人民币|人民币|元|yuan|EUR|欧元|euros?|USD|美元|US\\s*dollars?|dollars?|\\$)";
    private static final Pattern PER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*" + CUR
            + "\\s*(?:per|/|a|an|兑|每|for\\s+(?:one|1|each|a|an)|to\\s+(?:the|one|a|1|each))\\s*(?:1\\s*)?" + CUR, F);
    private static final Pattern ONE_IS = Pattern.compile("(?:\\b1|\\bone|\\ban?|每|一)\\s*" + CUR
            + "\\s*(?:兑|=|换|兑换|折合|兑换成|可换|能换|可以换|is|equals|buys|gets|fetches|is worth|to)\\s*(?:约|about)?\\s*"
            + "(\\d+(?:\\.\\d+)?)\\s*" + CUR, F);
    private static final Pattern BARE = Pattern.compile(
            "(?:\\bat|按|汇率(?:是|为|按)?|exchange rate(?:\\s+of|\\s+is)?|rate of)\\s*(?:约|about)?\\s*(?:1\\s*[:：]\\s*)?"
                    + "(\\d+(?:\\.\\d+)?)(?![\\d%])(?:\\s*的汇率)?", F);

    /**
     * A rate as written: {@code value} units of {@code numerator} per unit of {@code denominator} (either may be
     * null when the question leaves it to the amount's currency), and the span it covers.
     */
    record Rate(double value, String numerator, String denominator, int start, int end) {
    }

    /** The roles a stated sum of money may have and still be the amount an exchange rate converts (null: none):
     *  a sum paid or budgeted, and the price of one card or server. */
    private static final java.util.Set<Quantity> CONVERTIBLE = new java.util.HashSet<>(java.util.Arrays.asList(null,
            Quantity.USD, Quantity.USD_PER_GPU, Quantity.USD_PER_SERVER));

    private static final Pattern TOTAL = Pattern.compile("总共|一共|合计|总计|总额|整机采购总|in total|\\btotal\\b|altogether|all told", F);

    private ExchangeReader() {
    }

    static Optional<Rate> read(String q) {
        Matcher m = PER.matcher(q);
        if (m.find() && !same(m.group(2), m.group(3))) {
            return Optional.of(new Rate(Double.parseDouble(m.group(1)), code(m.group(2)), code(m.group(3)), m.start(), m.end()));
        }
        m = ONE_IS.matcher(q);
        if (m.find() && !same(m.group(1), m.group(3))) {
            return Optional.of(new Rate(Double.parseDouble(m.group(2)), code(m.group(3)), code(m.group(1)), m.start(), m.end()));
        }
        m = BARE.matcher(q);
        if (m.find() && Pattern.compile("汇率|exchange|RMB|CNY|人民币|yuan|EUR|欧元|euro|折合|convert", F).matcher(q).find()) {
            return Optional.of(new Rate(Double.parseDouble(m.group(1)), null, null, m.start(1), m.end(1)));
        }
        return Optional.empty();
    }

    /** Every rate written with both currencies ("1 EUR = 1.08 USD … 7.2 yuan per dollar"), in the order written. */
    static List<Rate> readAll(String q) {
        List<Rate> out = new java.util.ArrayList<>();
        for (Matcher m = PER.matcher(q); m.find(); ) {
            if (!same(m.group(2), m.group(3))) {
                out.add(new Rate(Double.parseDouble(m.group(1)), code(m.group(2)), code(m.group(3)), m.start(), m.end()));
            }
        }
        for (Matcher m = ONE_IS.matcher(q); m.find(); ) {
            int s = m.start();
            if (!same(m.group(1), m.group(3)) && out.stream().noneMatch(r -> r.start() < m.end() && s < r.end())) {
                out.add(new Rate(Double.parseDouble(m.group(2)), code(m.group(3)), code(m.group(1)), m.start(), m.end()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Rate::start));
        return out;
    }

    /** The currency a question converts into: the one named after 折合/convert to/in. */
    static Optional<String> target(String q) {
        Matcher m = Pattern.compile("(?:折合|换算成?|兑换成?|合|convert(?:ed)?\\s+.{0,30}?\\s+(?:to|into)|\\bto|\\binto|\\bin)\\s*(?:多少)?\\s*"
                + CUR, F).matcher(q);
        Optional<String> last = Optional.empty();
        while (m.find()) {
            last = Optional.of(code(m.group(1)));
        }
        return last;
    }

    static String code(String c) {
        String k = c.replaceAll("\\s+", "").toLowerCase();
        if (k.matches("rmb|cny|元人民币|人民币|元|yuan")) {
            return "CNY";
        }
        if (k.matches("eur|欧元|euros?")) {
            return "EUR";
        }
        return "USD";
    }

    private static boolean same(String a, String b) {
        return code(a).equals(code(b));
    }

    static boolean covers(Rate r, Mention m) {
        return m.start() < r.end() && r.start() < m.end();
    }

    static List<String> currencies() {
        return List.of("USD", "CNY", "EUR");
    }

    /** A stated exchange rate, oriented to the amount the question converts, and that amount. */
    static void exchange(String q, List<Mention> free, List<Known> knowns, List<Quantity> asked, List<List<Known>> cases) {
        List<Rate> all = readAll(q);
        if (all.size() >= 2 && CrossRates.read(q, all, free, knowns, asked, cases)) {
            return;
        }
        Optional<Rate> rate = read(q);
        if (rate.isEmpty()) {
            return;
        }
        Rate r = rate.get();
        free.removeIf(m -> covers(r, m));
        // the amount is a sum of money, not a price per hour or kWh ("每卡时 2 美元"); the price of one card or server
        // is a sum to convert too ("一台 8 卡服务器 28 万欧元")
        // "1.6 万卡，8 卡一台，整机单价 51.5 万美元…整机采购总共多少亿元": the total is converted, not the unit price
        // (asked in a question of its own after the conversion, the total is a later step on the converted price)
        boolean later = LATER_PART.matcher(q.substring(r.end())).find();
        boolean total = TOTAL.matcher(q).find() && free.stream().anyMatch(m -> m.dim() == Dim.ACCELERATORS || m.dim() == Dim.SERVERS)
                && !later;
        Mention amount = free.stream().filter(Mention::isMoney).filter(m -> m.per() == null && CONVERTIBLE.contains(RoleReader.role(q, m))
                && !(total && unitPrice(RoleReader.role(q, m)) && "USD".equals(m.currency()))).findFirst().orElse(null);
        if (amount == null && !total && !asked.contains(Quantity.USD) && !asked.contains(Quantity.CAPEX_USD)
                && !asked.contains(Quantity.ELECTRICITY_USD)) {
            // "￥16.8 per card-hour: in dollars?": a price converts too, per the same unit
            amount = free.stream().filter(Mention::isMoney).filter(m -> m.per() != null).findFirst().orElse(null);
            if (amount != null) {
                asked.removeIf(a -> a == Quantity.USD_PER_GPU_HOUR || a == Quantity.USD_PER_KWH || a == Quantity.USD_PER_GPU);
            }
        }
        if (total && amount == null && !asked.contains(Quantity.CAPEX_USD)) {
            asked.add(Quantity.CAPEX_USD);
        }
        String from = amount != null ? amount.currency() : r.denominator() != null ? r.denominator() : "USD";
        // the currency named in the rate's own clause first ("At 7.15 yuan to the dollar, what's that in USD? And in euros…")
        String rest = q.substring(r.end());
        String to = target(rest.split("[?？。；;]", 2)[0]).or(() -> target(rest)).or(() -> target(q))
                .filter(t -> !t.equals(from))
                .orElse(r.numerator() != null && !r.numerator().equals(from) ? r.numerator()
                        : r.denominator() != null && !r.denominator().equals(from) ? r.denominator() : from.equals("USD") ? "CNY" : "USD");
        // "7.1 元 per 美元" converts dollars by multiplying and yuan by dividing
        double units = r.numerator() == null ? (from.equals("USD") || to.equals("CNY") && !from.equals("CNY") ? r.value() : 1 / r.value())
                : r.numerator().equals(to) ? r.value() : 1 / r.value();
        Known k = new Known(Quantity.EXCHANGE_RATE, units, to + "/" + from, Known.Origin.QUESTION, null, r.start(), r.end());
        if (units != r.value()) {
            k = k.withNote("1 " + from + " = 1 ÷ " + r.value() + " " + to, "1 " + from + " = 1 ÷ " + r.value() + " " + to);
        }
        knowns.add(k);
        if (amount != null && (unitPrice(RoleReader.role(q, amount)) || later)) {
            // "这台机器合多少美元？摊到每张卡又是多少美元？", "¥180M for 1,024 GPUs: in USD, and per GPU?": the share per
            // card is of the converted sum, a later step
            asked.removeIf(Quantity::isUnitPrice);
        }
        if (amount != null) {
            free.remove(amount);
            knowns.add(new Known(Quantity.AMOUNT, amount.value(), from, Known.Origin.QUESTION, null, amount.start(), amount.end()));
        }
        if (!asked.contains(Quantity.CONVERTED_AMOUNT)) {
            asked.add(Quantity.CONVERTED_AMOUNT);
        }
    }

    private static final Pattern LATER_PART = Pattern.compile("[?？]\\s*\\S|,\\s*and\\s+(?:what|how)", Pattern.CASE_INSENSITIVE);

    private static boolean unitPrice(Quantity role) {
        return role != null && role.isUnitPrice();
    }
}
