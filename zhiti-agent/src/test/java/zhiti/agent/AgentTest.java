package zhiti.agent;

import zhiti.core.Citation;
import zhiti.core.Lang;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import zhiti.core.Figure;

class AgentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Adds two numbers and reports the sum as a figure. */
    static final class SumTool implements Tool {
        public String name() {
            return "sum";
        }

        public String description() {
            return "a + b";
        }

        public ObjectNode parameters() {
            ObjectNode s = JSON.createObjectNode().put("type", "object");
            s.putObject("properties").putObject("a").put("type", "number");
            ((ObjectNode) s.get("properties")).putObject("b").put("type", "number");
            s.putArray("required").add("a").add("b");
            return s;
        }

        public ToolResult invoke(JsonNode args) {
            double v = args.get("a").asDouble() + args.get("b").asDouble();
            return new ToolResult(JSON.createObjectNode().put("sum", v), "sum=" + v,
                    List.of(new Figure("sum", v, "1", "a + b", Figure.inputs("a", args.get("a").asDouble()), "test")),
                    List.of());
        }
    }

    /** Always throws, as a buggy tool would. */
    static final class BrokenTool implements Tool {
        public String name() {
            return "broken";
        }

        public String description() {
            return "fails";
        }

        public ObjectNode parameters() {
            return JSON.createObjectNode().put("type", "object");
        }

        public ToolResult invoke(JsonNode args) {
            throw new IllegalStateException("disk on fire");
        }
    }

    /** A brain that follows a fixed plan and a scripted reflection, remembering what it saw. */
    static final class ScriptedBrain implements Brain {
        final Plan plan;
        final Function<AgentContext, Decision> reflect;
        final List<AgentContext> seen = new ArrayList<>();

        ScriptedBrain(Plan plan, Function<AgentContext, Decision> reflect) {
            this.plan = plan;
            this.reflect = reflect;
        }

        public String name() {
            return "scripted";
        }

        public Plan plan(AgentContext c) {
            seen.add(c);
            return plan;
        }

        public Decision reflect(AgentContext c) {
            seen.add(c);
            return reflect.apply(c);
        }
    }

    private static Step step(String id, String tool, String argsJson) throws Exception {
        return new Step(id, tool, (ObjectNode) JSON.readTree(argsJson), "test");
    }

    private static ToolRegistry tools() {
        return new ToolRegistry().register(new SumTool()).register(new BrokenTool());
    }

    /** Finishes when every step of the plan is observed, answering with all figures. */
    private static Decision finishWhenDone(AgentContext c) {
        if (c.plan().next(c.memory().observations()).isPresent()) {
            return new Decision.Continue("more steps");
        }
        List<Figure> figs = c.memory().observations().stream().flatMap(o -> o.figures().stream()).toList();
        return new Decision.Finish("done: " + c.memory().observations().size(), figs, List.of());
    }

    @Test
    void runsAMultiStepPlanInOrderAndAnswersWithEveryFigure() throws Exception {
        Plan plan = new Plan("add twice", List.of(step("s1", "sum", "{\"a\":1,\"b\":2}"),
                step("s2", "sum", "{\"a\":10,\"b\":20}")));
        List<TraceEvent> events = new ArrayList<>();
        Agent agent = new Agent(new ScriptedBrain(plan, AgentTest::finishWhenDone), tools(), Recall.NONE,
                Budget.DEFAULT, List.of(events::add));

        Answer a = agent.run(Task.of("add things"));

        assertThat(a.status()).isEqualTo(Answer.Status.FINISHED);
        assertThat(a.steps()).extracting(o -> o.step().id()).containsExactly("s1", "s2");
        assertThat(a.figures()).extracting(Figure::value).containsExactly(3.0, 30.0);
        assertThat(a.brain()).isEqualTo("scripted");
        assertThat(events).first().isInstanceOf(TraceEvent.Started.class);
        assertThat(events).last().isInstanceOf(TraceEvent.Finished.class);
        assertThat(events).filteredOn(e -> e instanceof TraceEvent.Observed).hasSize(2);
    }

    @Test
    void aToolThatThrowsBecomesAnObservationTheBrainSees() throws Exception {
        Plan plan = new Plan("try", List.of(step("s1", "broken", "{}"), step("s2", "sum", "{\"a\":1,\"b\":1}")));
        ScriptedBrain brain = new ScriptedBrain(plan, c -> {
            var obs = c.memory().observations();
            Observation last = obs.get(obs.size() - 1);
            if (!last.ok()) {
                return new Decision.Finish("the tool failed: " + last.error(), List.of(), List.of());
            }
            return new Decision.Continue("");
        });
        Answer a = new Agent(brain, tools(), Recall.NONE, Budget.DEFAULT, List.of()).run(Task.of("q"));

        assertThat(a.text()).contains("disk on fire");
        assertThat(a.steps()).hasSize(1);
        assertThat(a.steps().get(0).ok()).isFalse();
    }

    @Test
    void badArgumentsAndUnknownToolsAreReportedNotThrown() throws Exception {
        Plan plan = new Plan("bad", List.of(step("s1", "sum", "{\"a\":\"x\"}"), step("s2", "nope", "{}")));
        Answer a = new Agent(new ScriptedBrain(plan, AgentTest::finishWhenDone), tools(), Recall.NONE,
                Budget.DEFAULT, List.of()).run(Task.of("q"));

        assertThat(a.steps().get(0).error()).contains("missing required argument 'b'")
                .contains("argument 'a' should be number");
        assertThat(a.steps().get(1).error()).contains("no tool named 'nope'");
    }

    @Test
    void theStepBudgetStopsABrainThatNeverFinishes() throws Exception {
        // a brain that keeps revising to yet another step: only the budget can end this run
        ScriptedBrain brain = new ScriptedBrain(new Plan("loop", List.of(step("s0", "sum", "{\"a\":0,\"b\":1}"))),
                c -> {
                    try {
                        int n = c.memory().observations().size();
                        return new Decision.Revise(new Plan("loop", List.of(
                                step("s" + n, "sum", "{\"a\":" + n + ",\"b\":1}"))), "again");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        Answer a = new Agent(brain, tools(), Recall.NONE, new Budget(4), List.of()).run(Task.of("forever"));

        assertThat(a.status()).isEqualTo(Answer.Status.BUDGET_EXHAUSTED);
        assertThat(a.steps()).hasSize(4);
        assertThat(a.figures()).hasSize(4);
        assertThat(a.text()).contains("step budget of 4 reached");
    }

    @Test
    void shortTermMemoryHoldsTheTaskWhileItRunsAndIsClearedAfter() throws Exception {
        Plan plan = new Plan("one", List.of(step("s1", "sum", "{\"a\":1,\"b\":2}")));
        List<Integer> sizesDuringRun = new ArrayList<>();
        ScriptedBrain brain = new ScriptedBrain(plan, c -> {
            sizesDuringRun.add(c.memory().observations().size());
            return finishWhenDone(c);
        });
        Recall recall = (q, k) -> List.of(new Citation("doc.md", "p1", "remembered " + q));
        new Agent(brain, tools(), recall, Budget.DEFAULT, List.of()).run(Task.of("what is 1+2"));

        ShortTermMemory memory = brain.seen.get(0).memory();
        assertThat(sizesDuringRun).containsExactly(1);
        assertThat(memory.isEmpty()).isTrue();

        // and a second task starts with a fresh memory
        new Agent(brain, tools(), recall, Budget.DEFAULT, List.of()).run(Task.of("again"));
        assertThat(brain.seen.get(brain.seen.size() - 1).memory()).isNotSameAs(memory);
    }

    @Test
    void recalledMemoriesReachTheBrainBeforeItPlans() throws Exception {
        List<String> recalledAtPlan = new ArrayList<>();
        Brain brain = new Brain() {
            public String name() {
                return "b";
            }

            public Plan plan(AgentContext c) {
                c.memory().recalled().forEach(m -> recalledAtPlan.add(m.text()));
                return Plan.empty("answer from memory");
            }

            public Decision reflect(AgentContext c) {
                return new Decision.Finish("ok", List.of(), c.memory().recalled());
            }
        };
        Recall recall = (q, k) -> List.of(new Citation("report.txt", "line 3", "GPT-3 has 175B parameters"));
        Answer a = new Agent(brain, tools(), recall, Budget.DEFAULT, List.of()).run(Task.of("GPT-3 size?"));

        assertThat(recalledAtPlan).containsExactly("GPT-3 has 175B parameters");
        assertThat(a.citations()).extracting(Citation::doc).containsExactly("report.txt");
    }

    @Test
    void aListenerThatThrowsDoesNotLoseTheAnswer() throws Exception {
        Plan plan = new Plan("one", List.of(step("s1", "sum", "{\"a\":1,\"b\":2}")));
        TraceListener broken = e -> {
            throw new IllegalStateException("printer jammed");
        };
        Answer a = new Agent(new ScriptedBrain(plan, AgentTest::finishWhenDone), tools(), Recall.NONE,
                Budget.DEFAULT, List.of(broken)).run(Task.of("q"));
        assertThat(a.status()).isEqualTo(Answer.Status.FINISHED);
    }

    @Test
    void aBrainThatThrowsEndsTheRunWithAnErrorStatusAndAFinishedEvent() throws Exception {
        Plan plan = new Plan("one", List.of(step("s1", "sum", "{\"a\":1,\"b\":2}")));
        ScriptedBrain brain = new ScriptedBrain(plan, c -> {
            throw new IllegalStateException("reflection bug");
        });
        List<TraceEvent> events = new ArrayList<>();
        Answer a = new Agent(brain, tools(), Recall.NONE, Budget.DEFAULT, List.of(events::add)).run(Task.of("q"));

        assertThat(a.status()).isEqualTo(Answer.Status.ERROR);
        assertThat(a.text()).contains("reflection bug");
        assertThat(a.steps()).hasSize(1);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TraceEvent.Finished.class,
                f -> assertThat(f.answer()).isSameAs(a));
        assertThat(brain.seen.get(0).memory().isEmpty()).isTrue();
    }

    @Test
    void aStepMayUseAnEarlierStepsResultAndNamesTheStepWhenItCannot() throws Exception {
        Plan plan = new Plan("chain", List.of(step("s1", "sum", "{\"a\":1,\"b\":2}"),
                step("s2", "sum", "{\"a\":{\"$ref\":\"s1\",\"path\":\"/sum\",\"scale\":10},\"b\":1}"),
                step("s3", "broken", "{}"),
                step("s4", "sum", "{\"a\":{\"$ref\":\"s3\",\"path\":\"/sum\"},\"b\":1}"),
                step("s5", "sum", "{\"a\":{\"$ref\":\"s1\",\"path\":\"/nothing\"},\"b\":1}")));
        assertThat(StepReferences.dependsOn(plan.steps().get(1))).containsExactly("s1");
        Answer a = new Agent(new ScriptedBrain(plan, AgentTest::finishWhenDone), tools(), Recall.NONE,
                Budget.DEFAULT, List.of()).run(Task.of("chain"));

        assertThat(a.steps().get(1).data().get("sum").asDouble()).isEqualTo(31);
        assertThat(a.steps().get(1).step().args().get("a").asDouble()).isEqualTo(30);
        assertThat(a.steps().get(3).error()).contains("needs step s3, which failed");
        assertThat(a.steps().get(4).error()).contains("needs /nothing from step s1");
    }

    @Test
    void languageFollowsTheQuestion() {
        assertThat(Task.of("训练 GPT-3 需要多少算力？").lang()).isEqualTo(Lang.ZH);
        assertThat(Task.of("How much compute?").lang()).isEqualTo(Lang.EN);
    }
}
