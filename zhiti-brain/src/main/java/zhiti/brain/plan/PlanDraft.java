package zhiti.brain.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.agent.Plan;
import zhiti.agent.Quantity;
import zhiti.agent.Step;
import zhiti.brain.read.Known;

/**
 * What the planner made of a reading: the steps to run (every case of a comparison, then any comparison across
 * them), and for each case where each asked quantity will come from, the defaults it rests on and the inputs
 * nobody stated and no tool can supply.
 */
public record PlanDraft(String goal, List<Step> steps, List<Case> cases, List<Compared> comparisons,
                        Map<String, List<zhiti.agent.Signature.Output>> outputs) {

    public PlanDraft {
        steps = List.copyOf(steps);
        comparisons = List.copyOf(comparisons);
        cases = List.copyOf(cases);
        outputs = Map.copyOf(outputs);
    }

    /** What a planned step was called for: the outputs of the signature it was planned with. */
    public List<zhiti.agent.Signature.Output> outputsOf(String stepId) {
        return outputs.getOrDefault(stepId, List.of());
    }

    public Plan toPlan() {
        return new Plan(goal, steps);
    }

    /** The first comparison across the cases, or null: the ratio a "how many times" question asks for. */
    public Source comparison() {
        return comparisons.isEmpty() ? null : comparisons.get(0).source();
    }

    /** A ratio across the first two cases of one quantity each case worked out (their peaks, their bandwidths). */
    public record Compared(Quantity base, Source source) {
    }

    /** Whether anything can be worked out at all. */
    public boolean answerable() {
        return cases.stream().anyMatch(c -> !c.answers().isEmpty());
    }

    /** The inputs to ask for: those missing in every case that has something missing. */
    public Set<Quantity> missing() {
        return cases.stream().flatMap(c -> c.missing().stream()).collect(java.util.stream.Collectors.toCollection(
                java.util.LinkedHashSet::new));
    }

    /**
     * One case of the question (the only one unless it compares): the asked quantities with their sources, in the
     * order asked; the assumptions made, {zh, en}; what is missing; what the case was given.
     */
    public record Case(Map<Quantity, Source> answers, List<String[]> assumptions, Set<Quantity> missing,
                       List<Known> knowns, String label) {
    }

    /** Where a value comes from: a stated known, or a path in a step's result scaled to the canonical unit. */
    public sealed interface Source {
    }

    public record FromKnown(Known known) implements Source {
    }

    public record FromStep(String stepId, String path, double scale) implements Source {
    }
}
