package zhiti.brain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Step;
import zhiti.agent.Tool;
import zhiti.agent.ToolResult;
import zhiti.brain.plan.PlanDraft.FromStep;
import zhiti.brain.read.Known;
import zhiti.brain.read.Reading;
import zhiti.core.Lang;
import zhiti.econ.catalog.Catalog;

/** The planner on small tool sets of its own: chains, defaults, assumed rules, asking, comparisons. */
class PlannerTest {

    private final Planner planner = new Planner(Catalog.builtIn());

    /** A tool that only declares signatures: planning never runs it. */
    private static Tool tool(String name, Signature... sigs) {
        return new Tool() {
            public String name() {
                return name;
            }

            public String description() {
                return name;
            }

            public ObjectNode parameters() {
                return JsonNodeFactory.instance.objectNode().put("type", "object");
            }

            public List<Signature> signatures() {
                return List.of(sigs);
            }

            public ToolResult invoke(JsonNode args) {
                throw new UnsupportedOperationException("planning only");
            }
        };
    }

    private static Signature sig(String mode, UnaryOperator<Signature.Builder> b) {
        return b.apply(Signature.of(mode)).build();
    }

    private static Known known(Quantity q, Object v) {
        return new Known(q, v, "", Known.Origin.QUESTION, null, 0, 0);
    }

    private static Reading reading(List<Quantity> asked, Known... knowns) {
        return new Reading("q", Lang.EN, asked, List.of(knowns), List.of(), false);
    }

    private static final Tool COMPUTE = tool("compute", sig("dense", b -> b.needs(Quantity.PARAMS, "params")
            .needs(Quantity.TOKENS, "tokens").gives(Quantity.COMPUTE, "/flop")));
    private static final Tool HOURS = tool("hours", sig("c", b -> b.needs(Quantity.COMPUTE, "c")
            .needs(Quantity.PEAK_FLOPS, "peak").defaults(Quantity.UTILISATION, "u", 0.4, "利用率 40%", "utilisation 40%")
            .gives(Quantity.GPU_HOURS, "/h")));

    @Test
    void aChainIsPlannedWholeWithEachStepTakingTheResultBeforeIt() {
        PlanDraft d = planner.plan(reading(List.of(Quantity.GPU_HOURS), known(Quantity.PARAMS, 7e9),
                known(Quantity.TOKENS, 2e12), known(Quantity.PEAK_FLOPS, 1e15)), List.of(COMPUTE, HOURS));
        assertThat(d.steps()).extracting(Step::tool).containsExactly("compute", "hours");
        Step hours = d.steps().get(1);
        assertThat(hours.args().get("c").get("$ref").asText()).isEqualTo(d.steps().get(0).id());
        assertThat(hours.args().get("u").asDouble()).as("the default is sent").isEqualTo(0.4);
        assertThat(d.cases().get(0).assumptions()).extracting(a -> a[1]).containsExactly("utilisation 40%");
        assertThat(d.cases().get(0).answers().get(Quantity.GPU_HOURS)).isInstanceOf(FromStep.class);
    }

    @Test
    void aStatedValueReplacesTheDefault() {
        PlanDraft d = planner.plan(reading(List.of(Quantity.GPU_HOURS), known(Quantity.COMPUTE, 1e23),
                known(Quantity.PEAK_FLOPS, 1e15), known(Quantity.UTILISATION, 0.5)), List.of(COMPUTE, HOURS));
        assertThat(d.steps()).singleElement().satisfies(s -> assertThat(s.args().get("u").asDouble()).isEqualTo(0.5));
        assertThat(d.cases().get(0).assumptions()).isEmpty();
    }

    @Test
    void aPlanWithFewerAssumptionsWinsOverAShorterOne() {
        Tool guess = tool("guess", sig("g", b -> b.needs(Quantity.PARAMS, "n")
                .defaults(Quantity.UTILISATION, "u", 0.4, "假设", "assumed").gives(Quantity.DAYS, "/d")));
        Tool first = tool("first", sig("f", b -> b.needs(Quantity.GPUS, "g").gives(Quantity.HOURS, "/h")));
        Tool second = tool("second", sig("s", b -> b.needs(Quantity.PARAMS, "n").needs(Quantity.HOURS, "h")
                .gives(Quantity.DAYS, "/d")));
        PlanDraft d = planner.plan(reading(List.of(Quantity.DAYS), known(Quantity.PARAMS, 1e9), known(Quantity.GPUS, 8.0)),
                List.of(guess, first, second));
        assertThat(d.steps()).extracting(Step::tool).containsExactly("first", "second");
        assertThat(d.cases().get(0).assumptions()).isEmpty();
    }

    @Test
    void anAssumedRuleIsUsedOnlyWhenNoFactWillDo() {
        Tool rule = tool("rule", sig("r", b -> b.needs(Quantity.PARAMS, "n").gives(Quantity.TOKENS, "/d")
                .assuming("D = 20·N", "D = 20·N")));
        PlanDraft assumed = planner.plan(reading(List.of(Quantity.COMPUTE), known(Quantity.PARAMS, 7e10)),
                List.of(COMPUTE, rule));
        assertThat(assumed.steps()).extracting(Step::tool).containsExactly("rule", "compute");
        assertThat(assumed.cases().get(0).assumptions()).extracting(a -> a[1]).containsExactly("D = 20·N");

        PlanDraft stated = planner.plan(reading(List.of(Quantity.COMPUTE), known(Quantity.PARAMS, 7e10),
                known(Quantity.TOKENS, 1.4e12)), List.of(COMPUTE, rule));
        assertThat(stated.steps()).extracting(Step::tool).containsExactly("compute");
    }

    @Test
    void aMissingInputIsAskedForNotTheAskedQuantityItself() {
        PlanDraft d = planner.plan(reading(List.of(Quantity.COMPUTE), known(Quantity.PARAMS, 7e10)), List.of(COMPUTE));
        assertThat(d.answerable()).isFalse();
        assertThat(d.missing()).containsExactly(Quantity.TOKENS);
        assertThat(d.steps()).isEmpty();
    }

    @Test
    void aComparisonPlansEachCaseAndTheRatioOfTheirResults() {
        Tool peak = tool("peak", sig("p", b -> b.needs(Quantity.HARDWARE, "name").gives(Quantity.PEAK_FLOPS, "/peak")));
        List<List<Known>> cases = new ArrayList<>();
        cases.add(List.of(known(Quantity.HARDWARE, "B200")));
        cases.add(List.of(known(Quantity.HARDWARE, "H100 SXM5 80GB")));
        Reading r = new Reading("B200 vs H100", Lang.EN, List.of(Quantity.FACTOR, Quantity.PEAK_FLOPS), List.of(), cases, false);
        PlanDraft d = planner.plan(r, List.of(peak, tool("ratio", sig("share", b -> b.needs(Quantity.PART, "numerator")
                .needs(Quantity.WHOLE, "denominator").gives(Quantity.FACTOR, "/factor")))));
        assertThat(d.steps()).extracting(Step::id).containsExactly("peak-p-c1", "peak-p-c2", "compare");
        assertThat(d.comparison()).isEqualTo(new FromStep("compare", "/factor", 1));
        assertThat(d.steps().get(2).args().get("numerator").get("$ref").asText()).isEqualTo("peak-p-c1");
    }

    @Test
    void anOutputTheCatalogLacksForTheEntityIsNotReliedOn() {
        Tool lookup = tool("lookup", sig("model", b -> b.needs(Quantity.MODEL, "name").gives(Quantity.PARAMS, "/params")
                .givesIfKnown(Quantity.TOKENS, "/tokens")));
        // GPT-3's token count is catalogued; GPT-3.5's is not
        assertThat(planner.plan(reading(List.of(Quantity.COMPUTE), known(Quantity.MODEL, "GPT-3")), List.of(lookup, COMPUTE))
                .answerable()).isTrue();
        PlanDraft gpt4 = planner.plan(reading(List.of(Quantity.COMPUTE), known(Quantity.MODEL, "GPT-3.5")), List.of(lookup, COMPUTE));
        assertThat(gpt4.answerable()).isFalse();
        assertThat(gpt4.missing()).containsExactly(Quantity.TOKENS);
    }
}
