package zhiti.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One tool call in a plan: which tool, with which JSON arguments, and why. A call whose arguments could not be read
 * (a model wrote broken JSON) carries the reason in {@code argumentError}; the registry reports it instead of
 * running the tool, so the brain can repair the call.
 */
public record Step(String id, String tool, ObjectNode args, String purpose, String argumentError) {

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(args, "args");
        purpose = purpose == null ? "" : purpose;
    }

    public Step(String id, String tool, ObjectNode args, String purpose) {
        this(id, tool, args, purpose, null);
    }

    public static Step malformed(String id, String tool, String rawArguments, String error) {
        return new Step(id, tool, JsonNodeFactory.instance.objectNode(), "arguments as sent: " + rawArguments, error);
    }
}
