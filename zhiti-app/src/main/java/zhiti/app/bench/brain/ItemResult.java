package zhiti.app.bench.brain;

import zhiti.agent.Answer;
import zhiti.app.bench.brain.ExpectationChecker.Verdict;

/**
 * One labelled question after its run: the judged answer (null when the run itself crashed), the verdict, the
 * wall time of all its turns, and the judged turn's recall and planning times (null when it did not get there).
 */
public record ItemResult(LabelledItem item, Answer answer, Verdict verdict, long millis, Double planningMillis,
                         Double recallMillis) {

    public boolean pass() {
        return verdict.pass();
    }
}
