package zhiti.brain.read;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import zhiti.agent.Quantity;

/** Readings of amounts whose role the question's shape settles rather than the words beside them: prices and trends. */
final class PriceAndTrend {

    /** Amounts a trend question may follow from a start to a target. */
    private static final Set<Quantity> TRENDED = EnumSet.of(Quantity.IT_LOAD, Quantity.POWER_BUDGET, Quantity.POWER_DRAW,
            Quantity.GPUS, Quantity.SERVERS, Quantity.USD, Quantity.CAPEX_USD, Quantity.TOKENS_PER_DAY, Quantity.QUERIES_PER_DAY,
            Quantity.COMPUTE, Quantity.PARAMS, Quantity.ENERGY);

    private static final Set<Quantity> MONEY_ASKS = EnumSet.of(Quantity.USD, Quantity.CAPEX_USD, Quantity.USD_PER_MILLION_TOKENS,
            Quantity.USD_PER_GPU_HOUR);

    private PriceAndTrend() {
    }

    /**
     * "falling 60% a year, what would today's $10 cost in three years?": only a sum of money asked, with a yearly
     * rate and a span, is the value at the end of the span (and "三年后是多少钱一小时？三年累计降了多少？" keeps its
     * second question).
     */
    static void projection(List<Quantity> asked, List<Known> knowns, List<Mention> dates, List<Mention> mentions) {
        boolean money = asked.stream().anyMatch(MONEY_ASKS::contains) && asked.stream().allMatch(a -> MONEY_ASKS.contains(a)
                || StructureReader.ARITHMETIC.contains(a));
        boolean rate = knowns.stream().anyMatch(k -> k.quantity() == Quantity.RATE);
        boolean span = knowns.stream().anyMatch(k -> k.quantity() == Quantity.PERIODS) || !dates.isEmpty();
        boolean chain = knowns.stream().anyMatch(k -> k.quantity() == Quantity.PARAMS || k.quantity() == Quantity.GPUS
                || k.quantity() == Quantity.COMPUTE || k.quantity() == Quantity.GPU_HOURS);
        if (money && rate && span && !chain && mentions.stream().anyMatch(Mention::isMoney)) {
            int at = asked.indexOf(asked.stream().filter(MONEY_ASKS::contains).findFirst().orElseThrow());
            asked.removeIf(MONEY_ASKS::contains);
            asked.add(Math.min(at, asked.size()), Quantity.END_VALUE);
        }
    }

    /** "850 MW in 2024, growing 22% a year: when does it pass 3 GW?": two amounts of one kind are a start and a target. */
    static void startAndTarget(List<Quantity> asked, List<Known> knowns, List<Mention> free, List<Mention> values,
                               List<Mention> dates) {
        boolean dated = !dates.isEmpty();
        boolean yearly = knowns.stream().anyMatch(k -> k.quantity() == Quantity.RATE)
                || free.stream().anyMatch(m -> m.dim() == Dim.FRACTION && m.per() == Dim.YEARS);
        if (values.isEmpty() && dated && yearly && asked.stream().allMatch(TRENDED::contains)) {
            // "IT 装机 2023 年约 300 兆瓦，每年扩张 35%，2027 年装机是多少？": the amount is where the trend starts
            List<Known> one = knowns.stream().filter(k -> TRENDED.contains(k.quantity()) && k.isNumber()
                    && k.origin() == Known.Origin.QUESTION).toList();
            List<Mention> ms = free.stream().filter(m -> one.stream().anyMatch(k -> k.start() == m.start())).toList();
            if (one.size() == 1 && ms.size() == 1) {
                knowns.removeAll(one);
                values.addAll(ms);
                asked.removeIf(TRENDED::contains);
            }
            return;
        }
        if (!asked.contains(Quantity.YEAR)) {
            return;
        }
        for (Quantity role : TRENDED) {
            List<Known> same = knowns.stream().filter(k -> k.quantity() == role && k.isNumber()
                    && k.origin() == Known.Origin.QUESTION).toList();
            List<Mention> ms = free.stream().filter(m -> same.stream().anyMatch(k -> k.start() == m.start())).toList();
            if (same.size() >= 2 && ms.size() == same.size()) {
                knowns.removeAll(same);
                values.addAll(ms);
                values.sort(Comparator.comparingInt(Mention::start));
            }
        }
    }

    /** "What would a million tokens cost in 2027?": the million is the price's unit, not an amount of tokens. */
    static void perMillionIsAUnit(List<Quantity> asked, List<Known> knowns, List<Mention> values) {
        if (asked.contains(Quantity.USD_PER_MILLION_TOKENS)) {
            knowns.removeIf(k -> k.quantity() == Quantity.TOKENS && k.isNumber() && k.number() == 1e6);
            values.removeIf(m -> m.dim() == Dim.TOKENS && m.value() == 1e6);
        }
    }
}
