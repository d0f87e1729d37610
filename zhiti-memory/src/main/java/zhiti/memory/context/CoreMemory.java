package zhiti.memory.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MemGPT's in-context core memory: labelled blocks (e.g. {@code persona}, {@code human}) with character limits,
 * edited by the agent through {@link #memoryInsert} and {@link #memoryReplace}. Edits that would break a limit
 * are refused with a message the agent can act on.
 */
public final class CoreMemory {
    /** A labelled block; {@code limit} is in characters. */
    public record Block(String label, String value, int limit) {
        public Block {
            if (label == null || !label.matches("[A-Za-z0-9_\\-]+"))
                throw new IllegalArgumentException("block label must be letters, digits, '_' or '-', got '" + label + "'");
            if (limit < 1) throw new IllegalArgumentException("block '" + label + "' needs a positive character limit");
            if (value == null) value = "";
            if (value.length() > limit)
                throw new IllegalArgumentException("block '" + label + "' holds " + value.length()
                        + " characters, over its limit of " + limit + "; shorten it first");
        }
    }

    private final Map<String, Block> blocks = new LinkedHashMap<>();

    public synchronized void define(String label, String value, int limit) {
        blocks.put(label, new Block(label, value, limit));
    }

    public synchronized Block block(String label) {
        Block b = blocks.get(label);
        if (b == null)
            throw new IllegalArgumentException("no core memory block '" + label + "'; blocks are " + blocks.keySet());
        return b;
    }

    public synchronized List<Block> blocks() { return new ArrayList<>(blocks.values()); }

    /**
     * Inserts text as a new line after line {@code afterLine} (0 = at the top, -1 = at the end), like MemGPT's
     * {@code memory_insert}. Returns the new value.
     */
    public synchronized String memoryInsert(String label, String text, int afterLine) {
        Block b = block(label);
        List<String> lines = b.value().isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(b.value().split("\n", -1)));
        int at = afterLine < 0 ? lines.size() : afterLine;
        if (at > lines.size())
            throw new IllegalArgumentException("block '" + label + "' has " + lines.size() + " lines; insert after 0.."
                    + lines.size() + " or -1 for the end");
        lines.add(at, text);
        return set(b, String.join("\n", lines));
    }

    /** Replaces the single occurrence of {@code oldText} with {@code newText} (empty deletes), like {@code memory_replace}. */
    public synchronized String memoryReplace(String label, String oldText, String newText) {
        Block b = block(label);
        if (oldText == null || oldText.isEmpty()) throw new IllegalArgumentException("memory_replace needs the text to replace");
        int first = b.value().indexOf(oldText);
        if (first < 0) throw new IllegalArgumentException("'" + oldText + "' is not in block '" + label + "'; copy it exactly");
        if (b.value().indexOf(oldText, first + 1) >= 0)
            throw new IllegalArgumentException("'" + oldText + "' occurs more than once in block '" + label
                    + "'; include more surrounding text so it is unique");
        return set(b, b.value().substring(0, first) + (newText == null ? "" : newText) + b.value().substring(first + oldText.length()));
    }

    private String set(Block b, String value) {
        if (value.length() > b.limit())
            throw new IllegalArgumentException("block '" + b.label() + "' would hold " + value.length()
                    + " characters, over its limit of " + b.limit() + "; replace or remove old content first");
        blocks.put(b.label(), new Block(b.label(), value, b.limit()));
        return value;
    }

    /** The blocks as they appear in the prompt. */
    public synchronized String render() {
        StringBuilder s = new StringBuilder();
        for (Block b : blocks.values()) {
            if (!s.isEmpty()) s.append('\n');
            s.append('<').append(b.label()).append(" chars=\"").append(b.value().length()).append('/').append(b.limit())
                    .append("\">\n").append(b.value()).append("\n</").append(b.label()).append('>');
        }
        return s.toString();
    }
}
