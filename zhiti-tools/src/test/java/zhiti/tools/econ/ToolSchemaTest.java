package zhiti.tools.econ;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;

/** What a model sees of every econ tool must be complete and in the subset of JSON schema the LLM converter maps. */
class ToolSchemaTest {

    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean");

    @Test
    void everyToolIsRegistered() {
        assertThat(ToolCalls.REGISTRY.all()).extracting(Tool::name).contains(Stream.of(ToolName.CATALOG_LOOKUP,
                ToolName.TRAINING_COMPUTE, ToolName.TRAINING_CLUSTER, ToolName.TRAINING_COST, ToolName.TRAINING_ENERGY,
                ToolName.INFERENCE_COMPUTE, ToolName.INFERENCE_MEMORY, ToolName.CHIP_METRICS, ToolName.TREND_GROWTH,
                ToolName.TREND_FIT, ToolName.SCALING_LAW, ToolName.TRAINING_PLAN, ToolName.VIDEO_COMPUTE)
                .map(ToolName::id).toArray(String[]::new));
    }

    @Test
    void everyPropertyHasASupportedTypeAndADescription() {
        List<String> problems = new ArrayList<>();
        for (Tool t : ToolCalls.REGISTRY.all()) {
            if (!t.name().matches("[a-z][a-z0-9_]*")) {
                problems.add(t.name() + ": name is not snake_case");
            }
            if (t.description().length() < 40) {
                problems.add(t.name() + ": description too short to tell a model what the tool does");
            }
            JsonNode schema = t.parameters();
            if (!"object".equals(schema.path("type").asText())) {
                problems.add(t.name() + ": schema type is not object");
            }
            JsonNode props = schema.path("properties");
            props.fields().forEachRemaining(e -> {
                JsonNode p = e.getValue();
                String where = t.name() + "." + e.getKey();
                if (!e.getKey().matches("[a-z][a-z0-9_]*")) {
                    problems.add(where + ": not snake_case");
                }
                if (!TYPES.contains(p.path("type").asText())) {
                    problems.add(where + ": type '" + p.path("type").asText() + "' is not string/number/integer/boolean");
                }
                if (p.path("description").asText().isBlank()) {
                    problems.add(where + ": no description");
                }
                if (p.has("enum") && (!"string".equals(p.path("type").asText()) || p.get("enum").isEmpty())) {
                    problems.add(where + ": enum must be a non-empty list of strings");
                }
                p.fieldNames().forEachRemaining(k -> {
                    if (!Set.of("type", "description", "enum").contains(k)) {
                        problems.add(where + ": keyword '" + k + "' is not supported by the converter");
                    }
                });
            });
            for (JsonNode r : schema.path("required")) {
                if (!props.has(r.asText())) {
                    problems.add(t.name() + ": required '" + r.asText() + "' is not a property");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Calling with no arguments at all never crashes a tool: it fails with a message naming what is missing. */
    @Test
    void emptyCallsFailWithAMessage() {
        for (Tool t : ToolCalls.REGISTRY.all()) {
            var o = ToolCalls.call(t.name(), "{}");
            if (!o.ok()) {
                assertThat(o.error()).as(t.name()).isNotBlank().doesNotContain("NullPointerException")
                        .doesNotContain("failed: java");
            }
        }
    }
}
