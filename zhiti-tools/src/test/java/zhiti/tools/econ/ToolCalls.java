package zhiti.tools.econ;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.econ.catalog.Catalog;

/** Calls the econ tools the way the agent does: through a registry, with JSON text arguments. */
final class ToolCalls {

    static final ToolRegistry REGISTRY = EconTools.register(new ToolRegistry(), Catalog.builtIn());
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolCalls() {
    }

    static Observation call(ToolName tool, String jsonArgs) {
        return call(tool.id(), jsonArgs);
    }

    static Observation ok(ToolName tool, String jsonArgs) {
        return ok(tool.id(), jsonArgs);
    }

    static String failure(ToolName tool, String jsonArgs) {
        return failure(tool.id(), jsonArgs);
    }

    static Observation call(String tool, String jsonArgs) {
        try {
            ObjectNode args = (ObjectNode) JSON.readTree(jsonArgs);
            return REGISTRY.call(new Step("t", tool, args, "test"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A call that must succeed; the error is shown if it did not. */
    static Observation ok(String tool, String jsonArgs) {
        Observation o = call(tool, jsonArgs);
        assertThat(o.ok()).as("%s %s failed: %s", tool, jsonArgs, o.error()).isTrue();
        assertThat(o.summary()).isNotBlank();
        return o;
    }

    static String failure(String tool, String jsonArgs) {
        Observation o = call(tool, jsonArgs);
        assertThat(o.ok()).as("%s %s should fail", tool, jsonArgs).isFalse();
        return o.error();
    }
}
