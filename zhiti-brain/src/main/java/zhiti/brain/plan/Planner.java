package zhiti.brain.plan;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Signature.Output;
import zhiti.agent.Step;
import zhiti.agent.StepReferences;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.brain.plan.PlanDraft.FromStep;
import zhiti.brain.plan.PlanDraft.Source;
import zhiti.brain.read.Reading;
import zhiti.econ.catalog.Catalog;

/**
 * Goal-directed planning over the tools' typed signatures, as GOAP planners do: every quantity gets the cost of
 * its cheapest derivation from what the question states — a stated value costs nothing (a little less than
 * nothing, so a plan uses what it was given), a tool call one step plus its inputs, a conventional default
 * {@value #DEFAULT}, an assumed rule {@value #ASSUME}, an input nobody gave and no tool makes {@value #ASK} (it
 * will be asked for) — found by relaxing the signature graph to a fixpoint (Knuth's generalisation of Dijkstra to
 * AND-OR graphs; {@link CaseSearch}). Plans are then read back from each asked quantity: fewer assumptions first,
 * then fewer steps. Each case of a comparison is planned on its own, then compared.
 */
public final class Planner {

    static final double STEP = 1;
    /** A conventional default (utilisation 40%, the dense BF16 peak): stated, and avoided where the question allows. */
    static final double DEFAULT = 3;
    /** An assumed rule that stands in for a fact (tokens from the Chinchilla ratio): avoided much more. */
    static final double ASSUME = 10;
    static final double ASK = 100;
    static final double INF = 1e9;
    /** Using a value the question states is slightly preferred, so a plan uses what it was given. */
    static final double STATED_BONUS = 0.3;
    /** A stated name earns a little less than a stated number: "$15k each" beats the catalog's price for the chip. */
    static final double ENTITY_DISCOUNT = 0.05;
    /** No call is free, so no chain of calls can lower its own cost around a loop. */
    static final double MIN_STEP = 0.2;

    /** Results nobody is asked for: they are what tools make, not what users state. */
    static final Set<Quantity> NEVER_ASKED = EnumSet.of(Quantity.GPU_HOURS, Quantity.FACTOR, Quantity.SHARE,
            Quantity.CHANGE, Quantity.DIFFERENCE, Quantity.DOUBLING_TIME, Quantity.YEAR, Quantity.CONVERTED_AMOUNT,
            Quantity.KV_CACHE_BYTES, Quantity.WEIGHT_BYTES, Quantity.TOKENS_PER_SECOND, Quantity.LOSS, Quantity.TPP,
            Quantity.PERFORMANCE_DENSITY, Quantity.EXPORT_CLASS, Quantity.PARALLEL_PLAN, Quantity.FLOP_PER_TOKEN,
            Quantity.CAPEX_USD, Quantity.ENERGY, Quantity.PEAK_FLOPS, Quantity.MEMORY_BANDWIDTH, Quantity.ACCELERATOR_MEMORY,
            Quantity.USD, Quantity.END_VALUE, Quantity.RATES, Quantity.GPUS_PER_SERVER, Quantity.SERVERS,
            Quantity.ACTIVE_PARAMS, Quantity.PART, Quantity.PARTS, Quantity.PRECISION, Quantity.VIDEO_DATASET, Quantity.REFERENCE_GPUS,
            Quantity.REFERENCE_HARDWARE, Quantity.SERIES, Quantity.MODEL, Quantity.BYTES_PER_VALUE, Quantity.BATCH,
            Quantity.UTILISATION, Quantity.PUE, Quantity.FLEET_FLOPS, Quantity.MEMORY_GPUS, Quantity.POWER_DRAW,
            Quantity.FLOPS_DEMAND, Quantity.SERVING_MEMORY_BYTES, Quantity.TOKENS_PER_PARAM, Quantity.OPTIMAL_TOKENS,
            Quantity.OPTIMAL_MULTIPLE, Quantity.PARAMS_MULTIPLE, Quantity.TOKENS_MULTIPLE, Quantity.COMPUTE_MULTIPLE,
            Quantity.OPTIMAL_COMPUTE, Quantity.REFERENCE_DAYS, Quantity.USD_PER_MILLION_TOKENS, Quantity.DOUBLINGS,
            Quantity.OPTIMAL_PARAMS, Quantity.REMAINDER, Quantity.REMAINDER_SHARE, Quantity.POWER_BUDGET, Quantity.MEMORY_SERVERS, Quantity.BANDWIDTH_GPUS,
            Quantity.HALVING_TIME, Quantity.IMPLIED_UTILISATION);
    /** The machine assumed when a question needs one and names none: the most common training GPU of 2024–25. */
    static final String DEFAULT_HARDWARE = "H100 SXM5 80GB";

    record Action(String tool, Signature sig) {
    }

    /** Serving and decoding words with no training word: an assumed training-data rule has no place there. */
    private static final java.util.regex.Pattern INFERENCE = java.util.regex.Pattern.compile(
            "推理|inference|serv(?:e|ing)|每次(?:提问|查询|请求)|quer(?:y|ies)|decod|生成|generat|部署|deploy", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern TRAINING = java.util.regex.Pattern.compile(
            "训练|train|fine-?tun|预训练|微调", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final CatalogFacts facts;

    public Planner(Catalog catalog) {
        this.facts = new CatalogFacts(catalog);
    }

    public PlanDraft plan(Reading r, List<Tool> tools) {
        return plan(r, tools, "");
    }

    /** The plan with {@code stage} appended to every step id, for a part of a task planned after an earlier part. */
    public PlanDraft plan(Reading r, List<Tool> tools, String stage) {
        boolean serving = INFERENCE.matcher(r.text()).find() && !TRAINING.matcher(r.text()).find();
        List<Action> actions = new ArrayList<>();
        for (Tool t : tools) {
            // serving work is 2N per token: neither an assumed training-data rule nor 6ND has a place in it
            boolean trainingOnly = ToolName.TRAINING_COMPUTE.is(t.name());
            t.signatures().stream().filter(s -> !(serving && (s.assumes() != null || trainingOnly)))
                    .forEach(s -> actions.add(new Action(t.name(), s)));
        }
        List<Step> steps = new ArrayList<>();
        Map<String, List<Output>> outputs = new LinkedHashMap<>();
        List<PlanDraft.Case> cases = new ArrayList<>();
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < r.cases(); i++) {
            String suffix = (r.cases() > 1 ? "-c" + (i + 1) : "") + stage;
            CaseSearch cp = new CaseSearch(r.knowns(i), actions, suffix, r.lang(), facts);
            List<Quantity> asked = new ArrayList<>(r.asked());
            if (r.cases() > 1 && asked.contains(Quantity.FACTOR) && asked.size() > 1 && cp.cost(Quantity.FACTOR) >= ASK) {
                asked.remove(Quantity.FACTOR); // compared across the cases below, not within one
            }
            cp.shareSteps(asked);
            Map<Quantity, Source> answers = new LinkedHashMap<>();
            for (Quantity q : asked) {
                if (cp.cost(q) < ASK) {
                    cp.looped = false;
                    int mark = cp.steps.size();
                    Source s = cp.resolve(q);
                    if (s != null && !cp.looped) {
                        answers.put(q, s);
                    } else if (cp.looped) {
                        cp.rollback(mark);
                    }
                }
            }
            Set<Quantity> missing = new LinkedHashSet<>();
            if (answers.isEmpty()) {
                for (Quantity q : asked) {
                    cp.resolveByTool(q); // never ask for the asked quantity itself: ask for what a tool needs to make it
                }
                missing.addAll(cp.missing);
            }
            steps.addAll(answers.isEmpty() ? List.of() : cp.steps);
            cp.stepOf.forEach((a, id) -> outputs.put(id, a.sig().outputs()));
            goals.add(cp.goalTree(answers.keySet()));
            cases.add(new PlanDraft.Case(answers, cp.assumptions, missing, r.knowns(i), label(r, i)));
        }
        List<PlanDraft.Compared> comparisons = compare(r, cases, steps, "compare" + stage);
        String goal = String.join(" | ", goals.stream().filter(g -> !g.isEmpty()).toList());
        return new PlanDraft(goal.isEmpty() ? "nothing to compute" : goal, steps, cases, comparisons, outputs);
    }

    private static final java.util.regex.Pattern WHICH_MORE = java.util.regex.Pattern.compile(
            "how many times|多少倍|几倍|谁更|哪(?:个|款|一个|张)更|强的那个|快的那个|高的那个|(?:能|会|要)?快(?:几|多少)倍|提速(?:几|多少)倍|speed-?up|which (?:one |chip |card )?(?:is|has|gives|delivers) (?:the )?(?:faster|stronger|"
                    + "more|higher|better)|the (?:faster|stronger) one", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "B200 vs H100: how many times faster?": the ratio of each asked quantity both cases worked out, in the order
     * asked. Comparing several ("the ratio on compute, and on bandwidth") each is put larger over smaller, as
     * "by what factor does X beat Y on …" asks.
     */
    private static List<PlanDraft.Compared> compare(Reading r, List<PlanDraft.Case> cases, List<Step> steps, String id) {
        if (cases.size() < 2 || !r.asked().contains(Quantity.FACTOR)
                || cases.stream().anyMatch(c -> c.answers().containsKey(Quantity.FACTOR))) {
            return List.of();
        }
        List<Quantity> bases = r.asked().stream().filter(q -> q != Quantity.FACTOR
                && cases.get(0).answers().get(q) instanceof FromStep && cases.get(1).answers().get(q) instanceof FromStep).toList();
        List<PlanDraft.Compared> out = new ArrayList<>();
        for (Quantity base : bases) {
            FromStep a = (FromStep) cases.get(0).answers().get(base);
            FromStep b = (FromStep) cases.get(1).answers().get(base);
            ObjectNode args = JsonNodeFactory.instance.objectNode();
            args.set("numerator", StepReferences.to(a.stepId(), a.path(), a.scale()));
            args.set("denominator", StepReferences.to(b.stepId(), b.path(), b.scale()));
            if (bases.size() > 1 || WHICH_MORE.matcher(r.text()).find()) {
                args.put("larger_first", true); // "谁更强？强的是另一个的几倍": whichever comes out larger, over the other
            }
            String stepId = out.isEmpty() ? id : id + "-" + (out.size() + 1);
            steps.add(new Step(stepId, ToolName.RATIO.id(), args, "compare " + cases.get(0).label() + " with "
                    + cases.get(1).label() + (out.isEmpty() ? "" : " (" + base.label(zhiti.core.Lang.EN) + ")")));
            out.add(new PlanDraft.Compared(base, new FromStep(stepId, "/factor", 1)));
        }
        return out;
    }

    private static String label(Reading r, int i) {
        if (r.variants().isEmpty()) {
            return "";
        }
        // a case is named by its machine or model, its fleet size or its note; a spec it states is not its name
        return String.join(", ", r.variants().get(i).stream()
                .filter(k -> k.note() != null || k.quantity().kind() == Quantity.Kind.ENTITY
                        || k.quantity() == Quantity.GPUS || k.quantity() == Quantity.SERVERS)
                .map(k -> k.note() != null ? k.note()[1] : k.isNumber() ? zhiti.econ.units.Formats.human(k.number())
                        : String.valueOf(k.value())).toList());
    }


}
