package zhiti.app.bench.brain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import zhiti.agent.Answer;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.ToolResult;
import zhiti.agent.Usage;
import zhiti.app.bench.brain.Expectation.ExpectedValue;
import zhiti.core.Citation;
import zhiti.core.Figure;

/** Hand-made answers and labels for the checker's tests. */
final class Answers {

    private Answers() {
    }

    static Figure fig(String name, double value, String unit) {
        return new Figure(name, value, unit, "x = y", Map.of(), "test");
    }

    static Figure catalogFact(String name, double value, String unit) {
        return new Figure(name, value, unit, "catalog value", Map.of(), "zhiti catalog");
    }

    static Answer answer(String text, Figure... figures) {
        return new Answer(text, List.of(figures), List.of(), figures.length == 0 ? List.of() : List.of(step("calc")),
                "offline", Answer.Status.FINISHED, Usage.Spent.NONE);
    }

    static Answer withCitations(String text, Citation... citations) {
        return new Answer(text, List.of(), List.of(citations), List.of(step("kb_search")), "offline",
                Answer.Status.FINISHED, Usage.Spent.NONE);
    }

    static Answer withStatus(Answer a, Answer.Status status) {
        return new Answer(a.text(), a.figures(), a.citations(), a.steps(), a.brain(), status, a.usage());
    }

    static Observation step(String tool) {
        Step s = new Step("s1", tool, JsonNodeFactory.instance.objectNode(), "");
        return Observation.success(s, new ToolResult(JsonNodeFactory.instance.objectNode(), "ok", List.of(), List.of()), 1);
    }

    static Expectation value(double v, String unit, double tol) {
        return Expectation.of(Expectation.Kind.ANSWER, List.of(expected(v, unit, tol)));
    }

    static ExpectedValue expected(double v, String unit, double tol) {
        return new ExpectedValue(v, LabelUnit.parse(unit).orElseThrow(), tol, "test value");
    }
}
