package zhiti.agent;

import zhiti.core.Citation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import zhiti.core.Figure;

/** What a tool returns: machine-readable data, a one-line summary, and the figures and citations it produced. */
public record ToolResult(JsonNode data, String summary, List<Figure> figures, List<Citation> citations) {

    public ToolResult {
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
    }
}
