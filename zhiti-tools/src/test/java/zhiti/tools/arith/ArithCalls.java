package zhiti.tools.arith;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;

/** Calls the arithmetic tools the way the agent does: through a registry, with JSON text arguments. */
final class ArithCalls {

    static final ToolRegistry REGISTRY = ArithmeticTools.register(new ToolRegistry(), Catalog.builtIn());
    static final ObjectMapper JSON = new ObjectMapper();

    private ArithCalls() {
    }

    static Observation call(String tool, ObjectNode args) {
        return REGISTRY.call(new Step("t", tool, args, "test"));
    }

    static Observation call(String tool, String jsonArgs) {
        try {
            return call(tool, (ObjectNode) JSON.readTree(jsonArgs));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A call that must succeed, with a summary and at least one figure; the error is shown if it did not. */
    static Observation ok(String tool, String jsonArgs) {
        Observation o = call(tool, jsonArgs);
        assertThat(o.ok()).as("%s %s failed: %s", tool, jsonArgs, o.error()).isTrue();
        assertThat(o.summary()).isNotBlank();
        assertThat(o.figures()).isNotEmpty();
        return o;
    }

    static JsonNode data(String tool, String jsonArgs) {
        return ok(tool, jsonArgs).data();
    }

    static String failure(String tool, String jsonArgs) {
        Observation o = call(tool, jsonArgs);
        assertThat(o.ok()).as("%s %s should fail", tool, jsonArgs).isFalse();
        assertThat(o.error()).doesNotContain("failed: java");
        return o.error();
    }
}
