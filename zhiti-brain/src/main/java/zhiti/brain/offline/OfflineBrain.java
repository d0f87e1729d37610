package zhiti.brain.offline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import zhiti.agent.AgentContext;
import zhiti.agent.Brain;
import zhiti.agent.Decision;
import zhiti.agent.Plan;
import zhiti.agent.Quantity;
import zhiti.agent.ToolName;
import zhiti.brain.plan.PlanDraft;
import zhiti.brain.plan.Planner;
import zhiti.brain.read.QuestionReader;
import zhiti.brain.read.Reading;
import zhiti.brain.route.Intent;
import zhiti.brain.route.IntentClassifier;
import zhiti.brain.route.IntentRouter.Route;
import zhiti.brain.route.IntentRouter.Scored;
import zhiti.brain.route.KeywordEvidence;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;

/**
 * A brain that needs no language model. A question about quantities is read into what it asks and what it states,
 * and the planner chains the tools' typed signatures from one to the other; routing by intent remains only for
 * what is not a quantity question — the documents, memory, catalog listings, things out of scope, and questions
 * too vague to plan.
 */
public final class OfflineBrain implements Brain {

    /** Below this routing probability the brain asks rather than guesses. */
    public static final double MIN_CONFIDENCE = 0.40;
    /** Words that ask what the documents say rather than for a computation. */
    private static final Pattern MEMORY_WORDS = Pattern.compile("记得|记住|记忆|回忆|之前|上次|刚才|前面|说过|提过|告诉过|"
            + "remember|recall|memor|earlier|before|last time|told you|I said|I mentioned|notes?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENTS = Pattern.compile("报告|研报|文档|白皮书|\\breports?\\b|\\bdocuments?\\b|the research|"
            + "《[^》]{2,40}》|那篇|这篇|引用了|第[一二三四五六七八九十\\d]+章|\\bsection\\b|\\bchapter\\b|what did the authors|"
            + "does it (?:give|say|cite|estimate|quote)|"
            + "the article|the paper|提到|描述|怎么看|如何看|认为|如何评价|评价|观点|说了什么|怎么说|what do(?:es)? the .{0,30} say|"
            + "how do(?:es)? the .{0,30} (?:describe|explain|break down|see)|what is (?:the )?['\"“]|是什么[？?]?$|what is \\w+(?:GPT|Agent)\\b",
            Pattern.CASE_INSENSITIVE);

    private final IntentClassifier classifier;
    private final QuestionReader reader;
    private final Planner planner;
    private final QuantityAnswer writer;
    private final Conversations conversations;
    private final ToolBeltRequests belt;

    public OfflineBrain(Catalog catalog, SeriesCatalog series, IntentClassifier classifier) {
        this.classifier = classifier;
        this.reader = new QuestionReader(catalog, series);
        this.planner = new Planner(catalog);
        this.writer = new QuantityAnswer(catalog, new ReportComparison(catalog, new SlotReader(catalog, series)));
        this.conversations = new Conversations(reader);
        this.belt = new ToolBeltRequests(catalog, series);
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public Plan plan(AgentContext ctx) {
        return method(ctx).plan(ctx);
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        return method(ctx).reflect(ctx);
    }

    /** The method for this task, chosen once and kept in the task's short-term memory. */
    private Method method(AgentContext ctx) {
        return ctx.memory().scratch("offline-method", () -> choose(ctx));
    }

    private Method choose(AgentContext ctx) {
        String q = ctx.task().question();
        boolean chat = !ctx.task().conversation().earlierQuestions().isEmpty() || has(ctx, ToolName.MEMORY_INSERT);
        if (ForgetMethod.isForget(q)) {
            return new ForgetMethod();
        }
        if (MemoryMethod.isSaveRequest(q)) {
            return new MemoryMethod();
        }
        if (ProfileMethod.isAboutUser(q)) {
            return ProfileMethod.answering(reader);
        }
        if (chat && ProfileMethod.isStatement(q) || ProfileMethod.isContextNote(q)) {
            return ProfileMethod.remembering();
        }
        if (KeywordEvidence.asksForAdvice(q)) {
            return new ReplyMethod(new Route(Intent.OUT_OF_SCOPE.label(), 1.0, List.of())); // "挑三只明年能翻倍的概念股": no figure answers it
        }
        // a plot, a dated conversion, an expression, reading aloud, a web search: one tool of the belt
        Optional<Method> request = ToolBeltMethod.of(q, belt, ctx);
        if (request.isPresent()) {
            return request.get();
        }
        if (ListingMethod.isListing(q) && (!DOCUMENTS.matcher(q).find() || ListingMethod.filtersOrRanks(q))) {
            return new ListingMethod(namedHardware(reader.read(q)));
        }
        List<Reading> readings = conversations.readings(q, ctx.task().conversation(), ctx.tools());
        Reading reading = readings.get(0);
        if (has(ctx, ToolName.KB_SEARCH) && DOCUMENTS.matcher(q).find() && numbers(reading) < 2) {
            return new KnowledgeMethod(reader);
        }
        // a quantity question with numbers or names to compute from needs no routing (and no embedding) first
        boolean grounded = numbers(reading) > 0 || reading.knowns().stream().anyMatch(k -> k.quantity().kind() == Quantity.Kind.ENTITY);
        if (!reading.asked().isEmpty() && grounded) {
            Optional<Method> m = quantities(readings, ctx);
            if (m.isPresent()) {
                return m.get();
            }
        }
        Route route = route(q);
        Optional<Intent> intent = Intent.of(route.intent()).filter(i -> route.confidence() >= MIN_CONFIDENCE);
        if (!reading.asked().isEmpty() && !grounded && !routedAway(intent, reading)) {
            Optional<Method> m = quantities(readings, ctx);
            if (m.isPresent()) {
                return m.get();
            }
        }
        if (intent.isPresent()) {
            switch (intent.get()) {
                case KB_QUESTION -> {
                    return new KnowledgeMethod(reader);
                }
                case MEMORY_OP -> {
                    return new MemoryMethod();
                }
                case OUT_OF_SCOPE -> {
                    // the documents may still be about it ("OpenAI 把通往 AGI 的路径分成哪五个等级？"); if not, out of scope
                    return has(ctx, ToolName.KB_SEARCH) ? new KnowledgeMethod(reader, true) : new ReplyMethod(route);
                }
                case CLARIFICATION -> {
                    return new ReplyMethod(route);
                }
                default -> {
                    // a calculation by its wording whose cues named nothing: ask what that intent computes
                    if (!intent.get().asks().isEmpty() && !reading.knowns().isEmpty() || !intent.get().asks().isEmpty() && anchored(q)) {
                        List<Quantity> asks = intent.get().asks().stream()
                                .filter(a -> reading.knowns().stream().noneMatch(k -> k.quantity() == a)).toList();
                        Reading guess = new Reading(reading.text(), reading.lang(), asks, reading.knowns(),
                                reading.variants(), reading.followUp());
                        Optional<Method> m = quantities(guess, ctx);
                        if (m.isPresent()) {
                            return m.get();
                        }
                    }
                }
            }
        }
        boolean outOfScope = intent.filter(i -> i == Intent.OUT_OF_SCOPE).isPresent() || !KeywordEvidence.mentionsDomain(q)
                && route.intent().equals(Intent.OUT_OF_SCOPE.label());
        if (has(ctx, ToolName.KB_SEARCH) && reading.asked().isEmpty() && !route.intent().equals(Intent.CLARIFICATION.label())) {
            // a question about something, not a computation: see what the documents say; out of scope unless they
            // really are about it
            return new KnowledgeMethod(reader, outOfScope);
        }
        return new ReplyMethod(route);
    }

    /** The machines a question names ("of A100, H20, H800 and B200, which…"), when it names several. */
    private static List<String> namedHardware(Reading r) {
        List<String> names = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(r.knowns().stream(), r.variants().stream().flatMap(List::stream))
                .filter(k -> k.quantity() == Quantity.HARDWARE || k.quantity() == Quantity.REFERENCE_HARDWARE)
                .map(k -> String.valueOf(k.value())).filter(n -> !names.contains(n)).forEach(names::add);
        return names.size() >= 2 ? names : List.of();
    }

    /** Planned, if the plan answers something or can say exactly what input it lacks. */
    private Optional<Method> quantities(Reading reading, AgentContext ctx) {
        return quantities(List.of(reading), ctx);
    }

    /** The first reading whose plan answers something; else the first that can say what input it lacks. */
    private Optional<Method> quantities(List<Reading> readings, AgentContext ctx) {
        Optional<String> firstQuestion = StagedMethod.firstOfSeveral(ctx.task().question());
        if (firstQuestion.isPresent()) {
            // separate questions are answered in turn, each later one with the earlier results at hand
            Reading r = conversations.read(firstQuestion.get(), ctx.task().conversation(), ctx.tools());
            // only when the rest asks the same again of its own subject ("…match 100 H100s? And how many A100s make
            // one B200?"); a rest that only varies the first ("用 INT4 呢？") is a follow-up of the whole
            Reading rest = reader.read(ctx.task().question().strip().substring(firstQuestion.get().length()));
            boolean again = rest.asked().stream().anyMatch(r.asked()::contains)
                    && rest.knowns().stream().anyMatch(k -> k.quantity().kind() == Quantity.Kind.ENTITY);
            boolean grounded = numbers(r) > 0 || r.knowns().stream().anyMatch(k -> k.quantity().kind() == Quantity.Kind.ENTITY);
            PlanDraft draft = r.asked().isEmpty() || !grounded || !again ? null : planner.plan(r, ctx.tools());
            if (draft != null && draft.answerable() && draft.missing().isEmpty()) {
                return Optional.of(new StagedMethod(new QuantityMethod(r, draft, writer), firstQuestion.get(), reader,
                        conversations, planner, writer));
            }
        }
        Method asking = null;
        for (Reading r : readings) {
            PlanDraft draft = planner.plan(r, ctx.tools());
            if (draft.answerable()) {
                QuantityMethod m = new QuantityMethod(r, draft, writer);
                // a later clause may build on this one's results: it is tried once these are in
                return Optional.of(StagedMethod.hasParts(ctx.task().question()) ? new StagedMethod(m, reader, conversations, planner, writer) : m);
            }
            if (asking == null && !draft.missing().isEmpty()) {
                asking = new QuantityMethod(r, draft, writer);
            }
        }
        return Optional.ofNullable(asking);
    }

    /** A confident knowledge, memory or out-of-scope route wins over a cue that stated no number to compute with. */
    private static boolean routedAway(Optional<Intent> intent, Reading reading) {
        // "老板问我们的模型训练要花多少钱？": "our model" is not a memory question unless it speaks of remembering
        if (intent.filter(i -> i == Intent.MEMORY_OP).isPresent() && !MEMORY_WORDS.matcher(reading.text()).find()) {
            return false;
        }
        return intent.isPresent() && !intent.get().isCalculation() && intent.get() != Intent.CLARIFICATION
                && numbers(reading) == 0 && reading.knowns().stream().noneMatch(k -> k.quantity().kind() == Quantity.Kind.ENTITY);
    }

    /** Values stated to compute with; a list of rates counts each ("53% and then 47% a year"). */
    private static long numbers(Reading r) {
        return r.knowns().stream().mapToLong(k -> k.value() instanceof double[] a ? a.length : k.isNumber() ? 1 : 0).sum();
    }

    private static boolean anchored(String q) {
        return KeywordEvidence.mentionsDomain(q);
    }

    /** The brain's routing: an explicit save command first, then the classifier. */
    public static Route route(IntentClassifier classifier, String question) {
        return MemoryMethod.isSaveRequest(question)
                ? new Route(Intent.MEMORY_OP.label(), 1.0, List.of(new Scored(Intent.MEMORY_OP.label(), 1, 1)))
                : classifier.classify(question);
    }

    private Route route(String q) {
        return route(classifier, q);
    }

    private static boolean has(AgentContext ctx, ToolName t) {
        return ctx.tools().stream().anyMatch(x -> t.is(x.name()));
    }
}
