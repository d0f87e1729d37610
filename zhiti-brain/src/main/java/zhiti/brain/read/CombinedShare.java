package zhiti.brain.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * "共 6760 亿，其中 SaaS 2440 亿、PaaS 1760 亿、IaaS 1820 亿：PaaS 和 IaaS 合计占多少？", "capex 4800 亿，AI 服务器 2160 亿，
 * 土建 1200 亿，这两项加起来占多少？": the share of several parts taken together. The largest value is the whole; the
 * parts are those the asking clause names (or both, when it says "the two"), added up.
 */
final class CombinedShare {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TOGETHER = Pattern.compile("加起来|合计|合起来|together|combined|between them|taken together", F);
    private static final Pattern THE_TWO = Pattern.compile("这两项|两项|两者|二者|both|the two|these two", F);
    private static final Pattern CLAUSE_END = Pattern.compile("[。.!！?？;；]");
    private static final Pattern LABEL_END = Pattern.compile("[\\s、，,：:（(]*(?:约|约为|为|是|of|at|is|was)?\\s*[$￥¥]?$", F);

    private CombinedShare() {
    }

    /** The whole and the named parts' sum as PART, when the question asks the share of parts together; else false. */
    static boolean read(String q, List<Mention> vs, List<Known> out, List<Quantity> asked) {
        String asking = askingClause(q);
        // with an earlier question ("A 占比多少？这两项加起来占多少？") the whole is read for that one; the parts
        // together are the later question's, read on its own
        if (!asked.contains(Quantity.SHARE) || !TOGETHER.matcher(asking).find()
                || q.strip().replaceAll("[?？]+$", "").matches("(?s).*[?？].*")) {
            return false;
        }
        List<Mention> values = vs.stream().filter(m -> m.dim() != Dim.FRACTION && m.dim() != Dim.FACTOR).toList();
        if (values.size() < 3) {
            return false;
        }
        Mention whole = values.stream().max(Comparator.comparingDouble(Mention::value)).orElseThrow();
        List<Mention> parts = values.stream().filter(m -> m != whole && m.dim() == whole.dim()).toList();
        List<Mention> named = new ArrayList<>();
        for (Mention p : parts) {
            String label = label(q, p, values);
            if (label.length() >= 2 && asking.toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT))) {
                named.add(p);
            }
        }
        if (named.size() < 2 && parts.size() == 2 && THE_TWO.matcher(asking).find()) {
            named = parts;
        }
        if (named.size() < 2) {
            return false;
        }
        double sum = named.stream().mapToDouble(Mention::value).sum();
        String terms = String.join(" + ", named.stream().map(m -> StructureReader.fmt(m.value())).toList());
        vs.removeAll(values);
        out.add(Known.stated(Quantity.WHOLE, whole.value(), whole.unit(), whole));
        out.add(new Known(Quantity.PART, sum, whole.unit(), Known.Origin.DERIVED, null, named.get(0).start(),
                named.get(named.size() - 1).end()).withNote(terms + " = " + StructureReader.fmt(sum), terms + " = "
                + StructureReader.fmt(sum)));
        return true;
    }

    /** The clause that asks: from the last sentence end before the question's end. */
    private static String askingClause(String q) {
        String t = q.strip().replaceAll("[?？]+$", "");
        var m = CLAUSE_END.matcher(t);
        int at = 0;
        while (m.find()) {
            at = m.end();
        }
        return t.substring(at);
    }

    /** The words naming a value: what stands between the value before it (or a clause mark) and the number. */
    private static String label(String q, Mention p, List<Mention> values) {
        int from = values.stream().filter(v -> v.end() <= p.start()).mapToInt(Mention::end).max().orElse(0);
        String before = q.substring(from, p.start());
        String[] pieces = before.split("[，,、。；;：:]");
        String last = pieces.length == 0 ? "" : pieces[pieces.length - 1];
        last = LABEL_END.matcher(last).replaceAll("").replaceAll("^(?:其中|其余|and|以及|及|和|与)\\s*", "").strip();
        // the name's last word is enough to find it in the asking clause ("数据中心业务" → "业务" is too little: keep it whole)
        String[] words = last.split("\\s+");
        return words.length > 1 && last.matches(".*[A-Za-z].*") ? words[words.length - 1] : last;
    }

    /**
     * "$1.65bn is GPUs and $380 million is networking … what share is GPUs?": the stated part whose label (the word
     * after it, "is GPUs") the asking sentence repeats; null when none or several do.
     */
    static Mention namedInQuestion(String q, List<Mention> parts) {
        int ask = Math.max(q.lastIndexOf('.', Math.max(0, q.indexOf('?'))), q.lastIndexOf('。', Math.max(0, q.indexOf('？'))));
        String asking = q.substring(Math.max(0, ask)).toLowerCase(java.util.Locale.ROOT);
        List<Mention> hits = new ArrayList<>();
        for (Mention m : parts) {
            java.util.regex.Matcher after = LABEL_AFTER.matcher(q.substring(m.end(), Math.min(q.length(), m.end() + 30)));
            if (after.lookingAt() && asking.contains(after.group(1).toLowerCase(java.util.Locale.ROOT))) {
                hits.add(m);
            }
        }
        return hits.size() == 1 ? hits.get(0) : null;
    }

    private static final Pattern LABEL_AFTER = Pattern.compile("\\s*(?:is|are|goes to|go to|on|for|in|是|为|用于|投向|花在)\\s*"
            + "(?:the\\s+)?([A-Za-z][\\w&-]{2,}|[\\p{IsHan}]{2,4})", F);

}
