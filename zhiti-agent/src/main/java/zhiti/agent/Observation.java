package zhiti.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import zhiti.core.Artifact;
import zhiti.core.Citation;
import zhiti.core.Figure;

/**
 * What came back from one step. A failed tool is an observation too ({@code ok == false}, with the error the brain
 * reads), never an exception that ends the run.
 */
public record Observation(Step step, boolean ok, JsonNode data, String summary, List<Figure> figures,
                          List<Citation> citations, List<Artifact> artifacts, String error, long millis) {

    public Observation {
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
        artifacts = List.copyOf(artifacts);
    }

    /** An observation without files. */
    public Observation(Step step, boolean ok, JsonNode data, String summary, List<Figure> figures,
                       List<Citation> citations, String error, long millis) {
        this(step, ok, data, summary, figures, citations, List.of(), error, millis);
    }

    public static Observation success(Step step, ToolResult r, long millis) {
        return new Observation(step, true, r.data(), r.summary(), r.figures(), r.citations(), r.artifacts(), null,
                millis);
    }

    public static Observation failure(Step step, String error, long millis) {
        return new Observation(step, false, null, "", List.of(), List.of(), List.of(), error, millis);
    }
}
