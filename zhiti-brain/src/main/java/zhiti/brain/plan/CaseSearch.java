package zhiti.brain.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.agent.Quantity;
import zhiti.agent.Signature.Input;
import zhiti.agent.Signature.Need;
import zhiti.agent.Signature.Output;
import zhiti.agent.Step;
import zhiti.agent.StepReferences;
import zhiti.brain.plan.PlanDraft.FromKnown;
import zhiti.brain.plan.PlanDraft.FromStep;
import zhiti.brain.plan.PlanDraft.Source;
import zhiti.brain.plan.Planner.Action;
import zhiti.brain.read.Known;
import zhiti.core.Lang;

import static zhiti.brain.plan.Planner.ASK;
import static zhiti.brain.plan.Planner.ASSUME;
import static zhiti.brain.plan.Planner.DEFAULT;
import static zhiti.brain.plan.Planner.DEFAULT_HARDWARE;
import static zhiti.brain.plan.Planner.ENTITY_DISCOUNT;
import static zhiti.brain.plan.Planner.INF;
import static zhiti.brain.plan.Planner.MIN_STEP;
import static zhiti.brain.plan.Planner.NEVER_ASKED;
import static zhiti.brain.plan.Planner.STATED_BONUS;
import static zhiti.brain.plan.Planner.STEP;

/** One case: costs to a fixpoint, then the cheapest derivation of each asked quantity read back as steps. */
final class CaseSearch {
    private final Map<Quantity, Known> known = new EnumMap<>(Quantity.class);
    private final Map<Quantity, Double> cost = new EnumMap<>(Quantity.class);
    private final Map<Quantity, Action> best = new EnumMap<>(Quantity.class);
    /** The cheapest tool for each quantity even where asking the user would cost less. */
    private final Map<Quantity, Action> bestTool = new EnumMap<>(Quantity.class);
    private final Map<Quantity, Double> toolCost = new EnumMap<>(Quantity.class);
    private final CatalogFacts facts;
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

    CaseSearch(List<Known> knowns, List<Action> actions, String suffix, Lang lang, CatalogFacts facts) {
        this.facts = facts;
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
                // a number the user stated is worth a little more than a name the catalog fills in
                c -= in.quantity().kind() == Quantity.Kind.NUMBER ? STATED_BONUS : STATED_BONUS - ENTITY_DISCOUNT;
            }
        }
        boolean pricing = a.sig().outputs().stream().anyMatch(o -> o.quantity() == Quantity.CAPEX_USD);
        if (pricing && known.keySet().stream().anyMatch(Quantity::isUnitPrice)
                && a.sig().inputs().stream().noneMatch(in -> in.quantity().isUnitPrice())) {
            c += Planner.DEFAULT; // a unit price the user stated beats the catalog's list price
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

    /** The quantities whose derivation is being read back, so a loop in the best derivations ends instead of recursing. */
    private final Set<Quantity> resolving = java.util.EnumSet.noneOf(Quantity.class);
    /** Set when a read-back met such a loop; the asked quantity it was for cannot be answered from this case. */
    boolean looped;

    /** Drops the steps planned since {@code mark} (a read-back that met a loop), and what they resolved. */
    void rollback(int mark) {
        List<Step> dropped = new ArrayList<>(steps.subList(mark, steps.size()));
        steps.subList(mark, steps.size()).clear();
        java.util.Set<String> ids = new java.util.HashSet<>();
        dropped.forEach(st -> ids.add(st.id()));
        stepOf.values().removeIf(ids::contains);
        resolved.values().removeIf(src -> src instanceof PlanDraft.FromStep f && ids.contains(f.stepId()));
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
        if (!resolving.add(q)) {
            looped = true; // its best derivation leads back to itself (days ← GPUs ← days): nothing to run
            return null;
        }
        String id = stepOf.get(a);
        try {
            if (id == null) {
                id = addStep(a);
            }
        } finally {
            resolving.remove(q);
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
            case FromStep fs -> {
                args.set(in.arg(), StepReferences.to(fs.stepId(), fs.path(), fs.scale() / in.scale()));
                if (in.unitArg() != null) {
                    // a cost worked out from a price in 元 is in 元: the step says which currency it computed in
                    args.set(in.unitArg(), StepReferences.orElse(fs.stepId(), "/currency", args.path(in.unitArg()).asText("USD")));
                }
            }
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

    private static void putValue(ObjectNode args, String arg, Object v, double scale) {
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
