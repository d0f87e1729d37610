package zhiti.agent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the brain means to do: a goal and an ordered list of steps. A plan with no steps is legal: the brain will
 * answer from what it already knows (a clarification, an out-of-scope reply, recalled memories).
 */
public record Plan(String goal, List<Step> steps) {

    public Plan {
        steps = List.copyOf(steps);
        long distinct = steps.stream().map(Step::id).distinct().count();
        if (distinct != steps.size()) {
            throw new IllegalArgumentException("plan step ids must be unique: " + steps.stream().map(Step::id).toList());
        }
    }

    public static Plan empty(String goal) {
        return new Plan(goal, List.of());
    }

    /** The first step not yet observed. */
    public Optional<Step> next(Collection<Observation> done) {
        Set<String> ids = done.stream().map(o -> o.step().id()).collect(Collectors.toSet());
        return steps.stream().filter(s -> !ids.contains(s.id())).findFirst();
    }
}
