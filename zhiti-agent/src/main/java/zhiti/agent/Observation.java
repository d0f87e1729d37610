package zhiti.agent;

import zhiti.core.Citation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import zhiti.core.Figure;

/**
 * What came back from one step. A failed tool is an observation too ({@code ok == false}, with the error the brain
 * reads), never an exception that ends the run.
 */
public record Observation(Step step, boolean ok, JsonNode data, String summary, List<Figure> figures,
                          List<Citation> citations, String error, long millis) {

    public Observation {
        figures = List.copyOf(figures);
        citations = List.copyOf(citations);
    }

    public static Observation success(Step step, ToolResult r, long millis) {
        return new Observation(step, true, r.data(), r.summary(), r.figures(), r.citations(), null, millis);
    }

    public static Observation failure(Step step, String error, long millis) {
        return new Observation(step, false, null, "", List.of(), List.of(), error, millis);
    }
}
