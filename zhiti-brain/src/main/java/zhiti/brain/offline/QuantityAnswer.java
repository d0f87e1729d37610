package zhiti.brain.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Quantity;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.brain.plan.PlanDraft;
import zhiti.brain.plan.PlanDraft.FromKnown;
import zhiti.brain.plan.PlanDraft.FromStep;
import zhiti.brain.plan.PlanDraft.Source;
import zhiti.brain.read.Known;
import zhiti.brain.read.Reading;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.core.Lang;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.units.Formats;

/**
 * Writes the answer to a quantity question from what the steps returned: each asked quantity first (per compared
 * case, then the comparison), how it was worked out (one line per tool call), what was read or derived from the
 * question and where a stated value replaced a catalog one, the checks reflection made, and every assumption.
 */
final class QuantityAnswer {

    /** Beyond this a training cluster is larger than any reported so far (about 100k GPUs by 2025). */
    private static final double LARGEST_PLAUSIBLE_GPUS = 200_000;

    private final Catalog catalog;
    private final ReportComparison reports;

    QuantityAnswer(Catalog catalog, ReportComparison reports) {
        this.catalog = catalog;
        this.reports = reports;
    }

    /** A keyword search for a document's own figure for the same model, machine and deadline, when there is a KB. */
    Optional<Step> reportCheck(Reading r, AgentContext ctx) {
        boolean kb = ctx.tools().stream().anyMatch(t -> ToolName.KB_SEARCH.is(t.name()));
        Optional<Known> model = r.known(Quantity.MODEL);
        List<String> hardware = hardware(r);
        Optional<Known> days = r.known(Quantity.DAYS);
        if (!kb || model.isEmpty() || hardware.isEmpty() || days.isEmpty()) {
            return Optional.empty();
        }
        // an exact figure is found better by its words (BM25) than by meaning
        String query = model.get().value() + " " + String.join(" ", hardware) + " " + Formats.human(days.get().number()) + "天 台";
        return Optional.of(new Step("reports", ToolName.KB_SEARCH.id(), JsonNodeFactory.instance.objectNode()
                .put("query", query).put("k", 5).put("mode", "bm25"), "look for published estimates to compare with"));
    }

    private static List<String> hardware(Reading r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.cases(); i++) {
            r.knowns(i).stream().filter(k -> k.quantity() == Quantity.HARDWARE).map(k -> String.valueOf(k.value()))
                    .filter(h -> !out.contains(h)).forEach(out::add);
        }
        return out;
    }

    /**
     * The answer from {@code obs}, the observations of this draft's steps; a later part of a staged question does not
     * repeat the values it took from the part before, which that part's answer shows.
     */
    Decision.Finish answer(Lang lang, Reading r, PlanDraft draft, AgentContext ctx, List<Observation> obs, List<String[]> revisions,
                           boolean laterPart) {
        Map<String, Observation> byId = new LinkedHashMap<>();
        obs.forEach(o -> byId.put(o.step().id(), o));
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (PlanDraft.Case c : draft.cases()) {
            String prefix = draft.cases().size() > 1 ? "[" + c.label() + "] " : "";
            for (var e : c.answers().entrySet()) {
                lines.add("• " + prefix + e.getKey().label(lang) + lang.pick("：", ": ")
                        + shown(e.getKey(), e.getValue(), byId, lang));
                plausibility(e.getKey(), e.getValue(), byId, lang).ifPresent(notes::add);
            }
        }
        for (PlanDraft.Compared c : draft.comparisons()) {
            // the ratio may have been taken larger over smaller ("谁更强"): name its terms in the order divided
            boolean swapped = c.source() instanceof FromStep f && byId.containsKey(f.stepId())
                    && byId.get(f.stepId()).data() != null && byId.get(f.stepId()).data().path("swapped").asBoolean(false);
            String top = draft.cases().get(swapped ? 1 : 0).label();
            String bottom = draft.cases().get(swapped ? 0 : 1).label();
            String of = draft.comparisons().size() > 1 ? lang.pick("（" + c.base().label(lang) + "）", " (" + c.base().label(lang) + ")") : "";
            lines.add("• " + lang.pick("两者之比", "ratio") + of + lang.pick("：", ": ") + shown(Quantity.FACTOR, c.source(), byId, lang)
                    + " (" + top + " ÷ " + bottom + ")");
        }
        List<Figure> figures = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<String> how = new ArrayList<>();
        for (Observation o : obs) {
            if (ToolName.KB_SEARCH.is(o.step().tool())) {
                continue; // passages are cited only when a figure in them is compared
            }
            if (o.ok()) {
                figures.addAll(o.figures());
                citations.addAll(o.citations());
            }
            how.add("  - " + how(lang, o, draft));
        }
        for (int i = 0; i < r.cases(); i++) {
            stated(r.knowns(i).stream().filter(k -> !laterPart || k.origin() != Known.Origin.CONVERSATION).toList(), lang, notes, figures);
        }
        revisions.forEach(n -> notes.add(lang.pick(n[0], n[1])));
        List<Citation> passages = new ArrayList<>(ctx.memory().recalled());
        obs.stream().filter(o -> o.ok() && ToolName.KB_SEARCH.is(o.step().tool())).forEach(o -> passages.addAll(o.citations()));
        Optional<String> model = r.known(Quantity.MODEL).map(k -> String.valueOf(k.value()));
        List<String> checks = reports.lines(lang, model, obs, passages);
        citations.addAll(reports.sources(model, obs, passages));
        List<String> text = new ArrayList<>(lines);
        if (!how.isEmpty()) {
            text.add(lang.pick("计算过程：", "How it was worked out:"));
            text.addAll(how);
        }
        notes.stream().distinct().forEach(n -> text.add(lang.pick("注：", "Note: ") + n));
        text.addAll(checks);
        List<String[]> assumed = new ArrayList<>();
        draft.cases().forEach(c -> c.assumptions().forEach(a -> {
            if (assumed.stream().noneMatch(x -> x[1].equals(a[1]))) {
                assumed.add(a);
            }
        }));
        if (!assumed.isEmpty()) {
            text.add(lang.pick("假设：", "Assumptions: ") + String.join(lang.pick("；", "; "),
                    assumed.stream().map(a -> lang.pick(a[0], a[1])).toList()) + lang.pick("。", "."));
        }
        return new Decision.Finish(String.join("\n", text), figures, citations.stream().distinct().toList());
    }

    /**
     * One call as a line: in English the tool's own summary; in Chinese the quantities it was called for, named
     * and formatted in Chinese, since the tools summarise in English.
     */
    private static String how(Lang lang, Observation o, PlanDraft draft) {
        List<zhiti.agent.Signature.Output> outs = draft.outputsOf(o.step().id());
        if (lang == Lang.EN || !o.ok() || outs.isEmpty()) {
            return FindingsWriter.line(lang, o);
        }
        List<String> parts = new ArrayList<>();
        for (zhiti.agent.Signature.Output out : outs) {
            JsonNode v = o.data().at(out.path());
            if (v.isNumber()) {
                parts.add(out.quantity().label(lang) + " " + ValueFormat.format(out.quantity(), v.asDouble() * out.scale(),
                        unitOf(out.quantity(), o), lang));
            } else if (v.isTextual()) {
                parts.add(out.quantity().label(lang) + " " + v.asText());
            }
        }
        if (parts.isEmpty()) {
            return FindingsWriter.line(lang, o);
        }
        return o.step().tool() + "：" + String.join("，", parts) + alternatives(o.data().path("alternatives"), lang);
    }

    /** The keys a tool's "alternatives" (other scaling-law fits) are given in, as the quantities they are. */
    private static final Map<String, Quantity> ALTERNATIVE_KEYS = Map.of("params", Quantity.PARAMS, "tokens", Quantity.TOKENS,
            "loss", Quantity.LOSS, "tokens_per_param", Quantity.TOKENS_PER_PARAM, "params_multiple", Quantity.PARAMS_MULTIPLE,
            "tokens_multiple", Quantity.TOKENS_MULTIPLE);

    /** "；其他拟合：besiroglu2024（参数量 …）": the labelled alternatives beside a default, in the answer's language. */
    private static String alternatives(JsonNode alts, Lang lang) {
        if (!alts.isArray() || alts.isEmpty()) {
            return "";
        }
        List<String> each = new ArrayList<>();
        for (JsonNode alt : alts) {
            List<String> vals = new ArrayList<>();
            ALTERNATIVE_KEYS.entrySet().stream().sorted(Map.Entry.comparingByKey()).filter(e -> alt.path(e.getKey()).isNumber())
                    .forEach(e -> vals.add(e.getValue().label(lang) + " " + ValueFormat.format(e.getValue(),
                            alt.get(e.getKey()).asDouble(), "", lang)));
            each.add(alt.path("law").asText() + "（" + String.join("，", vals) + "）");
        }
        return "；其他拟合：" + String.join("；", each);
    }

    private static String shown(Quantity q, Source s, Map<String, Observation> byId, Lang lang) {
        if (s instanceof FromKnown fk) {
            return fk.known().isNumber() ? ValueFormat.format(q, fk.known().number(), fk.known().unit(), lang)
                    : String.valueOf(fk.known().value());
        }
        FromStep fs = (FromStep) s;
        Observation o = byId.get(fs.stepId());
        if (o == null || !o.ok()) {
            return lang.pick("未能算出", "not worked out") + (o == null ? "" : " (" + o.error() + ")");
        }
        JsonNode v = o.data().at(fs.path());
        if (v.isNumber()) {
            return ValueFormat.format(q, v.asDouble() * fs.scale(), unitOf(q, o), lang);
        }
        return v.isMissingNode() ? lang.pick("无结果", "no result") : v.asText();
    }

    /** The unit a generic value carries through a tool: its stated unit, or the currency it was converted to. */
    private static String unitOf(Quantity q, Observation o) {
        JsonNode a = o.step().args();
        if (q == Quantity.CONVERTED_AMOUNT) {
            return o.data().path("to").asText(a.path("to").asText(""));
        }
        if (q == Quantity.GPUS || q == Quantity.MEMORY_GPUS || q == Quantity.BANDWIDTH_GPUS) {
            return o.data().path("accelerator").asText(o.data().path("hardware").asText(a.path("hardware").asText("")));
        }
        if (q == Quantity.SERVERS) {
            return o.data().path("hardware").asText(a.path("hardware").asText(""));
        }
        if (q == Quantity.USD || q == Quantity.ELECTRICITY_USD || q == Quantity.CAPEX_USD) {
            return o.data().path("currency").asText(a.path("currency").asText(""));
        }
        return a.path("unit").asText("");
    }

    private static Optional<String> plausibility(Quantity q, Source s, Map<String, Observation> byId, Lang lang) {
        if (!(s instanceof FromStep fs) || byId.get(fs.stepId()) == null || !byId.get(fs.stepId()).ok()) {
            return Optional.empty();
        }
        JsonNode v = byId.get(fs.stepId()).data().at(fs.path());
        if (!v.isNumber()) {
            return Optional.empty();
        }
        double x = v.asDouble() * fs.scale();
        if (!q.plausible(x)) {
            return Optional.of(lang.pick(q.label(lang) + " 的结果 " + Formats.human(x) + " 超出了合理范围，请检查问题中的数字和单位。",
                    "the " + q.label(lang) + " of " + Formats.human(x) + " is outside the range it can plausibly take; "
                            + "check the numbers and units in the question."));
        }
        if (q == Quantity.GPUS && x > LARGEST_PLAUSIBLE_GPUS) {
            return Optional.of(lang.pick("所需 GPU 数超过迄今公开的任何训练集群（约 10 万卡），期限可能不现实。",
                    "the fleet is larger than any training cluster reported so far (about 100k GPUs); the deadline "
                            + "may be unrealistic."));
        }
        if (q == Quantity.DAYS && x > 365) {
            return Optional.of(lang.pick("训练时间超过一年。", "the run would take more than a year."));
        }
        return Optional.empty();
    }

    /** What the answer rests on that the question gave indirectly: derived values, sizes read from names, overrides. */
    private void stated(List<Known> knowns, Lang lang, List<String> notes, List<Figure> figures) {
        for (Known k : knowns) {
            if (k.note() != null && k.isNumber() && (k.origin() == Known.Origin.DERIVED || k.origin() == Known.Origin.NAME)) {
                notes.add(k.quantity().label(lang) + " = " + ValueFormat.format(k.quantity(), k.number(), k.unit(), lang)
                        + lang.pick("（" + k.note()[0] + "）", " (" + k.note()[1] + ")"));
                figures.add(new Figure(k.quantity().label(Lang.EN), k.number(), k.quantity().unit(), k.note()[1], Map.of(),
                        lang.pick("由问题读出", "read from the question")));
            }
            if (k.note() != null && k.value() instanceof double[] parts && k.origin() == Known.Origin.DERIVED) {
                // "三成给预训练，剩下的 40% 给推理": each part the shares come to is a figure of its own, listed
                // before the computed ones
                notes.add(k.quantity().label(lang) + lang.pick("：" + k.note()[0], ": " + k.note()[1]));
                for (int i = 0; i < parts.length; i++) {
                    figures.add(i, new Figure(k.quantity().label(Lang.EN) + " " + (i + 1), parts[i], k.unit(), k.note()[1], Map.of(),
                            lang.pick("由问题读出", "read from the question")));
                }
            }
            if (k.origin() == Known.Origin.CONVERSATION) {
                notes.add(lang.pick("沿用前面得出的" + k.quantity().label(lang), "carried over from earlier: "
                        + k.quantity().label(lang)) + " = " + (k.isNumber()
                        ? ValueFormat.format(k.quantity(), k.number(), k.unit(), lang) : String.valueOf(k.value())));
            }
        }
        Overrides.notes(catalog, knowns, lang).forEach(notes::add);
    }
}
