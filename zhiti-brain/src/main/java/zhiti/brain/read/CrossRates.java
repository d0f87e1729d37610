package zhiti.brain.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;
import zhiti.econ.units.Formats;

/**
 * Two exchange rates that chain: "€850k in USD at 1 EUR = 1.08 USD, and then in RMB at 7.2 yuan per dollar", "2.1 欧元，
 * 按 1 欧元 = 7.8 元、1 美元 = 7.2 元折算，合多少人民币？多少美元？". The amount converts into each currency the
 * question asks for, directly where a rate links the two and through the third currency where two do; each
 * currency is a case of its own, its rate's note showing the chain.
 */
final class CrossRates {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String CUR = "(RMB|CNY|元人民币|人民币|yuan|EUR|欧元|euros?|USD|美元|US\\s*dollars?|dollars?)";
    private static final Pattern INTO = Pattern.compile("(?:折合|换算成?|兑换成?|相当于|合|\\bto|\\binto|\\bin|多少)\\s*(?:多少)?\\s*"
            + CUR, F);

    private CrossRates() {
    }

    /** One case per asked currency (an EXCHANGE_RATE each) and the shared AMOUNT, when the rates chain; else false. */
    static boolean read(String q, List<ExchangeReader.Rate> rates, List<Mention> free, List<Known> knowns,
                        List<Quantity> asked, List<List<Known>> cases) {
        Mention amount = free.stream().filter(Mention::isMoney)
                .filter(m -> rates.stream().noneMatch(r -> ExchangeReader.covers(r, m))).findFirst().orElse(null);
        if (amount == null || amount.currency() == null) {
            return false;
        }
        String from = amount.currency();
        List<String> targets = new ArrayList<>();
        for (Matcher m = INTO.matcher(q); m.find(); ) {
            int at = m.start(1);
            String c = ExchangeReader.code(m.group(1));
            if (!c.equals(from) && !targets.contains(c) && rates.stream().noneMatch(r -> r.start() <= at && at < r.end())) {
                targets.add(c);
            }
        }
        Map<String, double[]> reached = new LinkedHashMap<>();
        Map<String, String> how = new LinkedHashMap<>();
        for (String to : targets) {
            for (ExchangeReader.Rate r : rates) {
                double direct = units(r, from, to);
                if (direct > 0) {
                    reached.put(to, new double[]{direct});
                    how.put(to, "1 " + from + " = " + Formats.human(direct) + " " + to);
                }
            }
            if (reached.containsKey(to)) {
                continue;
            }
            for (ExchangeReader.Rate a : rates) {
                for (ExchangeReader.Rate b : rates) {
                    String via = other(a, from);
                    if (a == b || via == null || via.equals(to)) {
                        continue;
                    }
                    double first = units(a, from, via);
                    double second = units(b, via, to);
                    if (first > 0 && second > 0 && !reached.containsKey(to)) {
                        reached.put(to, new double[]{first * second});
                        // "× 7.2 CNY/USD" or "÷ 7.2 CNY/USD", as the rate was written
                        String leg = second == b.value() ? " × " + Formats.human(b.value()) + " " + to + "/" + via
                                : " ÷ " + Formats.human(b.value()) + " " + via + "/" + to;
                        how.put(to, "1 " + from + " = " + Formats.human(first) + " " + via + leg + " = "
                                + Formats.human(first * second) + " " + to);
                    }
                }
            }
        }
        if (reached.size() < 2 && !(reached.size() == 1 && how.values().iterator().next().contains("×"))) {
            return false; // one direct conversion is the ordinary case
        }
        free.remove(amount);
        free.removeIf(m -> rates.stream().anyMatch(r -> ExchangeReader.covers(r, m)));
        knowns.add(new Known(Quantity.AMOUNT, amount.value(), from, Known.Origin.QUESTION, null, amount.start(), amount.end()));
        ExchangeReader.Rate first = rates.get(0);
        for (Map.Entry<String, double[]> e : reached.entrySet()) {
            String note = how.get(e.getKey());
            cases.add(List.of(new Known(Quantity.EXCHANGE_RATE, e.getValue()[0], e.getKey() + "/" + from, Known.Origin.DERIVED,
                    null, first.start(), rates.get(rates.size() - 1).end()).withNote(note, note)));
        }
        asked.removeIf(a -> a == Quantity.FACTOR || a == Quantity.SHARE || a == Quantity.USD);
        if (!asked.contains(Quantity.CONVERTED_AMOUNT)) {
            asked.add(Quantity.CONVERTED_AMOUNT);
        }
        return true;
    }

    /** Units of {@code to} per unit of {@code from} by this rate, or 0 when it does not link them. */
    private static double units(ExchangeReader.Rate r, String from, String to) {
        if (from.equals(r.denominator()) && to.equals(r.numerator())) {
            return r.value();
        }
        if (from.equals(r.numerator()) && to.equals(r.denominator())) {
            return 1 / r.value();
        }
        return 0;
    }

    private static String other(ExchangeReader.Rate r, String c) {
        return c.equals(r.denominator()) ? r.numerator() : c.equals(r.numerator()) ? r.denominator() : null;
    }
}
