package zhiti.brain.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * Wright's law as questions state it: "每当累计产量翻一倍，成本下降 15%" — a rate per doubling of cumulative output, not
 * per year — with the doublings counted ("连续翻倍 5 次", "after 4 doublings") or implied by output growing from A
 * to B (log₂(B ÷ A) doublings). The rate compounds once per doubling: cost × (1 − 15%)^n.
 */
final class LearningCurve {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PER_DOUBLING = Pattern.compile("(?:每|every|each|per|for each|with each|with every)\\s*"
            + "(?:一次|次|当)?\\s*(?:累计)?\\s*(?:的)?\\s*(?:产量|产能|出货量|销量|装机量|部署量|规模|(?:cumulative )?(?:production|output|"
            + "units?|volume|shipments|deployments?))?\\s*(?:的)?\\s*(?:翻(?:一)?倍|翻一番|doubling|doubles)|"
            + "经验曲线|experience curve|Wright'?s law|赖特定律|(?:every|each|per|with each|with every|for each|for every)\\s+doubling", F);
    private static final Pattern COUNTED_BEFORE = Pattern.compile("(?:翻倍|翻番|翻一番|doubl(?:es|ed|e))\\s*(?:了)?\\s*$", F);
    private static final Pattern COUNTED_AFTER = Pattern.compile("^\\s*(?:次翻倍|次翻番|doublings?|次|times\\b)", F);
    private static final Pattern RISE = Pattern.compile("上升|提高|增加|rises?|grows?|increases?", F);

    /** The unit of periods that are doublings of output rather than years. */
    static final String DOUBLING = "doubling";

    private LearningCurve() {
    }

    /** The reading of a learning-curve question, or empty when the question is not one. */
    static Optional<List<Known>> read(String q, List<Mention> mentions) {
        Matcher per = PER_DOUBLING.matcher(q);
        if (!per.find()) {
            return Optional.empty();
        }
        Mention rate = mentions.stream().filter(m -> m.dim() == Dim.FRACTION)
                .min(java.util.Comparator.comparingInt(m -> Math.abs(m.start() - per.start()))).orElse(null);
        if (rate == null) {
            return Optional.empty();
        }
        List<Known> out = new ArrayList<>();
        boolean rise = RISE.matcher(RoleReader.clause(q, rate)).find() && !RoleReader.declining(q, rate);
        out.add(Known.stated(Quantity.RATE, rise ? rate.value() : -rate.value(), "", rate)
                .withNote("每次产量翻倍变化 " + pct(rate.value()), "a change of " + pct(rate.value()) + " per doubling of output"));
        Mention counted = mentions.stream().filter(m -> m != rate && m.value() == Math.rint(m.value()) && m.value() < 100
                && (COUNTED_BEFORE.matcher(RoleReader.before(q, m, 8)).find() || COUNTED_AFTER.matcher(m.text().replaceFirst("^[\\d.,\\s]+", "") + RoleReader.after(q, m, 10)).find()))
                .findFirst().orElse(null);
        List<Mention> rest = new ArrayList<>(mentions.stream().filter(m -> m != rate && m != counted && m.dim() != Dim.DATE).toList());
        if (counted != null) {
            out.add(Known.stated(Quantity.PERIODS, counted.value(), DOUBLING, counted)
                    .withNote(fmt(counted.value()) + " 次翻倍", fmt(counted.value()) + " doublings"));
        } else {
            // output from A to B: log₂(B ÷ A) doublings
            List<Mention> volumes = rest.stream().filter(m -> !m.isMoney()).toList();
            if (volumes.size() < 2 || volumes.get(1).value() <= volumes.get(0).value()) {
                return Optional.empty();
            }
            double n = Math.log(volumes.get(1).value() / volumes.get(0).value()) / Math.log(2);
            Mention a = volumes.get(0);
            Mention b = volumes.get(1);
            out.add(new Known(Quantity.PERIODS, n, DOUBLING, Known.Origin.DERIVED, null, a.start(), b.end())
                    .withNote("产量 " + fmt(a.value()) + " → " + fmt(b.value()) + "：log₂(" + fmt(b.value() / a.value()) + ") = "
                            + fmt(n) + " 次翻倍", "output " + fmt(a.value()) + " → " + fmt(b.value()) + ": log₂("
                            + fmt(b.value() / a.value()) + ") = " + fmt(n) + " doublings"));
            rest.remove(a);
            rest.remove(b);
        }
        rest.stream().filter(Mention::isMoney).findFirst().or(() -> rest.stream().findFirst()).ifPresent(start ->
                out.add(new Known(Quantity.START_VALUE, start.value(), start.isMoney() ? start.currency() : start.unit(),
                        Known.Origin.QUESTION, null, start.start(), start.end())));
        return Optional.of(out);
    }

    private static String pct(double fraction) {
        return fmt(fraction * 100) + "%";
    }

    private static String fmt(double v) {
        return zhiti.econ.units.Formats.human(v);
    }
}
