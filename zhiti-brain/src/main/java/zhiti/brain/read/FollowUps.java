package zhiti.brain.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * Follow-ups in a conversation — "and with 1024?", "what about on A100?", "那 30 天呢？", "如果 MFU 只有 30%" —
 * only make sense with the turn before: they keep its asked and known quantities and replace what they restate.
 */
public final class FollowUps {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** What a trend's value may be asked as: "再过两年会有多少 token", "what would revenue be in 2027". */
    private static final java.util.Set<Quantity> MEASURES = java.util.EnumSet.of(Quantity.TOKENS, Quantity.TOKENS_PER_DAY,
            Quantity.USD, Quantity.CAPEX_USD, Quantity.COMPUTE, Quantity.PARAMS, Quantity.QUERIES_PER_DAY, Quantity.END_VALUE);
    /** "OK, and on an H20?", "好的，那 30 天呢？": an acknowledgement before the follow-up's own opener. */
    private static final String ACK = "(?:(?:ok(?:ay)?|alright|right|great|thanks|got it|cool|sure|好的?|嗯|行|明白了?)[\\s,.!，。！、]+)?";
    private static final Pattern OPENER = Pattern.compile("^\\s*" + ACK + "(?:and\\b|what about|how about|what if|then\\b|also\\b|switch|"
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
        // "What if we quantize the weights to 4-bit on that A100?": longer, but it opens as a follow-up and asks nothing
        boolean opened = t.length() <= 90 && asked.isEmpty() && OPENER.matcher(t).find();
        return (shortish || opened) && (OPENER.matcher(t).find() || t.matches("(?s).*呢\\s*[？?]?\\s*$") || BACK_REFERENCE.matcher(t).find())
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
        boolean trend = previous.has(Quantity.END_VALUE) && previous.has(Quantity.START_VALUE);
        if (trend && (now.has(Quantity.END_DATE) || now.has(Quantity.PERIODS)) && !now.asked().isEmpty()
                && MEASURES.containsAll(now.asked())) {
            asked = List.of(Quantity.END_VALUE); // "照这个速度，再过两年日均会有多少 token？": the trend's value then
        }
        List<Known> knowns = new ArrayList<>();
        for (Known k : now.knowns()) {
            knowns.add(bare(k) ? replacing(k, previous) : k);
        }
        for (Known k : previous.knowns()) {
            if (knowns.stream().noneMatch(n -> n.quantity() == k.quantity()) && !replacedBy(k, now)) {
                knowns.add(k.withOrigin(Known.Origin.CONVERSATION));
            }
        }
        project(previous, now, knowns);
        scale(now.text(), knowns);
        List<List<Known>> variants = now.variants().isEmpty() && !now.has(Quantity.HARDWARE) ? previous.variants() : now.variants();
        return new Reading(now.text(), now.lang(), asked, knowns, variants, true);
    }

    /**
     * "按这个增速，2030 年会是多少？" after a growth from A (2016) to B (2024): the projection starts from B in 2024 and
     * runs to the new date, so the old start no longer applies.
     */
    private static void project(Reading previous, Reading now, List<Known> knowns) {
        Known to = now.known(Quantity.END_DATE).or(() -> now.known(Quantity.PERIODS)).orElse(null);
        Known lastEnd = previous.known(Quantity.END_VALUE).orElse(null);
        Known lastDate = previous.known(Quantity.END_DATE).orElse(null);
        // "2026 年之后保持这个增速，2028 年…": a start the turn before ended at is the same projection
        boolean ownStart = now.known(Quantity.START_DATE).filter(d -> !String.valueOf(d.value()).equals(String.valueOf(
                lastDate == null ? null : lastDate.value()))).isPresent();
        // "再过两年": a number of years on from the last value needs no dates
        boolean byYears = to != null && to.quantity() == Quantity.PERIODS;
        if (to == null || lastEnd == null || lastDate == null && !byYears || ownStart) {
            return;
        }
        knowns.removeIf(k -> k.quantity() == Quantity.START_VALUE || k.quantity() == Quantity.START_DATE
                || k.quantity() == Quantity.END_VALUE || k.quantity() == Quantity.PERIODS && k != to || k.quantity() == Quantity.FACTOR
                || byYears && k.quantity() == Quantity.END_DATE);
        knowns.add(lastEnd.as(Quantity.START_VALUE).withOrigin(Known.Origin.CONVERSATION)
                .withNote("从上一轮的终值起算", "starting from the last turn's end value"));
        if (!byYears) {
            knowns.add(lastDate.as(Quantity.START_DATE).withOrigin(Known.Origin.CONVERSATION));
        }
    }

    /** "What if traffic triples?", "如果参数量翻倍": the previous value of what is named, times the factor. */
    private static void scale(String text, List<Known> knowns) {
        Matcher m = SCALE.matcher(text);
        if (!m.find()) {
            return;
        }
        double factor = factor(m);
        if (!(factor > 0) || factor == 1) {
            return;
        }
        for (Map.Entry<Pattern, List<Quantity>> e : SUBJECTS.entrySet()) {
            if (!e.getKey().matcher(text).find()) {
                continue;
            }
            for (Quantity q : e.getValue()) {
                Known k = knowns.stream().filter(x -> x.quantity() == q && x.isNumber()
                        && x.origin() == Known.Origin.CONVERSATION).findFirst().orElse(null);
                if (k != null) {
                    knowns.remove(k);
                    String f = zhiti.econ.units.Formats.human(factor);
                    knowns.add(new Known(q, k.number() * factor, k.unit(), Known.Origin.DERIVED, null, m.start(), m.end())
                            .withNote("上一轮的 " + zhiti.econ.units.Formats.human(k.number()) + " × " + f,
                                    "the last turn's " + zhiti.econ.units.Formats.human(k.number()) + " × " + f));
                    return;
                }
            }
        }
    }

    private static double factor(Matcher m) {
        String w = m.group().toLowerCase(java.util.Locale.ROOT);
        if (m.group(1) != null) {
            return Double.parseDouble(m.group(1));
        }
        if (w.contains("halv") || w.contains("减半") || w.contains("一半")) {
            return 0.5;
        }
        if (w.contains("tripl") || w.contains("三倍")) {
            return 3;
        }
        if (w.contains("quadrupl") || w.contains("四倍")) {
            return 4;
        }
        return 2; // doubles, 翻倍, 翻一番
    }

    private static final Pattern SCALE = Pattern.compile("(?:grows?|increases?|rises?|goes up|is|were|was|涨|增加|增长|提高|扩大|变成|变为|翻)\\s*(?:by|to|到|为|至|了)?\\s*"
            + "(\\d+(?:\\.\\d+)?)\\s*(?:倍|x\\b|×|times\\b|-fold)|doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|quadrupl(?:es|ed|ing)|halv(?:es|ed|ing)|"
            + "翻(?:一)?倍|翻一番|减半|少一半|三倍|四倍", F);
    /** What a what-if names, and the quantities of the turn before it scales (the first one present). */
    private static final Map<Pattern, List<Quantity>> SUBJECTS = new java.util.LinkedHashMap<>();

    static {
        SUBJECTS.put(Pattern.compile("traffic|流量|请求|访问|用户|users?|queries|查询|提问|demand|需求|生成量|调用量|token\\s*量|"
                + "日生成|volume|load|负载", F),
                List.of(Quantity.QUERIES_PER_DAY, Quantity.TOKENS_PER_DAY));
        SUBJECTS.put(Pattern.compile("tokens?|数据|data", F), List.of(Quantity.TOKENS, Quantity.TOKENS_PER_DAY, Quantity.TOKENS_PER_QUERY));
        SUBJECTS.put(Pattern.compile("预算|budget|算力|compute|FLOP", F), List.of(Quantity.COMPUTE, Quantity.USD));
        SUBJECTS.put(Pattern.compile("model|参数|模型|params|parameters|size", F), List.of(Quantity.PARAMS, Quantity.ACTIVE_PARAMS));
        SUBJECTS.put(Pattern.compile("GPUs?|cards?|卡|集群|cluster|fleet|accelerators?", F), List.of(Quantity.GPUS));
        SUBJECTS.put(Pattern.compile("servers?|服务器|节点|nodes?", F), List.of(Quantity.SERVERS));
        SUBJECTS.put(Pattern.compile("price|价格|租金|电价|成本|cost|rate", F),
                List.of(Quantity.USD_PER_GPU_HOUR, Quantity.USD_PER_KWH, Quantity.USD_PER_GPU));
        SUBJECTS.put(Pattern.compile("deadline|time|期限|时间|天数|days", F), List.of(Quantity.DAYS));
        SUBJECTS.put(Pattern.compile("context|上下文|sequence|序列", F), List.of(Quantity.SEQ_LEN));
        SUBJECTS.put(Pattern.compile("batch|批", F), List.of(Quantity.BATCH));
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
