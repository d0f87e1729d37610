package zhiti.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A capability the agent can call. The description and JSON-schema parameters are what a model sees, so they must
 * say precisely what the tool does and what each argument means (with units).
 */
public interface Tool {

    /** Letters, digits, '_' and '-' only: the form every model provider accepts for function names. */
    String name();

    String description();

    /** A JSON schema of type object: "properties", and "required" for the arguments that have no default. */
    ObjectNode parameters();

    /**
     * The typed ways to call this tool, for planners that chain tools by the quantities they consume and produce.
     * Empty for tools that only a language model or a fixed method calls (searching, remembering).
     */
    default List<Signature> signatures() {
        return List.of();
    }

    /** Runs the tool. Throw IllegalArgumentException for bad arguments; the message goes back to the brain. */
    ToolResult invoke(JsonNode args) throws Exception;
}
