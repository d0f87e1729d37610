package zhiti.tools.econ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.tools.econ.ToolCalls.failure;
import static zhiti.tools.econ.ToolCalls.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.agent.Observation;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Step;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.core.Figure;

/**
 * scaling_law: the default is Hoffmann et al. 2022's 20 tokens per parameter (a user asked for Chinchilla's own
 * budget and got 32B parameters on 3T tokens from the approach-3 fit); the fits are reported beside it.
 */
class ScalingLawToolTest {

    private static final String TOOL = ToolName.SCALING_LAW.id();

    /** Chinchilla's budget: N = √(5.76e23 / 120) ≈ 69.3B and D = 20·N ≈ 1.39T, as Hoffmann et al. headline it. */
    @Test
    void theDefaultIsTwentyTokensPerParameterWithTheFitsAsAlternatives() {
        Observation o = ok(TOOL, "{\"compute_flop\":5.76e23}");
        JsonNode d = o.data();
        assertThat(d.get("law").asText()).isEqualTo("chinchilla");
        assertThat(d.get("params").asDouble()).isCloseTo(69.28e9, within(0.01e9));
        assertThat(d.get("tokens").asDouble()).isCloseTo(1.386e12, within(0.001e12));
        assertThat(d.get("tokens_per_param").asDouble()).isCloseTo(20, within(1e-9));
        assertThat(d.get("loss_fit").asText()).isEqualTo("chinchilla_approach3");
        Map<String, JsonNode> alts = new java.util.HashMap<>();
        d.get("alternatives").forEach(a -> alts.put(a.get("law").asText(), a));
        // the rounded approach-3 fit: the 32B / 3T answer the user reported
        assertThat(alts.get("chinchilla_approach3").get("params").asDouble()).isBetween(28e9, 36e9);
        assertThat(alts.get("chinchilla_approach3").get("tokens_per_param").asDouble()).isBetween(80.0, 110.0);
        // Besiroglu et al. 2024's refit lands near the rule
        assertThat(alts.get("besiroglu2024").get("params").asDouble()).isBetween(60e9, 80e9);
        List<String> names = o.figures().stream().map(Figure::name).toList();
        assertThat(names.stream().filter(n -> n.startsWith("alternative: "))).hasSize(6);
        assertThat(names).anyMatch(n -> n.startsWith("compute-optimal parameters (Chinchilla, 20 tokens"));
        assertThat(o.summary()).contains("alternative: chinchilla_approach3").contains("besiroglu2024");
    }

    @Test
    void oneOfParamsAndTokensGivesTheOther() {
        JsonNode t = ok(TOOL, "{\"params\":30e9}").data();
        assertThat(t.get("mode").asText()).isEqualTo("tokens_for_params");
        assertThat(t.get("tokens").asDouble()).isCloseTo(6e11, within(1.0));
        assertThat(t.get("compute_flop").asDouble()).isCloseTo(6 * 30e9 * 6e11, within(1e9));
        assertThat(t.get("alternatives")).hasSize(2);
        JsonNode p = ok(TOOL, "{\"tokens\":1.4e12}").data();
        assertThat(p.get("mode").asText()).isEqualTo("params_for_tokens");
        assertThat(p.get("params").asDouble()).isCloseTo(70e9, within(1.0));
        assertThat(failure(TOOL, "{\"params\":30e9,\"law\":\"kaplan\"}")).contains("compute_flop");
    }

    /** L(70B, 1.4T): approach 3 gives 1.937; Besiroglu's refit 1.8172 + 482.01/N^0.3478 + 2085.43/D^0.3658. */
    @Test
    void lossNamesItsFitAndShowsTheRefit() {
        Observation o = ok(TOOL, "{\"params\":70e9,\"tokens\":1.4e12}");
        JsonNode d = o.data();
        assertThat(d.get("mode").asText()).isEqualTo("loss");
        assertThat(d.get("loss").asDouble()).isCloseTo(1.937, within(0.001));
        assertThat(d.get("loss_fit").asText()).isEqualTo("chinchilla_approach3");
        double refit = 1.8172 + 482.01 / Math.pow(70e9, 0.3478) + 2085.43 / Math.pow(1.4e12, 0.3658);
        assertThat(d.get("alternatives")).hasSize(1);
        assertThat(d.get("alternatives").get(0).get("law").asText()).isEqualTo("besiroglu2024");
        assertThat(d.get("alternatives").get(0).get("loss").asDouble()).isCloseTo(refit, within(1e-9));
        assertThat(o.summary()).contains("chinchilla_approach3 fit");
        JsonNode b = ok(TOOL, "{\"params\":70e9,\"tokens\":1.4e12,\"law\":\"besiroglu2024\"}").data();
        assertThat(b.get("loss").asDouble()).isCloseTo(refit, within(1e-9));
        assertThat(b.get("alternatives")).isEmpty();
    }

    @Test
    void aNamedFitAnswersAloneAndOldNamesStillWork() {
        JsonNode a3 = ok(TOOL, "{\"compute_flop\":5.76e23,\"law\":\"chinchilla_approach3\"}").data();
        assertThat(a3.get("params").asDouble()).isBetween(28e9, 36e9);
        assertThat(a3.get("alternatives")).isEmpty();
        assertThat(ok(TOOL, "{\"compute_flop\":1e24,\"law\":\"epoch\"}").data().get("law").asText())
                .isEqualTo("besiroglu2024");
        assertThat(failure(TOOL, "{\"compute_flop\":1e24,\"law\":\"hoffman\"}")).contains("besiroglu2024");
    }

    /** Every signature, called with its inputs alone, must produce the outputs it promises at their paths. */
    @Test
    void signaturesMatchWhatTheToolReturns() {
        Tool tool = ToolCalls.REGISTRY.all().stream().filter(t -> t.name().equals(TOOL)).findFirst().orElseThrow();
        List<Signature> sigs = tool.signatures();
        assertThat(sigs).extracting(Signature::mode)
                .containsExactly("optimal", "tokens-for-params", "params-for-tokens", "growth", "grown-params", "grown-tokens",
                        "optimal-tokens", "loss");
        Map<Quantity, Double> sample = Map.of(Quantity.COMPUTE, 1e24, Quantity.PARAMS, 7e10, Quantity.TOKENS, 1.4e12,
                Quantity.COMPUTE_MULTIPLE, 10.0);
        for (Signature s : sigs) {
            ObjectNode args = JsonNodeFactory.instance.objectNode();
            s.inputs().forEach(in -> args.put(in.arg(), sample.get(in.quantity())));
            Observation o = ToolCalls.REGISTRY.call(new Step("t", TOOL, args, "signature " + s.mode()));
            assertThat(o.ok()).as(s.mode() + ": " + o.error()).isTrue();
            for (Signature.Output out : s.outputs()) {
                JsonNode v = o.data().at(out.path());
                assertThat(v.isNumber()).as(s.mode() + " " + out.path()).isTrue();
                assertThat(out.quantity().plausible(v.asDouble())).as(s.mode() + " " + out.path()).isTrue();
            }
        }
        assertThat(sigs.get(1).assumes()).containsExactly("按 Chinchilla 计算最优比例取 D = 20·N",
                "D = 20·N, the Chinchilla compute-optimal ratio");
        assertThat(sigs.get(2).assumes()).isNotNull();
        assertThat(sigs.get(0).assumes()).isNull();
        assertThat(sigs.get(7).inputs()).extracting(Signature.Input::quantity)
                .containsExactly(Quantity.PARAMS, Quantity.TOKENS);
    }

    /** Compute ×10 under Chinchilla's N = √(C/120): N and D each ×√10; a 70B model on 1.4T tokens is at the optimum. */
    @Test
    void growthOfTheOptimumAndARunAgainstIt() {
        JsonNode g = ok(TOOL, "{\"compute_multiple\":10}").data();
        assertThat(g.get("params_multiple").asDouble()).isCloseTo(Math.sqrt(10), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(g.get("tokens_multiple").asDouble()).isCloseTo(Math.sqrt(10), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(g.get("alternatives")).hasSize(2);
        JsonNode run = ok(TOOL, "{\"params\":7e10,\"tokens\":1.4e12}").data();
        assertThat(run.get("tokens_per_param").asDouble()).isCloseTo(20, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(run.get("vs_optimal").asDouble()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
    }
}
