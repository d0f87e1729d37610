package zhiti.audit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.NameIndex;

/**
 * One fact stated twice with values that cannot both hold: a model's parameter count, in the same or different
 * documents. A count is tied to a model only when the model is the one name in its clause. Counts that agree with
 * each other (within their printed rounding) and with the catalog reproduce; counts that disagree are inconsistent,
 * and each of the pair names the other.
 */
public final class SameFactCheck implements Check {
    private static final java.util.regex.Pattern VARIANT = java.util.regex.Pattern.compile(
            "[\\s-]*(?:base|large|small|mini|medium|xl|xxl|pro|max|ultra|turbo|lite|plus|nano|flash|instruct|chat|\\d+(?:\\.\\d+)?\\s*[bBmMkK]?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern PARAMS_BEFORE = java.util.regex.Pattern.compile(
            "(?:参数量?|参数规模|参数数量|parameters?)\\s*(?:为|是|达到?|高达|多达|约为|大概在|大约|约|有|of|is|at)?\\s*(?:约|大约|大概)?\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern NAMED_BEFORE = java.util.regex.Pattern.compile(
            "([A-Z][A-Za-z0-9.\\-Σ]{2,})\\s*(?:模型|大模型)?\\s*(?:的)?\\s*(?:参数量?|参数规模|参数数量|has|with)\\s*(?:为|是|达到?|约为|大概在|大约|约|有)?\\s*(?:约|大约|大概)?\\s*$");
    private final NameIndex<ModelCard> models = Catalog.builtIn().models();

    @Override
    public List<Claim> run(Corpus corpus) {
        Map<String, List<Located>> byModel = new LinkedHashMap<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences()) {
                List<Located> counts = d.in(s).stream().filter(n -> (n.num().unit() == Unit.PARAMS || paramsBefore(d, s, n))
                        && (n.num().bound() == Num.Bound.EXACT || n.num().bound() == Num.Bound.ABOUT)).toList();
                if (counts.isEmpty()) continue;
                for (Located n : counts) {
                    String model = modelOf(d, s, n);
                    if (model != null) byModel.computeIfAbsent(model, k -> new ArrayList<>()).add(n);
                }
            }
        List<Claim> out = new ArrayList<>();
        for (Map.Entry<String, List<Located>> e : byModel.entrySet()) {
            List<Located> stated = e.getValue();
            for (Located n : stated) {
                List<Located> others = stated.stream().filter(m -> m != n && !agree(n, m)).toList();
                if (!others.isEmpty()) {
                    Located other = others.get(0);
                    List<Input> inputs = new java.util.ArrayList<>();
                    List<String> sources = new java.util.ArrayList<>();
                    StringBuilder elsewhere = new StringBuilder();
                    for (Located m : others) { // every other count, so "given three ways" reads as three
                        inputs.add(Input.of(e.getKey() + " parameters, stated elsewhere", m));
                        String where = m.doc().equals(n.doc()) ? "same document" : m.doc();
                        if (!sources.contains(where)) sources.add(where);
                        elsewhere.append(elsewhere.isEmpty() ? "" : ", ").append(Judge.fmt(m.value())).append(" (").append(m.num().text().strip())
                                .append(m.doc().equals(n.doc()) ? ", elsewhere in this document)" : ", in " + m.doc() + ")");
                    }
                    out.add(new Claim(n.doc(), n.num().start(), n.num().end(), n.num().text(), ClaimKind.SAME_FACT, Verdict.INCONSISTENT,
                            n.value(), other.value(), "parameters", "one model has one parameter count", inputs, sources,
                            String.format("%s is given %s parameters here and %s", e.getKey(), Judge.fmt(n.value()), elsewhere), other));
                } else {
                    ModelCard card = models.find(e.getKey()).orElse(null);
                    if (card != null && card.params() > 0 && n.num().matches(card.params(), 0.02))
                        out.add(Judge.claim(ClaimKind.SAME_FACT, n, Verdict.REPRODUCES, card.params(), "catalog parameter count",
                                List.of(Input.constant(card.name() + " parameters", card.params(), "parameters", "catalog: models, " + card.name())),
                                card.name() + " has " + Judge.fmt(card.params()) + " parameters in the catalog"));
                }
            }
        }
        return out;
    }

    /** "Sora 模型参数为 30B", "参数量大概在 30 亿": a count the parameter word comes before. */
    private static boolean paramsBefore(Doc d, Sentence s, Located n) {
        if (n.num().unit() != Unit.PLAIN) return false;
        return PARAMS_BEFORE.matcher(d.between(Math.max(s.start(), n.num().start() - 12), n.num().start())).find();
    }

    private static boolean agree(Located a, Located b) {
        double hedge = a.num().bound() == Num.Bound.ABOUT || b.num().bound() == Num.Bound.ABOUT ? 0.15 : 0.005;
        double tol = Math.max(a.num().rounding(), b.num().rounding()) * 1.0001 + Math.max(a.value(), b.value()) * hedge;
        return Math.abs(a.value() - b.value()) <= tol;
    }

    /** The one model named in the count's clause, or null when none or several are. */
    private String modelOf(Doc d, Sentence s, Located n) {
        int from = n.num().start(), to = n.num().end();
        String text = d.text();
        while (from > s.start() && "，,；;。".indexOf(text.charAt(from - 1)) < 0) from--;
        while (to < s.end() && "，,；;。".indexOf(text.charAt(to)) < 0) to++;
        String clause = text.substring(from, to);
        int at = n.num().start() - from, atEnd = n.num().end() - from;
        String name = null;
        for (NameIndex.Mention<ModelCard> m : models.mentions(clause)) {
            int mEnd = m.position() + m.length();
            boolean before = mEnd <= at;
            boolean rightAfter = m.position() >= atEnd && clause.substring(atEnd, m.position()).matches("\\s*(?:个)?(?:参数)?\\s*(?:的|of the|of|for)?\\s*");
            if (!before && !rightAfter) continue;
            if (VARIANT.matcher(clause.substring(mEnd)).lookingAt()) return null; // "BERT BASE", "GPT-4 Turbo": a variant the catalog name does not pin down
            if (name != null && !name.equals(m.entry().name())) return null;
            name = m.entry().name();
        }
        if (name == null) { // a model the catalog does not know, named right before its count: "Sora 模型参数为 30B"
            java.util.regex.Matcher m = NAMED_BEFORE.matcher(clause.substring(0, at));
            if (m.find() && !m.group(1).matches("(?i)GPU|CPU|TPU|AI|LLM|API|MoE|FLOPS?|Transformer")) name = m.group(1);
        }
        if (name == null && from > s.start() && LEADS_WITH_PARAMS.matcher(clause).lookingAt()) {
            // "去年推出的 GPT-4，估计参数约 1.8 万亿": the clause before names the model, this one gives its count
            int prev = from - 1;
            while (prev > s.start() && "，,；;。".indexOf(text.charAt(prev - 1)) < 0) prev--;
            List<NameIndex.Mention<ModelCard>> ms = models.mentions(text.substring(prev, from - 1));
            if (ms.size() == 1 && !VARIANT.matcher(text.substring(prev + ms.get(0).position() + ms.get(0).length(), from - 1)).lookingAt())
                name = ms.get(0).entry().name();
        }
        if (name != null && clause.matches("(?s).*(倍|times|×|相比|compared|than|比).*")) return null; // a comparison of two models
        return name;
    }

    private static final java.util.regex.Pattern LEADS_WITH_PARAMS = java.util.regex.Pattern.compile(
            "\\s*(?:估计|预计|据称|其|它的?)?\\s*(?:参数量?|参数规模|参数数量)", java.util.regex.Pattern.CASE_INSENSITIVE);
}
