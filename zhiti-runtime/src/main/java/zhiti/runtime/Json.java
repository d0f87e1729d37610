package zhiti.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import zhiti.core.Figure;

/** The one JSON mapper of the CLI, and the shape every command uses for figures. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    /** A figure as the CLI contract spells it: {"name","value","unit","formula","inputs":{},"source"}. */
    public static Map<String, Object> figure(Figure f) {
        return RunEvent.map("name", f.name(), "value", f.value(), "unit", f.unit(), "formula", f.formula(),
                "inputs", f.inputs(), "source", f.source());
    }

    public static List<Map<String, Object>> figures(List<Figure> figures) {
        return figures.stream().map(Json::figure).toList();
    }

    /** Prints one JSON document on its own line. */
    public static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
