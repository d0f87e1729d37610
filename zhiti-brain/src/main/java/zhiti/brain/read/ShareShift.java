package zhiti.brain.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * "Last year 1,840 of our 4,600 accelerators were H100s; this year 3,900 out of 6,500: the share in each year, and
 * how many points did it move?", "2024 年 330k 片里有 150k 给了它，2025 年 650k 中占 390k": two part-of-whole pairs.
 * Each pair's share is worked out here (its note shows the division) and the two shares become the start and the
 * end of a change, so the change tool gives the percentage-point difference and the relative change.
 */
final class ShareShift {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Between a part and its whole: "of", "out of", "of our", "of roughly", "/". */
    private static final Pattern PART_OF = Pattern.compile("^\\s*(?:(?:out\\s+)?of\\s+(?:(?:our|the|its|their|a|an|roughly|about|around|"
            + "some|approximately|nearly|total|fleet|all)\\s+){0,3}|/\\s*)$", F);
    /** Between a whole and its part: "330k 片里有", "6500 张卡中", "总量 650k 中占". */
    private static final Pattern WHOLE_HOLDS = Pattern.compile("^\\s*\\S{0,4}?(?:中|里|当中|之中)(?:有|占|的|占了)?\\s*(?:约|大约)?\\s*$", F);

    private ShareShift() {
    }

    /** The two shares as START_VALUE and END_VALUE, when the values are two part-of-whole pairs; else false. */
    static boolean read(String q, List<Mention> vs, List<Known> out, List<Quantity> asked) {
        if (!asked.contains(Quantity.SHARE) && !asked.contains(Quantity.DIFFERENCE)) {
            return false;
        }
        List<Mention> plain = vs.stream().filter(m -> m.dim() != Dim.FRACTION && m.dim() != Dim.FACTOR).toList();
        List<Mention[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < plain.size(); i++) {
            Mention a = plain.get(i);
            Mention b = plain.get(i + 1);
            String between = q.substring(a.end(), Math.max(a.end(), b.start()));
            if (PART_OF.matcher(between).find() && a.value() < b.value()) {
                pairs.add(new Mention[]{a, b});
                i++;
            } else if (WHOLE_HOLDS.matcher(between).find() && b.value() < a.value()) {
                pairs.add(new Mention[]{b, a});
                i++;
            }
        }
        if (pairs.size() != 2 || plain.size() != 4) {
            return false;
        }
        out.add(share(Quantity.START_VALUE, pairs.get(0)));
        out.add(share(Quantity.END_VALUE, pairs.get(1)));
        vs.removeAll(plain);
        asked.remove(Quantity.SHARE);
        if (!asked.contains(Quantity.DIFFERENCE)) {
            asked.add(0, Quantity.DIFFERENCE);
        }
        return true;
    }

    private static Known share(Quantity q, Mention[] pair) {
        double s = pair[0].value() / pair[1].value();
        String step = StructureReader.fmt(pair[0].value()) + " ÷ " + StructureReader.fmt(pair[1].value()) + " = "
                + StructureReader.fmt(Math.round(s * 1000) / 10.0) + "%";
        Mention first = pair[0].start() < pair[1].start() ? pair[0] : pair[1];
        Mention last = first == pair[0] ? pair[1] : pair[0];
        return new Known(q, s, "fraction", Known.Origin.DERIVED, null, first.start(), last.end())
                .withNote("占比 " + step, "share " + step);
    }
}
