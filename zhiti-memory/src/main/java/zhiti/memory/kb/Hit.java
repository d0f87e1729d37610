package zhiti.memory.kb;

import zhiti.core.Citation;

/** One search result with its fused score; {@link #citation()} is what an answer shows. */
public record Hit(Chunk chunk, double score) {
    public String recordId() { return chunk.recordId(); }

    public Citation citation() {
        return new Citation(chunk.docId(), chunk.locator().display(), chunk.text());
    }
}
