package zhiti.app.bench.brain;

import java.util.List;
import java.util.Optional;
import zhiti.core.Citation;

/**
 * Tells the answer's own words from the passages it quotes. A knowledge-base passage pasted into an answer brings
 * its own numbers ("昇腾 310") and question marks ("Can Language Models Resolve GitHub Issues?"); neither is the
 * answer computing or asking anything. A spot counts as quoted when it appears, with a few characters of its
 * context on one side, in the text of one of the answer's citations (compared folded, because quotes are
 * re-spaced and cut).
 */
final class Quotes {

    /** Characters of context, folded, that must come along for a spot to count as quoted. */
    private static final int CONTEXT = 8;

    private final List<String> cited;

    Quotes(List<Citation> citations) {
        this.cited = citations.stream().map(c -> AnswerMarkers.fold(c.text())).filter(t -> !t.isEmpty()).toList();
    }

    /** Whether text[start, end) is quoted from a citation. */
    boolean quoted(String text, int start, int end) {
        if (cited.isEmpty()) {
            return false;
        }
        String folded = AnswerMarkers.fold(text);
        String before = AnswerMarkers.fold(text.substring(0, start));
        String spot = AnswerMarkers.fold(text.substring(start, end));
        return quotedFolded(folded, before.length(), before.length() + spot.length());
    }

    /** The first marker that occurs in the answer's own words, not inside a quoted passage. */
    Optional<String> firstOwn(String text, List<String> markers) {
        String folded = AnswerMarkers.fold(text);
        for (String m : markers) {
            String f = AnswerMarkers.fold(m);
            for (int i = folded.indexOf(f); i >= 0; i = folded.indexOf(f, i + 1)) {
                if (!quotedFolded(folded, i, i + f.length())) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private boolean quotedFolded(String folded, int start, int end) {
        if (cited.isEmpty()) {
            return false;
        }
        // a side with too little context proves nothing: "310" alone is in many passages
        String left = start >= CONTEXT ? folded.substring(start - CONTEXT, end) : null;
        String right = end + CONTEXT <= folded.length() ? folded.substring(start, end + CONTEXT) : null;
        return cited.stream().anyMatch(c -> (left != null && c.contains(left)) || (right != null && c.contains(right)));
    }
}
