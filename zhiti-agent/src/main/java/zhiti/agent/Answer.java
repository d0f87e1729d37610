package zhiti.agent;

import zhiti.core.Artifact;
import zhiti.core.Citation;
import java.util.List;
import zhiti.core.Figure;

/**
 * The result of a run: text in the question's language, figures with provenance, citations, every step taken (and
 * the files its tools made), the brain that answered and how the run ended.
 */
public record Answer(String text, List<Figure> figures, List<Citation> citations, List<Observation> steps,
                     String brain, Status status, Usage.Spent usage) {

    public enum Status {
        /** The brain decided it had answered. */
        FINISHED,
        /** A budget (steps, tokens or money) ran out first; text says so, figures are what was found until then. */
        BUDGET_EXHAUSTED,
        /** The brain itself failed (a bug, not a tool error); text names the failure, figures are what was found. */
        ERROR,
        /** The caller cancelled the run (its thread was interrupted); figures are what was found until then. */
        CANCELLED
    }

    public Answer {
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
        steps = List.copyOf(steps);
    }

    /** The files the run's tools made, in the order they were made. */
    public List<Artifact> artifacts() {
        return steps.stream().flatMap(o -> o.artifacts().stream()).toList();
    }
}
