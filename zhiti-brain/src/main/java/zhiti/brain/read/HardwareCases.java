package zhiti.brain.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;
import zhiti.brain.read.EntityFinder.Found;
import zhiti.brain.read.EntityFinder.Kind;

/**
 * The hardware a question names, as knowns: one machine; a reference fleet and the machine to match it with ("How
 * many H20 match the compute of 100 H100?"); or one case per machine compared ("A100 vs H100", "分别用 512 张
 * A100 和 512 张 H100"), each with the fleet size written before its name.
 */
final class HardwareCases {

    private static final Pattern BASE_BEFORE = Pattern.compile(
            "(?:\\bthan|比|relative to|compared (?:with|to)|\\bas (?:fast|much|many|quick) as|相比于?|相对于)\\s*(?:the\\s+|an?\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IS_BEFORE = Pattern.compile("是\\s*$");
    private static final Pattern OF_AFTER = Pattern.compile("^\\s*的");

    private HardwareCases() {
    }

    static void read(String q, List<Found> hardware, List<Mention> mentions, List<Known> knowns,
                     List<List<Known>> variants, List<Quantity> asked, boolean referenceWords) {
        List<Found> distinct = new ArrayList<>();
        for (Found f : hardware) {
            if (distinct.stream().noneMatch(d -> d.canonical().equals(f.canonical()))) {
                distinct.add(f);
            }
        }
        if (distinct.size() == 1) {
            knowns.add(known(Quantity.HARDWARE, distinct.get(0)));
            return;
        }
        if (distinct.size() == 2 && knowns.stream().anyMatch(k -> k.quantity() == Quantity.REFERENCE_DAYS)) {
            // the job's days on the first machine named, asked for the second
            knowns.add(known(Quantity.REFERENCE_HARDWARE, distinct.get(0)));
            knowns.add(known(Quantity.HARDWARE, distinct.get(1)));
            return;
        }
        List<Mention> counts = new ArrayList<>();
        for (Found f : distinct) {
            counts.add(mentions.stream().filter(m -> m.end() == f.start()
                    && (m.dim() == Dim.ACCELERATORS || m.dim() == Dim.SERVERS)).findFirst().orElse(null));
        }
        long counted = counts.stream().filter(c -> c != null).count();
        if (distinct.size() == 2 && counted == 1 && (referenceWords || asked.contains(Quantity.GPUS))) {
            int ref = counts.get(0) != null ? 0 : 1;
            Mention n = counts.get(ref);
            knowns.removeIf(k -> k.quantity() == Quantity.GPUS && k.start() == n.start());
            knowns.add(new Known(Quantity.REFERENCE_GPUS, n.value(), "", Known.Origin.QUESTION, null, n.start(), n.end()));
            knowns.add(known(Quantity.REFERENCE_HARDWARE, distinct.get(ref)));
            knowns.add(known(Quantity.HARDWARE, distinct.get(1 - ref)));
            if (!asked.contains(Quantity.GPUS)) {
                asked.add(0, Quantity.GPUS);
            }
            return;
        }
        int base = base(q, hardware, distinct);
        if (distinct.size() == 2 && base == 0) {
            // "H20 的速度是 A100 的多少倍", "how many times faster is X than Y": the ratio is over the machine named second
            Collections.reverse(distinct);
            Collections.reverse(counts);
        }
        for (int i = 0; i < distinct.size(); i++) {
            List<Known> v = new ArrayList<>();
            v.add(known(Quantity.HARDWARE, distinct.get(i)));
            Mention n = counts.get(i);
            if (n != null) {
                Quantity role = n.dim() == Dim.SERVERS ? Quantity.SERVERS : Quantity.GPUS;
                knowns.removeIf(k -> k.start() == n.start() && (k.quantity() == Quantity.GPUS || k.quantity() == Quantity.SERVERS));
                v.add(new Known(role, n.value(), "", Known.Origin.QUESTION, null, n.start(), n.end()));
            }
            variants.add(v);
        }
    }

    /** Which of the machines a ratio is taken over ("是 A 的多少倍", "than A"), by its index in distinct; -1 if none. */
    private static int base(String q, List<Found> hardware, List<Found> distinct) {
        for (Found f : hardware) {
            String before = q.substring(Math.max(0, f.start() - 16), f.start());
            String after = q.substring(f.end(), Math.min(q.length(), f.end() + 12));
            if (BASE_BEFORE.matcher(before).find() || IS_BEFORE.matcher(before).find() && OF_AFTER.matcher(after).find()) {
                for (int i = 0; i < distinct.size(); i++) {
                    if (distinct.get(i).canonical().equals(f.canonical())) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static Known known(Quantity q, Found f) {
        return new Known(q, f.canonical(), f.kind() == Kind.SYSTEM ? "system" : "accelerator", Known.Origin.QUESTION,
                null, f.start(), f.end());
    }
}
