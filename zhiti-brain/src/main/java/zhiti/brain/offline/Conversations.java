package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.List;
import zhiti.agent.Conversation;
import zhiti.agent.Quantity;
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

    Reading read(String question, Conversation c) {
        Reading now = reader.read(question);
        if (c.earlierQuestions().isEmpty()) {
            return now;
        }
        Reading last = null;
        List<Known> stated = new ArrayList<>();
        for (String turn : c.earlierQuestions()) {
            Reading r = reader.read(turn);
            if (r.followUp() && last != null) {
                r = FollowUps.merge(last, r);
            }
            if (!r.asked().isEmpty() && !ProfileMethod.isStatement(turn) && ProfileMethod.isQuestion(turn)) {
                last = r;
            } else {
                // a statement: what it makes known stays known, later statements over earlier ones
                for (Known k : r.knowns()) {
                    stated.removeIf(s -> s.quantity() == k.quantity());
                    stated.add(k.withOrigin(Known.Origin.CONVERSATION));
                }
            }
        }
        boolean subjectless = now.knowns().stream().noneMatch(k -> SUBJECTS.contains(k.quantity()));
        Reading merged = (now.followUp() || subjectless && !now.asked().isEmpty()) && last != null ? FollowUps.merge(last, now) : now;
        List<Known> knowns = new ArrayList<>(merged.knowns());
        for (Known k : stated) {
            if (knowns.stream().noneMatch(n -> n.quantity() == k.quantity()) && !merged.asked().contains(k.quantity())) {
                knowns.add(amountForConversion(k, merged));
            }
        }
        List<Quantity> asked = new ArrayList<>(merged.asked());
        if (asked.contains(Quantity.USD) && knowns.stream().anyMatch(k -> k.quantity() == Quantity.USD_PER_KWH)
                && knowns.stream().noneMatch(k -> k.quantity() == Quantity.USD_PER_GPU_HOUR)) {
            asked.set(asked.indexOf(Quantity.USD), Quantity.ELECTRICITY_USD); // the price the user gave is a power price
        }
        return new Reading(merged.text(), merged.lang(), asked, knowns, merged.variants(), merged.followUp());
    }

    /** What a question is about: without any of these it leans on the turn before. */
    private static final java.util.Set<Quantity> SUBJECTS = java.util.EnumSet.of(Quantity.MODEL, Quantity.HARDWARE,
            Quantity.PARAMS, Quantity.ACTIVE_PARAMS, Quantity.COMPUTE, Quantity.GPUS, Quantity.SERVERS, Quantity.START_VALUE,
            Quantity.AMOUNT, Quantity.TOKENS_PER_DAY, Quantity.QUERIES_PER_DAY, Quantity.LAYERS, Quantity.SERIES,
            Quantity.PART, Quantity.WHOLE, Quantity.REFERENCE_HARDWARE);

    /** "我的预算是 200 万元" then "我的预算折合多少美元？": the stated budget is the amount to convert. */
    private static Known amountForConversion(Known k, Reading r) {
        boolean converting = r.asked().contains(Quantity.CONVERTED_AMOUNT) || r.knowns().stream()
                .anyMatch(x -> x.quantity() == Quantity.EXCHANGE_RATE);
        return converting && k.quantity() == Quantity.USD ? k.as(Quantity.AMOUNT) : k;
    }
}
