package zhiti.app.bench.brain;

import zhiti.agent.Answer;
import zhiti.app.bench.brain.ExpectationChecker.Verdict;

/**
 * One labelled question after its run: the judged answer (null when the run itself crashed), the verdict, the
 * wall time of all its turns and the planning time of the judged turn (null when there was no plan).
 */
public record ItemResult(LabelledItem item, Answer answer, Verdict verdict, long millis, Double planningMillis) {

    public boolean pass() {
        return verdict.pass();
    }
}
