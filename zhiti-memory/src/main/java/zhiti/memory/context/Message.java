package zhiti.memory.context;

import java.time.Instant;

/** One conversation message; {@code seq} orders messages and identifies them in recall storage. */
public record Message(long seq, String role, String text, Instant time) {
    public Message {
        if (role == null || role.isBlank()) throw new IllegalArgumentException("message needs a role (user, assistant, tool, ...)");
        if (text == null) throw new IllegalArgumentException("message text must not be null");
    }
}
