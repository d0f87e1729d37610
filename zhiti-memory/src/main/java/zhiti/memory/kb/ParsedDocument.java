package zhiti.memory.kb;

import java.util.List;

/** A file turned into sections of text; {@code conversation} documents have one section per turn. */
public record ParsedDocument(String format, boolean conversation, List<Section> sections) {
    public ParsedDocument {
        sections = List.copyOf(sections);
    }
}
