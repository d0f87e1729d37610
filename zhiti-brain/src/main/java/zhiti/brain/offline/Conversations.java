package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.agent.Conversation;
import zhiti.agent.Quantity;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.brain.read.FollowUps;
import zhiti.brain.read.Known;
import zhiti.brain.read.QuestionReader;
import zhiti.brain.read.Reading;

/**
 * Reads a question in the light of the conversation before it: a follow-up ("and with 1024?", "那 30 天呢？") is
 * merged with the last question it follows, and facts the user stated earlier ("our PUE is 1.25", "训练数据是 3 万亿
 * tokens") are known unless the question restates them.
 */
final class Conversations {

    private final QuestionReader reader;

    Conversations(QuestionReader reader) {
        this.reader = reader;
    }

    /**
     * The readings to try, best first: a follow-up merged with the turn it follows, then on its own; any other
     * question on its own, then merged, for a question that only the conversation completes ("用 4096 张 H100 要多少天？"
     * after a question that named the model).
     */
    List<Reading> readings(String question, Conversation c, List<Tool> tools) {
        Reading now = reader.read(question);
        if (c.earlierQuestions().isEmpty()) {
            return List.of(now);
        }
        Reading merged = read(now, c, true, tools);
        Reading alone = read(now, c, false, tools);
        boolean subjectless = now.knowns().stream().noneMatch(k -> SUBJECTS.contains(k.quantity()));
        return now.followUp() || subjectless && !now.asked().isEmpty() ? List.of(merged, alone) : List.of(alone, merged);
    }

    Reading read(String question, Conversation c, List<Tool> tools) {
        return readings(question, c, tools).get(0);
    }

    private Reading read(Reading now, Conversation c, boolean follow, List<Tool> tools) {
        Reading last = null;
        List<Known> stated = new ArrayList<>();
        Map<Known, String> statedIn = new java.util.IdentityHashMap<>();
        for (String turn : c.earlierQuestions()) {
            Reading r = reader.read(turn);
            boolean subjectless = r.knowns().stream().noneMatch(k -> SUBJECTS.contains(k.quantity())) && !r.asked().isEmpty();
            if ((r.followUp() || subjectless) && last != null) {
                // as it was answered: "电价 0.5 元的话，电费多少？" built on the cluster of the turn before
                r = FollowUps.merge(last, r);
            }
            if (!r.asked().isEmpty() && !ProfileMethod.isStatement(turn) && ProfileMethod.isQuestion(turn)) {
                last = withStated(r, stated); // answered with what the user had stated, so it carries those facts on
            } else if (ForgetMethod.isForget(turn)) {
                // "forget what I told you about our electricity price": its facts are no longer known
                stated.removeIf(k -> ForgetMethod.covers(turn, statedIn.get(k)));
            } else {
                // a statement: what it makes known stays known, later statements over earlier ones
                for (Known k : r.knowns()) {
                    stated.removeIf(s -> s.quantity() == k.quantity());
                    Known kept = k.withOrigin(Known.Origin.CONVERSATION);
                    stated.add(kept);
                    statedIn.put(kept, turn);
                }
            }
        }
        Reading merged = follow && last != null ? FollowUps.merge(last, now) : now;
        List<Known> knowns = new ArrayList<>(merged.knowns());
        boolean converting = merged.asked().contains(Quantity.CONVERTED_AMOUNT)
                || stated.stream().anyMatch(k -> k.quantity() == Quantity.EXCHANGE_RATE)
                || knowns.stream().anyMatch(k -> k.quantity() == Quantity.EXCHANGE_RATE);
        List<Quantity> given = new ArrayList<>();
        boolean projecting = (now.has(Quantity.END_DATE) || now.has(Quantity.PERIODS)) && merged.asked().contains(Quantity.END_VALUE) && follow;
        for (Known k : stated) {
            if (projecting && (PROJECTION_SPAN.contains(k.quantity()) || k.quantity() == Quantity.START_DATE)) {
                continue; // the projection starts where the last turn ended
            }
            Known use = converting && k.quantity() == Quantity.USD ? k.as(Quantity.AMOUNT) : k;
            if (knowns.stream().noneMatch(n -> n.quantity() == use.quantity())) {
                knowns.add(use);
                given.add(use.quantity());
            }
        }
        if (follow && !c.lastResults().isEmpty()) {
            carry(now, c, tools, knowns, merged.asked());
        }
        orientRate(knowns);
        List<Quantity> asked = new ArrayList<>(merged.asked());
        if (knowns.stream().anyMatch(k -> (k.quantity() == Quantity.USD_PER_SERVER || k.quantity() == Quantity.USD_PER_GPU)
                && k.origin() == Known.Origin.CONVERSATION) && knowns.stream().noneMatch(k -> k.quantity() == Quantity.EXCHANGE_RATE
                && k.origin() == Known.Origin.QUESTION)) {
            // the converted unit price times what is bought: the total, in the currency it was converted into
            asked.replaceAll(a -> a == Quantity.USD || a == Quantity.CONVERTED_AMOUNT ? Quantity.CAPEX_USD : a);
        }
        if (asked.stream().anyMatch(q -> !given.contains(q))) {
            // "at that growth rate, what would it be in 2030?": the rate the user stated is given, not asked
            asked.removeIf(given::contains);
        }
        if (asked.contains(Quantity.USD) && knowns.stream().anyMatch(k -> k.quantity() == Quantity.USD_PER_KWH)
                && knowns.stream().noneMatch(k -> k.quantity() == Quantity.USD_PER_GPU_HOUR)) {
            asked.set(asked.indexOf(Quantity.USD), Quantity.ELECTRICITY_USD); // the price the user gave is a power price
        }
        return new Reading(merged.text(), merged.lang(), asked, knowns, merged.variants(), merged.followUp());
    }

    /**
     * The last turn's results a follow-up builds on: those whose inputs it does not restate (or all, when it
     * points back at them), where it neither knows nor asks the quantity itself.
     */
    private static void carry(Reading now, Conversation c, List<Tool> tools, List<Known> knowns, List<Quantity> asked) {
        // a projection to a new date ("2030 年会是多少") builds on the rate the last turn found
        boolean projecting = (now.has(Quantity.END_DATE) || now.has(Quantity.PERIODS)) && asked.contains(Quantity.END_VALUE);
        boolean back = PriorResults.pointsBack(now.text()) || projecting;
        Set<Quantity> restated = EnumSet.noneOf(Quantity.class);
        now.knowns().forEach(k -> restated.add(k.quantity()));
        Map<Quantity, Known> carried = new EnumMap<>(Quantity.class);
        Map<Quantity, Known> any = new EnumMap<>(Quantity.class);
        for (PriorResults.Result r : PriorResults.read(c.lastResults(), tools)) {
            any.put(r.known().quantity(), r.known());
            if (projecting && PROJECTION_SPAN.contains(r.known().quantity())) {
                continue; // the span and its multiple change with the new date
            }
            if (back || r.inputs().stream().noneMatch(restated::contains)) {
                carried.put(r.known().quantity(), r.known());
            }
        }
        carried.values().stream().filter(k -> !asked.contains(k.quantity())
                && knowns.stream().noneMatch(n -> n.quantity() == k.quantity())).forEach(knowns::add);
        boolean perUnit = asked.contains(Quantity.USD_PER_GPU) || asked.contains(Quantity.USD_PER_SERVER);
        if (perUnit && knowns.stream().noneMatch(k -> k.quantity() == Quantity.CAPEX_USD)) {
            // "这台机器合多少美元？摊到每张卡又是多少？": the sum just worked out is the price to share out
            lastSum(any).ifPresent(k -> knowns.add(k.as(Quantity.CAPEX_USD)));
        }
        boolean buying = asked.contains(Quantity.CAPEX_USD) || asked.contains(Quantity.USD) || asked.contains(Quantity.CONVERTED_AMOUNT);
        if (buying && c.lastResults().stream().anyMatch(o -> ToolName.CURRENCY_CONVERT.is(o.step().tool()))
                && knowns.stream().noneMatch(k -> k.quantity() == Quantity.USD_PER_SERVER || k.quantity() == Quantity.USD_PER_GPU)) {
            // "一台报价 110 万元，约合多少美元？采购 250 台一共多少美元？": the price just converted is the unit price of what is bought
            Quantity unit = knowns.stream().anyMatch(k -> k.quantity() == Quantity.SERVERS && k.origin() == Known.Origin.QUESTION)
                    ? Quantity.USD_PER_SERVER
                    : knowns.stream().anyMatch(k -> k.quantity() == Quantity.GPUS && k.origin() == Known.Origin.QUESTION)
                    ? Quantity.USD_PER_GPU : null;
            Known converted = any.get(Quantity.CONVERTED_AMOUNT);
            if (unit != null && converted != null) {
                knowns.add(converted.as(unit).withOrigin(Known.Origin.CONVERSATION));
            }
        }
        boolean converting = asked.contains(Quantity.CONVERTED_AMOUNT) || knowns.stream().anyMatch(k -> k.quantity() == Quantity.EXCHANGE_RATE);
        // "按 1 美元兑 7.1 元，折合多少？" after a turn that priced something: that sum is the amount to convert
        // (the sum is converted again even though the rate is new: "and in euros at 7.8 yuan each?"); it is newer
        // than a sum stated in an earlier turn, but not than one stated in this turn; of the sums, the one in the
        // currency the new rate names ("and to euros at 0.92 EUR per USD?" converts the dollars again)
        boolean ownAmount = knowns.stream().anyMatch(k -> k.quantity() == Quantity.AMOUNT && k.origin() != Known.Origin.CONVERSATION);
        if (converting && !ownAmount) {
            List<Known> sums = new ArrayList<>(knowns.stream().filter(k -> k.quantity() == Quantity.AMOUNT).toList());
            any.values().stream().filter(k -> MONEY.contains(k.quantity())).forEach(k -> sums.add(k.as(Quantity.AMOUNT)));
            List<String> pair = knowns.stream().filter(k -> k.quantity() == Quantity.EXCHANGE_RATE)
                    .map(k -> List.of(k.unit().split("/"))).findFirst().orElse(List.of());
            sums.stream().filter(k -> pair.contains(k.unit())).reduce((a, b) -> b).or(() -> sums.stream().reduce((a, b) -> b))
                    .ifPresent(k -> {
                        knowns.removeIf(n -> n.quantity() == Quantity.AMOUNT);
                        knowns.add(k);
                    });
        }
    }

    /** The last sum of money the turn before worked out, if any. */
    private static java.util.Optional<Known> lastSum(Map<Quantity, Known> results) {
        return results.values().stream().filter(k -> MONEY.contains(k.quantity())).reduce((a, b) -> b);
    }

    private static final Set<Quantity> MONEY = EnumSet.of(Quantity.USD, Quantity.CAPEX_USD, Quantity.ELECTRICITY_USD,
            Quantity.CONVERTED_AMOUNT);
    private static final Set<Quantity> PROJECTION_SPAN = EnumSet.of(Quantity.PERIODS, Quantity.FACTOR, Quantity.START_VALUE,
            Quantity.END_VALUE, Quantity.CHANGE, Quantity.DIFFERENCE);

    private static Reading withStated(Reading r, List<Known> stated) {
        List<Known> knowns = new ArrayList<>(r.knowns());
        stated.stream().filter(k -> knowns.stream().noneMatch(n -> n.quantity() == k.quantity())).forEach(knowns::add);
        return new Reading(r.text(), r.lang(), r.asked(), knowns, r.variants(), r.followUp());
    }

    /** What a question is about: without any of these it leans on the turn before. */
    private static final java.util.Set<Quantity> SUBJECTS = java.util.EnumSet.of(Quantity.MODEL, Quantity.HARDWARE,
            Quantity.PARAMS, Quantity.ACTIVE_PARAMS, Quantity.COMPUTE, Quantity.GPUS, Quantity.SERVERS, Quantity.START_VALUE,
            Quantity.AMOUNT, Quantity.TOKENS_PER_DAY, Quantity.QUERIES_PER_DAY, Quantity.LAYERS, Quantity.SERIES,
            Quantity.PART, Quantity.WHOLE, Quantity.REFERENCE_HARDWARE);

    /**
     * A rate stated in one turn ("1 美元兑 7.2 元", read as CNY per USD) and an amount from another (200 万元): the
     * rate is turned round when the amount is in the currency it was quoted per-unit of the other way.
     */
    private static void orientRate(List<Known> knowns) {
        Known rate = knowns.stream().filter(k -> k.quantity() == Quantity.EXCHANGE_RATE).findFirst().orElse(null);
        Known amount = knowns.stream().filter(k -> k.quantity() == Quantity.AMOUNT).findFirst().orElse(null);
        if (rate == null || amount == null || !rate.unit().contains("/")) {
            return;
        }
        String[] toFrom = rate.unit().split("/");
        if (toFrom.length == 2 && toFrom[0].equals(amount.unit()) && !toFrom[1].equals(amount.unit())) {
            knowns.remove(rate);
            knowns.add(new Known(Quantity.EXCHANGE_RATE, 1 / rate.number(), toFrom[1] + "/" + toFrom[0], rate.origin(),
                    new String[]{"1 " + toFrom[0] + " = 1 ÷ " + rate.number() + " " + toFrom[1],
                            "1 " + toFrom[0] + " = 1 ÷ " + rate.number() + " " + toFrom[1]}, rate.start(), rate.end()));
        }
    }
}
