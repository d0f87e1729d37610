package zhiti.agent;

import zhiti.core.Citation;
import java.util.List;
import zhiti.core.Figure;

/** What the brain decides after looking at the observations: go on, change the plan, or answer. */
public sealed interface Decision {

    /** Carry on with the current plan. */
    record Continue(String why) implements Decision {
    }

    /** Replace the plan (steps already observed stay observed). */
    record Revise(Plan plan, String why) implements Decision {
    }

    /** The answer, with the figures and citations it rests on. */
    record Finish(String text, List<Figure> figures, List<Citation> citations) implements Decision {

        public Finish {
            figures = List.copyOf(figures);
            citations = List.copyOf(citations);
        }
    }
}
