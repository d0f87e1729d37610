package zhiti.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import zhiti.agent.Observation;
import zhiti.core.Artifact;
import zhiti.core.Citation;
import zhiti.core.Figure;

/**
 * A tool's observation as an MCP result. The text is for models that read only text: the summary, then the figures
 * as compact JSON (each with formula, inputs and source) and the files made. The structured content carries the
 * same, plus the tool's data and citations, for clients that read JSON. A failed call is {@code isError} with the
 * registry's message, which says what was wrong and how to call the tool instead.
 */
final class CallResults {

    private CallResults() {
    }

    static CallToolResult of(Observation o) {
        if (!o.ok()) {
            return error(o.error());
        }
        StringBuilder text = new StringBuilder(o.summary());
        if (!o.figures().isEmpty()) {
            text.append("\nfigures: ").append(JsonMaps.compact(o.figures().stream().map(CallResults::figure).toList()));
        }
        if (!o.artifacts().isEmpty()) {
            text.append("\nartifacts: ").append(o.artifacts().stream()
                    .map(a -> a.path().toAbsolutePath().toString()).collect(Collectors.joining(", ")));
        }
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("data", JsonMaps.toPlain(o.data()));
        structured.put("figures", o.figures().stream().map(CallResults::figure).toList());
        structured.put("citations", o.citations().stream().map(CallResults::citation).toList());
        structured.put("artifacts", o.artifacts().stream().map(CallResults::artifact).toList());
        return CallToolResult.builder().addTextContent(text.toString().strip()).structuredContent(structured)
                .isError(false).build();
    }

    static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("value", f.value());
        m.put("unit", f.unit());
        m.put("formula", f.formula());
        // inputs may hold values of any type (a looked-up fact, a stated number): as plain JSON values
        m.put("inputs", JsonMaps.toPlain(JsonMaps.MAPPER.valueToTree(f.inputs())));
        m.put("source", f.source());
        return m;
    }

    private static Map<String, Object> citation(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", c.doc());
        m.put("locator", c.locator());
        m.put("text", c.text());
        return m;
    }

    private static Map<String, Object> artifact(Artifact a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind().id());
        m.put("path", a.path().toAbsolutePath().toString());
        m.put("mime", a.mime());
        m.put("title", a.title());
        return m;
    }
}
