package zhiti.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import zhiti.core.Artifact;
import zhiti.core.Citation;
import zhiti.core.Figure;

/**
 * What a tool returns: machine-readable data, a one-line summary, the figures and citations it produced, and the
 * files it made (charts, recordings), which travel with the answer as artifacts.
 */
public record ToolResult(JsonNode data, String summary, List<Figure> figures, List<Citation> citations,
                         List<Artifact> artifacts) {

    public ToolResult {
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
        artifacts = List.copyOf(artifacts);
    }

    /** A result that made no files. */
    public ToolResult(JsonNode data, String summary, List<Figure> figures, List<Citation> citations) {
        this(data, summary, figures, citations, List.of());
    }
}
