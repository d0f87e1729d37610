package zhiti.brain.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhiti.agent.Quantity;
import zhiti.core.Lang;

/**
 * What the question reader understood: the quantities asked for (in the order asked), the quantities made known,
 * and, for a comparison ("A100 vs H100", "分别用 512 张 A100 和 512 张 H100"), one variant per compared case, each
 * a set of knowns that replaces the shared ones of the same quantity.
 *
 * @param followUp whether the question only makes sense with the turn before it ("and with 1024?")
 */
public record Reading(String text, Lang lang, List<Quantity> asked, List<Known> knowns, List<List<Known>> variants,
                      boolean followUp) {

    public Reading {
        asked = List.copyOf(asked);
        knowns = List.copyOf(knowns);
        variants = variants.stream().map(List::copyOf).toList();
    }

    /** The knowns of one compared case: the shared ones, with the case's own replacing those of its quantities. */
    public List<Known> knowns(int variant) {
        if (variants.isEmpty()) {
            return knowns;
        }
        List<Known> own = variants.get(variant);
        List<Known> out = new ArrayList<>(own);
        knowns.stream().filter(k -> own.stream().noneMatch(o -> o.quantity() == k.quantity())).forEach(out::add);
        return out;
    }

    /** How many cases to work out: one, or one per compared variant. */
    public int cases() {
        return Math.max(1, variants.size());
    }

    public Optional<Known> known(Quantity q) {
        return knowns.stream().filter(k -> k.quantity() == q).findFirst();
    }

    public boolean has(Quantity q) {
        return known(q).isPresent() || variants.stream().anyMatch(v -> v.stream().anyMatch(k -> k.quantity() == q));
    }

    /** Whether anything at all was read: asked quantities, or numbers and names to compute with. */
    public boolean isEmpty() {
        return asked.isEmpty() && knowns.isEmpty() && variants.isEmpty();
    }
}
