package zhiti.memory.kb;

/**
 * A span of extracted document text that shares one page / heading (or one conversation turn).
 *
 * @param offset   where {@code text} starts in the document's extracted text
 * @param turnId   the conversation turn id, or null for ordinary documents
 * @param time     epoch ms the section is about, or null to use the document's time
 */
public record Section(String text, int offset, Integer page, String heading, String turnId, Long time) {
    public static Section plain(String text, int offset, Integer page, String heading) {
        return new Section(text, offset, page, heading, null, null);
    }
}
