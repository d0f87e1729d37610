package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import zhiti.agent.AgentContext;
import zhiti.agent.Conversation;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Quantity;
import zhiti.agent.Step;
import zhiti.brain.plan.PlanDraft;
import zhiti.brain.plan.Planner;
import zhiti.brain.read.Known;
import zhiti.brain.read.QuestionReader;
import zhiti.brain.read.Reading;
import zhiti.core.Citation;
import zhiti.core.Figure;

/**
 * A question whose later part builds on the result of an earlier one ("What CAGR does that imply, and if we kept
 * that pace, where would we be in 2026?", "两者叠加每年降多少？三年后只剩现在的几成？"). The whole question is
 * worked out first; then each later clause is read as a follow-up that carries those results, as a next turn
 * would, and when it answers something the first pass could not, its steps run after the first ones and the answer
 * gives both parts in order.
 */
final class StagedMethod implements Method {

    private static final Pattern JOINT = Pattern.compile("[?？。；;!！]\\s*(?=\\S)|\\.\\s+(?=\\S)|,\\s*and\\s+(?=what|how)|[,，]\\s*(?:and\\s+|那|那么)?"
            + "(?=(?:if|after|then|assuming|at that|at this|如果|假如|要是|若|照|按这个|按此|以此|这样|那么))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String STAGE = "-then";
    /** Inputs a later part may restate to ask the same thing again under other terms. */
    private static final Set<Quantity> RESTATED = java.util.EnumSet.of(Quantity.EXCHANGE_RATE, Quantity.RATE,
            Quantity.UTILISATION, Quantity.USD_PER_GPU_HOUR, Quantity.USD_PER_KWH, Quantity.PUE,
            // "…match 100 H100s? And how many match 1,000?": a fleet of its own
            Quantity.GPUS, Quantity.REFERENCE_GPUS, Quantity.SERVERS);

    private final QuantityMethod first;
    private final QuestionReader reader;
    private final Conversations conversations;
    private final Planner planner;
    private final QuantityAnswer writer;
    private QuantityMethod second;
    private Decision.Finish firstAnswer;
    /** What the first pass read: the whole question, or only its first question when the rest asks on its own. */
    private final String firstText;

    StagedMethod(QuantityMethod first, QuestionReader reader, Conversations conversations, Planner planner, QuantityAnswer writer) {
        this(first, null, reader, conversations, planner, writer);
    }

    StagedMethod(QuantityMethod first, String firstText, QuestionReader reader, Conversations conversations, Planner planner,
                 QuantityAnswer writer) {
        this.firstText = firstText;
        this.first = first;
        this.reader = reader;
        this.conversations = conversations;
        this.planner = planner;
        this.writer = writer;
    }

    /** Whether the question has a later clause that could build on an earlier one. */
    static boolean hasParts(String question) {
        return !laterParts(question).isEmpty();
    }

    @Override
    public Plan plan(AgentContext ctx) {
        return first.plan(ctx);
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        if (second != null) {
            Decision d = second.reflect(ctx);
            return d instanceof Decision.Finish f ? both(firstAnswer, f) : d;
        }
        Decision d = first.reflect(ctx);
        if (!(d instanceof Decision.Finish f) || !first.draft().answerable()) {
            return d;
        }
        Optional<QuantityMethod> next = next(ctx);
        if (next.isEmpty()) {
            return d;
        }
        firstAnswer = f;
        second = next.get();
        List<Step> steps = new ArrayList<>(ctx.plan().steps());
        steps.addAll(second.draft().steps());
        return new Decision.Revise(new Plan(ctx.plan().goal() + " | " + second.draft().goal(), steps),
                ctx.task().lang().pick("问题的后一部分建立在前面的结果上：接着算", "the question's later part builds on these results"));
    }

    /** The first later clause that, with this pass's results carried, answers a quantity this pass did not. */
    private Optional<QuantityMethod> next(AgentContext ctx) {
        Set<Quantity> answered = first.draft().cases().stream().flatMap(c -> c.answers().keySet().stream())
                .collect(Collectors.toSet());
        List<Observation> done = ctx.memory().observations().stream().filter(Observation::ok).toList();
        // chained exchange rates were each used already, one currency per case: no later part asks anew
        boolean chained = first.reading().variants().stream().anyMatch(v -> v.stream().anyMatch(k -> k.quantity() == Quantity.EXCHANGE_RATE));
        if (done.isEmpty() || chained) {
            return Optional.empty();
        }
        Conversation before = ctx.task().conversation();
        List<String> earlier = new ArrayList<>(before.earlierQuestions());
        earlier.add(firstText != null ? firstText : ctx.task().question());
        Conversation withFirst = new Conversation(earlier, before.coreMemory(), done);
        String preamble = preamble(ctx.task().question());
        for (String part : laterParts(ctx.task().question())) {
            Reading alone = reader.read(part);
            // a part with a rate or price of its own asks again what the first part answered ("And in euros, at 1 EUR = 1.08 USD?")
            boolean fresh = alone.knowns().stream().anyMatch(k -> RESTATED.contains(k.quantity()) && k.isNumber()
                    && first.reading().knowns().stream().noneMatch(f -> f.quantity() == k.quantity() && f.isNumber()
                            && (f.number() == k.number() || Math.abs(f.number() * k.number() - 1) < 1e-9))); // or its inverse
            // "…match 1,000 H100s? And how many B200s would match the same?": a machine of its own asks again too
            boolean anew = fresh || alone.knowns().stream().anyMatch(k -> k.quantity() == Quantity.HARDWARE
                    && first.reading().knowns().stream().noneMatch(f -> f.quantity() == Quantity.HARDWARE && f.value().equals(k.value())));
            List<Reading> tries = new ArrayList<>(conversations.readings(part, withFirst, ctx.tools()));
            Reading withContext = preamble.isEmpty() || alone.knowns().stream().anyMatch(Known::isNumber) ? null
                    : reader.read(preamble + part);
            // "…其中 A 2160 亿、B 1200 亿。A 占比多少？这两项加起来占多少？": the part read with the facts stated before it
            boolean ownPart = withContext != null && withContext.known(Quantity.PART).filter(k -> k.origin() == Known.Origin.DERIVED
                    && first.reading().known(Quantity.PART).filter(f -> f.number() == k.number()).isEmpty()).isPresent();
            if (ownPart) {
                tries.add(0, withContext);
            }
            for (Reading r : tries) {
                boolean again = anew || r == withContext;
                List<Quantity> asked = r.asked().stream().filter(q -> again || !answered.contains(q)).toList();
                if (asked.isEmpty()) {
                    continue;
                }
                Reading rest = new Reading(r.text(), r.lang(), asked, r.knowns(), r.variants(), r.followUp());
                PlanDraft draft = planner.plan(rest, ctx.tools(), STAGE);
                if (draft.answerable()) {
                    return Optional.of(new QuantityMethod(rest, draft, writer, ctx.memory().observations().size()));
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern QUESTION_END = Pattern.compile("[?？]");
    private static final Pattern STATEMENT_END = Pattern.compile("[。.!！;；](?=\\s|[^\\d]|$)");

    /** The statements before the first question ("某厂 capex 4800 亿元，其中…。"), or "" if it opens with a question. */
    private static String preamble(String q) {
        Matcher ask = QUESTION_END.matcher(q);
        int firstAsk = ask.find() ? ask.start() : q.length();
        Matcher m = STATEMENT_END.matcher(q);
        int end = -1;
        while (m.find() && m.end() <= firstAsk) {
            end = m.end();
        }
        return end < 0 ? "" : q.substring(0, end) + " ";
    }

    /**
     * "How many A100s equal one B200? And a 1,000-GPU B200 fleet is worth how many A100s?": the first of two or more
     * questions, each ending in a question mark, when the rest are questions of their own; empty otherwise.
     */
    static Optional<String> firstOfSeveral(String q) {
        String t = q.strip();
        if (!t.endsWith("?") && !t.endsWith("？")) {
            return Optional.empty();
        }
        Matcher m = QUESTION_END.matcher(t);
        int end = m.find() && m.end() < t.length() ? m.end() : -1;
        Matcher and = AND_ASKS.matcher(t);
        if (and.find() && (end < 0 || and.start() < end)) {
            return Optional.of(t.substring(0, and.start()) + "?"); // "how many A100s is one B200 worth, and how many…?"
        }
        return end < 0 ? Optional.empty() : Optional.of(t.substring(0, end));
    }

    private static final Pattern AND_ASKS = Pattern.compile(",\\s*and\\s+(?=how|what)", Pattern.CASE_INSENSITIVE);

    /** The later clauses, the last first: each runs from a joint to the end of the question. */
    private static List<String> laterParts(String q) {
        List<String> parts = new ArrayList<>();
        Matcher m = JOINT.matcher(q.strip());
        String text = q.strip();
        while (m.find()) {
            String part = text.substring(m.end()).strip();
            if (part.length() >= 4 && m.end() > 4) {
                parts.add(0, part);
            }
        }
        return parts;
    }

    private static Decision.Finish both(Decision.Finish a, Decision.Finish b) {
        List<Figure> figures = new ArrayList<>(a.figures());
        figures.addAll(b.figures());
        List<Citation> citations = new ArrayList<>(a.citations());
        b.citations().stream().filter(c -> !citations.contains(c)).forEach(citations::add);
        return new Decision.Finish(a.text() + "\n\n" + b.text(), figures, citations);
    }
}
