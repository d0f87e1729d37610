package zhiti.brain.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * Follow-ups in a conversation — "and with 1024?", "what about on A100?", "那 30 天呢？", "如果 MFU 只有 30%" —
 * only make sense with the turn before: they keep its asked and known quantities and replace what they restate.
 */
public final class FollowUps {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern OPENER = Pattern.compile("^\\s*(?:and\\b|what about|how about|what if|then\\b|also\\b|switch|"
            + "same\\b|instead|if\\b|now\\b|那|如果|换成|改成|改用|要是|假如|再|若|那么|同样|还是|按这个)", F);
    /** Openers that begin full questions too ("用 DGX A100 训练…"): a follow-up only when the turn is very short. */
    private static final Pattern WEAK_OPENER = Pattern.compile("^\\s*(?:用|换|at\\b|with\\b|on\\b|for\\b|in\\b)", F);
    private static final Pattern ENDING = Pattern.compile("(?:呢|么)\\s*[？?]?\\s*$|\\?\\s*$");
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:that|it|this|those|them|same)\\b|这个|那个|这些|那些|按这个|照这个", F);

    private FollowUps() {
    }

    static boolean looksLikeFollowUp(String raw, List<Quantity> asked, List<Known> knowns) {
        String t = raw.strip();
        boolean shortish = t.length() <= 40;
        return shortish && (OPENER.matcher(t).find() || t.matches("(?s).*呢\\s*[？?]?\\s*$") || BACK_REFERENCE.matcher(t).find())
                || t.length() <= 16 && WEAK_OPENER.matcher(t).find()
                || asked.isEmpty() && knowns.size() <= 2 && shortish && ENDING.matcher(t).find();
    }

    /**
     * The follow-up read against the previous turn: the previous asked quantities unless it asks its own, the
     * previous knowns except those it restates (by quantity; a new machine replaces the old machine and its fleet's
     * comparison cases), and a bare number given to the quantity of the previous turn it most plausibly replaces.
     */
    public static Reading merge(Reading previous, Reading now) {
        List<Quantity> asked = now.asked().isEmpty() ? previous.asked() : now.asked();
        List<Known> knowns = new ArrayList<>();
        for (Known k : now.knowns()) {
            knowns.add(bare(k) ? replacing(k, previous) : k);
        }
        for (Known k : previous.knowns()) {
            if (knowns.stream().noneMatch(n -> n.quantity() == k.quantity()) && !replacedBy(k, now)) {
                knowns.add(k.withOrigin(Known.Origin.CONVERSATION));
            }
        }
        List<List<Known>> variants = now.variants().isEmpty() && !now.has(Quantity.HARDWARE) ? previous.variants() : now.variants();
        return new Reading(now.text(), now.lang(), asked, knowns, variants, true);
    }

    /** A number with no unit that the reader could only place as a plain value ("and with 1024?", "那 405B 的呢？"). */
    private static boolean bare(Known k) {
        return k.origin() == Known.Origin.QUESTION && k.unit().isEmpty() && k.isNumber()
                && (k.quantity() == Quantity.START_VALUE || k.quantity() == Quantity.END_VALUE
                || k.quantity() == Quantity.PART || k.quantity() == Quantity.WHOLE);
    }

    /** The previous turn's stated number closest in magnitude to the bare one takes its value: 1024 replaces 256 GPUs. */
    private static Known replacing(Known bare, Reading previous) {
        Known best = null;
        double gap = Double.MAX_VALUE;
        for (Known k : previous.knowns()) {
            if (!k.isNumber() || k.quantity() == Quantity.RATE || k.quantity() == Quantity.UTILISATION
                    || k.quantity() == Quantity.BYTES_PER_VALUE || k.number() <= 0 || bare.number() <= 0) {
                continue;
            }
            double g = Math.abs(Math.log10(k.number()) - Math.log10(bare.number()));
            if (g < gap) {
                gap = g;
                best = k;
            }
        }
        return best == null ? bare : new Known(best.quantity(), bare.value(), best.unit(), Known.Origin.QUESTION, null,
                bare.start(), bare.end());
    }

    /** A named machine replaces a reference fleet's machine too, and stated GPUs replace the previous servers. */
    private static boolean replacedBy(Known old, Reading now) {
        return switch (old.quantity()) {
            case SERVERS -> now.has(Quantity.GPUS);
            case GPUS -> now.has(Quantity.SERVERS) || now.asked().contains(Quantity.GPUS);
            case DAYS -> now.asked().contains(Quantity.DAYS);
            default -> false;
        };
    }
}
