package zhiti.agent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** One tool call in a plan: which tool, with which JSON arguments, and why. */
public record Step(String id, String tool, ObjectNode args, String purpose) {

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(args, "args");
        purpose = purpose == null ? "" : purpose;
    }
}
