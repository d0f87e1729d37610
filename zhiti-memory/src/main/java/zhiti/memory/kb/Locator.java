package zhiti.memory.kb;

/**
 * Where a chunk came from: the file (or conversation) it was read from, the character span in the extracted text,
 * and, when known, the PDF page (1-based), the nearest heading and the conversation turn id.
 */
public record Locator(String file, int start, int end, Integer page, String heading, String turn) {
    public Locator {
        if (file == null || file.isBlank()) throw new IllegalArgumentException("locator needs a file name");
        if (start < 0 || end < start)
            throw new IllegalArgumentException("locator span must satisfy 0 <= start <= end, got " + start + ".." + end);
    }

    /** Short human form used in citations, e.g. {@code report.pdf p.3 §Compute [120-480)}. */
    public String display() {
        StringBuilder b = new StringBuilder(file);
        if (page != null) b.append(" p.").append(page);
        if (heading != null && !heading.isBlank()) b.append(" §").append(heading);
        if (turn != null) b.append(" turn ").append(turn);
        b.append(" [").append(start).append('-').append(end).append(')');
        return b.toString();
    }
}
