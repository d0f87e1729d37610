package zhiti.brain.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.agent.AgentContext;
import zhiti.agent.Brain;
import zhiti.brain.route.IntentRouter.Scored;
import zhiti.core.Citation;
import zhiti.agent.Decision;
import zhiti.agent.Plan;
import zhiti.brain.route.IntentClassifier;
import zhiti.brain.route.IntentRouter.Route;
import zhiti.brain.route.KeywordEvidence;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.core.Lang;

/**
 * A brain that needs no language model: it routes the question to an intent, reads its slots, and hands both to
 * the intent's method, which plans tool calls and reflects on each observation. Questions it cannot place with
 * enough confidence get a cited passage from memory, or a follow-up question.
 */
public final class OfflineBrain implements Brain {

    /** Intents whose methods need no entity or number from the question. */
    private static final Set<String> ANCHOR_FREE = Set.of("kb_question", "memory_op");

    /** Below this routing probability the brain asks rather than guesses. */
    public static final double MIN_CONFIDENCE = 0.40;

    private final SlotReader slotReader;
    private final IntentClassifier classifier;
    private final Map<String, Method> methods = new HashMap<>();

    public OfflineBrain(Catalog catalog, SeriesCatalog series, IntentClassifier classifier) {
        this.slotReader = new SlotReader(catalog, series);
        this.classifier = classifier;
        TrainingMethod training = new TrainingMethod(catalog, slotReader);
        methods.put("training_compute", training);
        methods.put("training_cluster", training);
        IntentMethods.register(methods, catalog, series, training);
        methods.put("kb_question", new KnowledgeMethod());
        methods.put("memory_op", new MemoryMethod());
    }

    @Override
    public String name() {
        return "offline";
    }

    /** What was understood of the question, kept for the task so reflection does not route again. */
    private record Understanding(Route route, Slots slots) {
    }

    @Override
    public Plan plan(AgentContext ctx) {
        Understanding u = understand(ctx);
        Method m = method(u, ctx.task().question());
        return m == null ? Plan.empty(fallbackGoal(u, ctx)) : m.plan(u.slots(), ctx);
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        Understanding u = understand(ctx);
        Method m = method(u, ctx.task().question());
        return m == null ? fallback(u, ctx) : m.reflect(u.slots(), ctx);
    }

    private Understanding understand(AgentContext ctx) {
        return ctx.memory().scratch("offline-understanding", () -> {
            String q = ctx.task().question();
            return new Understanding(route(classifier, q), slotReader.read(q));
        });
    }

    /**
     * The method for the routed intent, or none when routing is unsure — or when a calculation was chosen for a
     * question that names nothing to calculate with and uses no word of the field (keyboard noise, small talk).
     */
    /** The brain's routing: an explicit save command ("记住：…", "remember that …") first, then the classifier. */
    public static Route route(IntentClassifier classifier, String question) {
        return MemoryMethod.isSaveRequest(question)
                ? new Route("memory_op", 1.0, List.of(new Scored("memory_op", 1, 1)))
                : classifier.classify(question);
    }

    private Method method(Understanding u, String question) {
        if (u.route().confidence() < MIN_CONFIDENCE
                || (unanchored(u, question) && !ANCHOR_FREE.contains(u.route().intent()))) {
            return null;
        }
        return methods.get(u.route().intent());
    }

    private static boolean unanchored(Understanding u, String question) {
        Slots s = u.slots();
        return s.models().isEmpty() && s.hardware().isEmpty() && s.series().isEmpty() && s.params().isEmpty()
                && s.computeFlop().isEmpty() && !KeywordEvidence.mentionsDomain(question);
    }

    private static String fallbackGoal(Understanding u, AgentContext ctx) {
        return ctx.memory().recalled().isEmpty() ? "no tool fits (" + u.route().intent() + "): explain or ask"
                : "answer from recalled memories";
    }

    private static Decision fallback(Understanding u, AgentContext ctx) {
        Lang lang = ctx.task().lang();
        List<Citation> recalled = ctx.memory().recalled();
        if (!recalled.isEmpty()) {
            Citation top = recalled.get(0);
            return new Decision.Finish(lang.pick("知识库中最相关的段落（" + top.doc() + "，" + top.locator() + "）：",
                    "The most relevant passage in memory (" + top.doc() + ", " + top.locator() + "):")
                    + "\n" + top.text(), List.of(), recalled);
        }
        if (u.route().intent().equals("out_of_scope") || !KeywordEvidence.mentionsDomain(ctx.task().question())) {
            return new Decision.Finish(Replies.outOfScope(lang), List.of(), List.of());
        }
        return new Decision.Finish(Replies.clarify(lang, u.route()), List.of(), List.of());
    }
}
