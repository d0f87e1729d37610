package zhiti.tools.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import zhiti.agent.Observation;
import zhiti.agent.Settings;
import zhiti.agent.Step;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;

/** Calls the media tools as the agent does: registered by their provider, through a registry, with JSON text. */
final class MediaCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolRegistry registry = new ToolRegistry();

    MediaCalls(Path home, Settings settings) {
        new MediaToolProvider().register(registry, new ToolContext(settings, home, home.resolve("artifacts")));
    }

    MediaCalls(Path home) {
        this(home, Settings.none());
    }

    ToolRegistry registry() {
        return registry;
    }

    Observation call(ToolName tool, String jsonArgs) {
        try {
            return registry.call(new Step("t", tool.id(), (ObjectNode) JSON.readTree(jsonArgs), "test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Observation ok(ToolName tool, String jsonArgs) {
        Observation o = call(tool, jsonArgs);
        assertThat(o.ok()).as("%s %s failed: %s", tool, jsonArgs, o.error()).isTrue();
        assertThat(o.summary()).isNotBlank();
        return o;
    }

    String failure(ToolName tool, String jsonArgs) {
        Observation o = call(tool, jsonArgs);
        assertThat(o.ok()).as("%s %s should fail", tool, jsonArgs).isFalse();
        assertThat(o.error()).doesNotContain("Exception").doesNotContain("\tat ");
        return o.error();
    }
}
