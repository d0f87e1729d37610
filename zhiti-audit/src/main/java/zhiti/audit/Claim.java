package zhiti.audit;

import java.util.List;

/**
 * One numeric claim and what recomputing it showed. {@code start}/{@code end} are offsets of the printed figure in
 * its document's text; {@code other} is the second statement of an {@link Verdict#INCONSISTENT} pair.
 *
 * @param computed    the recomputed value, in the stated figure's unit (null when nothing could be recomputed)
 * @param explanation the arithmetic in words, and for a discrepancy the assumption that would give the printed figure
 */
public record Claim(String doc, int start, int end, String text, ClaimKind kind, Verdict verdict, double stated,
                    Double computed, String unit, String formula, List<Input> inputs, List<String> sources,
                    String explanation, Located other) {

    public Claim {
        inputs = List.copyOf(inputs);
        sources = List.copyOf(sources);
    }

    public static Claim unchecked(Located n, ClaimKind kind, String why) {
        return new Claim(n.doc(), n.num().start(), n.num().end(), n.num().text(), kind, Verdict.UNCHECKED,
                n.value(), null, unitOf(n), "", List.of(), List.of(), why, null);
    }

    static String unitOf(Located n) {
        return n.num().currency() != null ? n.num().currency() : n.num().unit().symbol();
    }
}
