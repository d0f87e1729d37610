package zhiti.brain.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Signature.Input;
import zhiti.agent.Signature.Need;
import zhiti.agent.Signature.Output;
import zhiti.agent.Step;
import zhiti.agent.StepReferences;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.brain.plan.PlanDraft.FromKnown;
import zhiti.brain.plan.PlanDraft.FromStep;
import zhiti.brain.plan.PlanDraft.Source;
import zhiti.brain.read.Known;
import zhiti.brain.read.Reading;
import zhiti.core.Lang;
import zhiti.econ.catalog.Catalog;

/**
 * Goal-directed planning over the tools' typed signatures, as GOAP planners do: every quantity gets the cost of
 * its cheapest derivation from what the question states — a stated value costs nothing, a tool call one step plus
 * its inputs, a stated default or an assumed rule {@value #ASSUME}, an input nobody gave and no tool makes
 * {@value #ASK} (it will be asked for) — found by relaxing the signature graph to a fixpoint (Knuth's
 * generalisation of Dijkstra to AND-OR graphs). Plans are then read back from each asked quantity: fewer
 * assumptions first, then fewer steps. Each case of a comparison is planned on its own.
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
    private static final double STATED_BONUS = 0.3;
    /** No call is free, so no chain of calls can lower its own cost around a loop. */
    private static final double MIN_STEP = 0.2;

    /** Results nobody is asked for: they are what tools make, not what users state. */
    private static final Set<Quantity> NEVER_ASKED = EnumSet.of(Quantity.GPU_HOURS, Quantity.FACTOR, Quantity.SHARE,
            Quantity.CHANGE, Quantity.DIFFERENCE, Quantity.DOUBLING_TIME, Quantity.YEAR, Quantity.CONVERTED_AMOUNT,
            Quantity.KV_CACHE_BYTES, Quantity.WEIGHT_BYTES, Quantity.TOKENS_PER_SECOND, Quantity.LOSS, Quantity.TPP,
            Quantity.PERFORMANCE_DENSITY, Quantity.EXPORT_CLASS, Quantity.PARALLEL_PLAN, Quantity.FLOP_PER_TOKEN,
            Quantity.CAPEX_USD, Quantity.ENERGY, Quantity.PEAK_FLOPS, Quantity.MEMORY_BANDWIDTH, Quantity.ACCELERATOR_MEMORY,
            Quantity.USD, Quantity.END_VALUE, Quantity.RATES, Quantity.GPUS_PER_SERVER, Quantity.SERVERS,
            Quantity.ACTIVE_PARAMS, Quantity.PART, Quantity.PRECISION, Quantity.VIDEO_DATASET, Quantity.REFERENCE_GPUS,
            Quantity.REFERENCE_HARDWARE, Quantity.SERIES, Quantity.MODEL, Quantity.BYTES_PER_VALUE, Quantity.BATCH,
            Quantity.UTILISATION, Quantity.PUE, Quantity.FLEET_FLOPS, Quantity.MEMORY_GPUS);
    /** The machine assumed when a question needs one and names none: the most common training GPU of 2024–25. */
    static final String DEFAULT_HARDWARE = "H100 SXM5 80GB";

    private record Action(String tool, Signature sig) {
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
        boolean serving = INFERENCE.matcher(r.text()).find() && !TRAINING.matcher(r.text()).find();
        List<Action> actions = new ArrayList<>();
        for (Tool t : tools) {
            t.signatures().stream().filter(s -> !(serving && s.assumes() != null))
                    .forEach(s -> actions.add(new Action(t.name(), s)));
        }
        List<Step> steps = new ArrayList<>();
        Map<String, List<Output>> outputs = new LinkedHashMap<>();
        List<PlanDraft.Case> cases = new ArrayList<>();
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < r.cases(); i++) {
            String suffix = r.cases() > 1 ? "-c" + (i + 1) : "";
            CasePlan cp = new CasePlan(r.knowns(i), actions, suffix, r.lang());
            List<Quantity> asked = new ArrayList<>(r.asked());
            if (r.cases() > 1 && asked.contains(Quantity.FACTOR) && asked.size() > 1 && cp.cost(Quantity.FACTOR) >= ASK) {
                asked.remove(Quantity.FACTOR); // compared across the cases below, not within one
            }
            cp.shareSteps(asked);
            Map<Quantity, Source> answers = new LinkedHashMap<>();
            for (Quantity q : asked) {
                if (cp.cost(q) < ASK) {
                    answers.put(q, cp.resolve(q));
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
        Source comparison = compare(r, cases, steps);
        String goal = String.join(" | ", goals.stream().filter(g -> !g.isEmpty()).toList());
        return new PlanDraft(goal.isEmpty() ? "nothing to compute" : goal, steps, cases, comparison, outputs);
    }

    /** "B200 vs H100: how many times faster?": the ratio of the first asked value of the first two cases. */
    private static Source compare(Reading r, List<PlanDraft.Case> cases, List<Step> steps) {
        if (cases.size() < 2 || !r.asked().contains(Quantity.FACTOR)
                || cases.stream().anyMatch(c -> c.answers().containsKey(Quantity.FACTOR))) {
            return null;
        }
        Quantity base = r.asked().stream().filter(q -> q != Quantity.FACTOR && cases.get(0).answers().containsKey(q)
                && cases.get(1).answers().containsKey(q)).findFirst().orElse(null);
        if (base == null || !(cases.get(0).answers().get(base) instanceof FromStep a)
                || !(cases.get(1).answers().get(base) instanceof FromStep b)) {
            return null;
        }
        ObjectNode args = JsonNodeFactory.instance.objectNode();
        args.set("numerator", StepReferences.to(a.stepId(), a.path(), a.scale()));
        args.set("denominator", StepReferences.to(b.stepId(), b.path(), b.scale()));
        steps.add(new Step("compare", ToolName.RATIO.id(), args, "compare " + cases.get(0).label() + " with "
                + cases.get(1).label()));
        return new FromStep("compare", "/factor", 1);
    }

    private static String label(Reading r, int i) {
        if (r.variants().isEmpty()) {
            return "";
        }
        return String.join(", ", r.variants().get(i).stream().map(k -> k.note() != null ? k.note()[1]
                : String.valueOf(k.value())).toList());
    }

    /** One case: costs to a fixpoint, then the cheapest derivation of each asked quantity read back as steps. */
    private final class CasePlan {
        private final Map<Quantity, Known> known = new EnumMap<>(Quantity.class);
        private final Map<Quantity, Double> cost = new EnumMap<>(Quantity.class);
        private final Map<Quantity, Action> best = new EnumMap<>(Quantity.class);
        /** The cheapest tool for each quantity even where asking the user would cost less. */
        private final Map<Quantity, Action> bestTool = new EnumMap<>(Quantity.class);
        private final Map<Quantity, Double> toolCost = new EnumMap<>(Quantity.class);
        private final List<Action> actions;
        private final Set<String> moe = new java.util.HashSet<>();
        private final String suffix;
        private final Lang lang;
        final List<Step> steps = new ArrayList<>();
        final List<String[]> assumptions = new ArrayList<>();
        final Set<Quantity> missing = new LinkedHashSet<>();
        final Map<Action, String> stepOf = new LinkedHashMap<>();
        private final Map<Quantity, Source> resolved = new EnumMap<>(Quantity.class);
        private boolean defaultHardware;

        CasePlan(List<Known> knowns, List<Action> actions, String suffix, Lang lang) {
            this.actions = actions;
            this.suffix = suffix;
            this.lang = lang;
            knowns.forEach(k -> known.putIfAbsent(k.quantity(), k));
            actions.stream().filter(a -> a.sig().inputs().stream().anyMatch(i -> i.quantity() == Quantity.ACTIVE_PARAMS))
                    .forEach(a -> moe.add(a.tool()));
            known.keySet().forEach(q -> cost.put(q, 0.0));
            relax();
        }

        double cost(Quantity q) {
            return cost.getOrDefault(q, NEVER_ASKED.contains(q) ? INF : ASK);
        }

        private double inputCost(Input in) {
            double c = cost(in.quantity());
            return switch (in.need()) {
                case REQUIRED -> in.quantity() == Quantity.HARDWARE && !known.containsKey(Quantity.HARDWARE) ? DEFAULT : c;
                case DEFAULT -> Math.min(c, DEFAULT);
                case OVERRIDE -> 0;
            };
        }

        private double actionCost(Action a) {
            double c = STEP + (a.sig().assumes() != null ? ASSUME : 0);
            for (Input in : a.sig().inputs()) {
                if (in.quantity() == Quantity.PARAMS && known.containsKey(Quantity.ACTIVE_PARAMS) && moe.contains(a.tool())) {
                    c += 0.5; // a mixture of experts does its per-token work with the active parameters
                }
                double ic = inputCost(in);
                if (ic >= INF) {
                    return INF;
                }
                c += ic;
                if (known.containsKey(in.quantity()) && in.need() != Need.OVERRIDE) {
                    c -= STATED_BONUS;
                }
            }
            return Math.max(c, MIN_STEP);
        }

        private void relax() {
            for (int round = 0; round < 40; round++) {
                boolean changed = false;
                for (Action a : actions) {
                    double c = actionCost(a);
                    if (c >= INF) {
                        continue;
                    }
                    for (Output o : a.sig().outputs()) {
                        if (!available(a, o)) {
                            continue;
                        }
                        if (c < cost(o.quantity())) {
                            cost.put(o.quantity(), c);
                            best.put(o.quantity(), a);
                            changed = true;
                        }
                        if (c < toolCost.getOrDefault(o.quantity(), INF)) {
                            toolCost.put(o.quantity(), c);
                            bestTool.put(o.quantity(), a);
                            changed = true;
                        }
                    }
                }
                if (!changed) {
                    return;
                }
            }
        }

        /** An output the catalog may lack is there only if the entity's row has it. */
        private boolean available(Action a, Output o) {
            if (o.always()) {
                return true;
            }
            for (Input in : a.sig().inputs()) {
                Known k = known.get(in.quantity());
                boolean entity = in.quantity().kind() == Quantity.Kind.ENTITY;
                if (entity && k != null) {
                    return facts.has(in.quantity(), String.valueOf(k.value()), o.quantity());
                }
                if (in.quantity() == Quantity.HARDWARE && k == null) {
                    return facts.has(Quantity.HARDWARE, DEFAULT_HARDWARE, o.quantity());
                }
            }
            return true;
        }

        /**
         * Where one call the plan makes anyway also gives another asked quantity, that call answers both: the chip
         * metrics that give an export class give its TPP too, so no separate lookup is made for it.
         */
        void shareSteps(List<Quantity> asked) {
            List<Action> chosen = asked.stream().map(best::get).filter(java.util.Objects::nonNull).distinct().toList();
            for (Quantity q : asked) {
                Action mine = best.get(q);
                for (Action a : chosen) {
                    if (a != mine && a.sig().outputs().stream().anyMatch(o -> o.quantity() == q && available(a, o))
                            && actionCost(a) <= cost(q) + STEP) {
                        best.put(q, a);
                        break;
                    }
                }
            }
        }

        /** Like {@link #resolve}, but through the cheapest tool that makes {@code q}, so what is missing is its inputs. */
        void resolveByTool(Quantity q) {
            if (known.containsKey(q)) {
                return;
            }
            Action a = bestTool.get(q);
            if (a == null) {
                missing.add(q);
            } else if (!stepOf.containsKey(a)) {
                addStep(a);
            }
        }

        Source resolve(Quantity q) {
            Source done = resolved.get(q);
            if (done != null) {
                return done;
            }
            Known k = known.get(q);
            if (k != null) {
                return remember(q, new FromKnown(k));
            }
            Action a = best.get(q);
            if (a == null) {
                missing.add(q);
                return null;
            }
            String id = stepOf.get(a);
            if (id == null) {
                id = addStep(a);
            }
            Output o = a.sig().outputs().stream().filter(x -> x.quantity() == q).findFirst().orElseThrow();
            return remember(q, new FromStep(id, o.path(), o.scale()));
        }

        private Source remember(Quantity q, Source s) {
            resolved.put(q, s);
            return s;
        }

        private String addStep(Action a) {
            ObjectNode args = a.sig().fixed().deepCopy();
            List<String> from = new ArrayList<>();
            for (Input in : a.sig().inputs()) {
                bind(a, in, args, from);
            }
            if (a.sig().assumes() != null) {
                assumption(a.sig().assumes());
            }
            String id = uniqueId(a.tool() + "-" + a.sig().mode() + suffix);
            stepOf.put(a, id);
            String gives = String.join(", ", a.sig().outputs().stream().map(o -> o.quantity().label(Lang.EN)).toList());
            steps.add(new Step(id, a.tool(), args, gives + (from.isEmpty() ? "" : " from " + String.join(", ", from))));
            return id;
        }

        private void bind(Action a, Input in, ObjectNode args, List<String> from) {
            Quantity q = in.quantity();
            boolean cheap = cost(q) < DEFAULT || known.containsKey(q);
            if (in.need() == Need.OVERRIDE && !known.containsKey(q)) {
                return;
            }
            if (in.need() == Need.DEFAULT && !cheap) {
                if (in.fallback() != null) {
                    putValue(args, in.arg(), in.fallback(), 1);
                }
                assumption(new String[]{in.zh(), in.en()});
                return;
            }
            if (q == Quantity.HARDWARE && !known.containsKey(q)) {
                args.put(in.arg(), DEFAULT_HARDWARE);
                if (!defaultHardware) {
                    defaultHardware = true;
                    assumption(new String[]{"未指定硬件，按 H100 SXM 计算（可在问题中写明芯片）",
                            "no hardware named, so H100 SXM (name a chip to change it)"});
                }
                return;
            }
            Source s = resolve(q);
            if (s == null) {
                return; // missing: asked for later
            }
            from.add(q.label(Lang.EN));
            switch (s) {
                case FromKnown fk -> {
                    putValue(args, in.arg(), fk.known().value(), in.scale());
                    if (in.unitArg() != null && !fk.known().unit().isEmpty()) {
                        args.put(in.unitArg(), fk.known().unit());
                    }
                }
                case FromStep fs -> args.set(in.arg(), StepReferences.to(fs.stepId(), fs.path(), fs.scale() / in.scale()));
            }
        }

        private void assumption(String[] a) {
            if (assumptions.stream().noneMatch(x -> x[1].equals(a[1]))) {
                assumptions.add(a);
            }
        }

        private String uniqueId(String base) {
            String id = base;
            for (int n = 2; stepOf.containsValue(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        /** "days ← training_cluster(compute ← training_compute)": how each answered quantity is derived. */
        String goalTree(Set<Quantity> answered) {
            List<String> parts = new ArrayList<>();
            for (Quantity q : answered) {
                parts.add(tree(q, 0));
            }
            return String.join("; ", parts);
        }

        private String tree(Quantity q, int depth) {
            Source s = resolved.get(q);
            if (!(s instanceof FromStep fs) || depth > 6) {
                return q.key();
            }
            Action a = stepOf.entrySet().stream().filter(e -> e.getValue().equals(fs.stepId())).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
            List<String> inner = new ArrayList<>();
            for (Input in : a.sig().inputs()) {
                if (resolved.get(in.quantity()) instanceof FromStep) {
                    inner.add(tree(in.quantity(), depth + 1));
                }
            }
            return q.key() + " ← " + a.tool() + (inner.isEmpty() ? "" : "(" + String.join(", ", inner) + ")");
        }
    }

    static void putValue(ObjectNode args, String arg, Object v, double scale) {
        switch (v) {
            case Double d -> args.put(arg, d / scale);
            case Integer i -> args.put(arg, i / scale);
            case Long l -> args.put(arg, l / scale);
            case Number n -> args.put(arg, n.doubleValue() / scale);
            case double[] arr -> {
                ArrayNode a = args.putArray(arg);
                for (double x : arr) {
                    a.add(x);
                }
            }
            default -> args.put(arg, String.valueOf(v));
        }
    }
}
