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
            + "same\\b|instead|if\\b|now\\b|那|如果|换成|改成|改用|要是|假如|再|若|那么|同样|还是|用|按这个|at\\b|with\\b|on\\b)", F);
    private static final Pattern ENDING = Pattern.compile("(?:呢|么)\\s*[？?]?\\s*$|\\?\\s*$");

    private FollowUps() {
    }

    static boolean looksLikeFollowUp(String raw, List<Quantity> asked, List<Known> knowns) {
        String t = raw.strip();
        boolean shortish = t.length() <= 40;
        return shortish && (OPENER.matcher(t).find() || t.matches("(?s).*呢\\s*[？?]?\\s*$"))
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
            knowns.add(k);
        }
        for (Known k : previous.knowns()) {
            if (knowns.stream().noneMatch(n -> n.quantity() == k.quantity()) && !replacedBy(k, now)) {
                knowns.add(k.withOrigin(Known.Origin.CONVERSATION));
            }
        }
        List<List<Known>> variants = now.variants().isEmpty() && !now.has(Quantity.HARDWARE) ? previous.variants() : now.variants();
        return new Reading(now.text(), now.lang(), asked, knowns, variants, true);
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
