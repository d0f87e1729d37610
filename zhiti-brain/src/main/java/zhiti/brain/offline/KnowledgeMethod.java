package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Map;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Quantity;
import zhiti.agent.Step;
import zhiti.brain.read.Known;
import zhiti.brain.read.QuestionReader;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.core.Lang;

/**
 * Answers a question about the documents without a language model: search the knowledge base and quote the best
 * passages, each with where it came from. Extractive on purpose — every sentence in the answer is in a document.
 */
final class KnowledgeMethod implements Method {

    /** When the question may be out of scope: answer from the documents only if they are really about it. */
    private final boolean orOutOfScope;
    /** Reads the figures in the quoted sentences, so each number quoted is also a figure with its source. */
    private final QuestionReader reader;

    KnowledgeMethod(QuestionReader reader) {
        this(reader, false);
    }

    KnowledgeMethod(QuestionReader reader, boolean orOutOfScope) {
        this.reader = reader;
        this.orOutOfScope = orOutOfScope;
    }

    static final String TOOL = zhiti.agent.ToolName.KB_SEARCH.id();
    private static final int PASSAGES = 8;
    private static final int QUOTED = 4;
    private static final int MAX_QUOTE_CHARS = 400;

    @Override
    public Plan plan(AgentContext ctx) {
        if (ctx.tools().stream().noneMatch(t -> t.name().equals(TOOL))) {
            return Plan.empty("no knowledge base to search");
        }
        String query = Glossary.expand(ctx.task().question());
        java.util.Optional<String> report = Glossary.reportNamed(ctx.task().question());
        if (report.isPresent()) {
            // "the CICC chapter says…": find that report by its name first, then search only in it
            var search = JsonNodeFactory.instance.objectNode().put("query",
                    Glossary.expand(Glossary.withoutReportName(ctx.task().question()))).put("k", PASSAGES);
            search.set("doc", zhiti.agent.StepReferences.to("kb-report", "/hits/0/doc", 1));
            return new Plan("find the report named → search it → quote the best passages", List.of(
                    new Step("kb-report", TOOL, JsonNodeFactory.instance.objectNode().put("query", report.get()).put("k", 1),
                            "find the report the question names"),
                    new Step("kb-1", TOOL, search, "find passages about the question in that report")));
        }
        return new Plan("search the knowledge base → quote the best passages", List.of(new Step("kb-1", TOOL,
                JsonNodeFactory.instance.objectNode().put("query", query).put("k", PASSAGES),
                "find passages about the question")));
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        Lang lang = ctx.task().lang();
        List<Observation> obs = ctx.memory().observations();
        if (ctx.plan() != null && ctx.plan().next(obs).isPresent() && obs.stream().allMatch(Observation::ok)) {
            return new Decision.Continue("the report is found; now search it");
        }
        if (obs.size() > 1 && !obs.get(obs.size() - 1).ok() && obs.get(0).ok()) {
            obs = List.of(obs.get(0)); // the named report's search failed: what the first search found is all there is
        }
        if (obs.isEmpty() && !ctx.memory().recalled().isEmpty()) {
            return quoted(lang, ctx.task().question(), ctx.memory().recalled(), reader);
        }
        if (obs.isEmpty()) {
            return new Decision.Finish(lang.pick("知识库还是空的：先用 `zhiti ingest 文件或目录` 导入研究报告，再来提问。",
                    "The knowledge base is empty: add research documents with `zhiti ingest PATH`, then ask again."),
                    List.of(), List.of());
        }
        Observation o = obs.get(obs.size() - 1);
        if (!o.ok()) {
            return Replies.failure(lang, o);
        }
        if (o.citations().isEmpty()) {
            return new Decision.Finish(lang.pick("知识库中没有找到相关内容。", "Nothing in the knowledge base matches."),
                    List.of(), List.of());
        }
        if (orOutOfScope && SentencePicker.best(Glossary.expand(ctx.task().question()), o.citations(), 1).stream()
                .noneMatch(p -> p.hits() >= SentencePicker.enough(ctx.task().question()))) {
            return new Decision.Finish(Replies.outOfScope(lang), List.of(), List.of());
        }
        return quoted(lang, ctx.task().question(), o.citations(), reader);
    }

    /** The sentences that best answer the question, each quoted with its source; whole passages if none match. */
    private static Decision.Finish quoted(Lang lang, String question, List<Citation> passages, QuestionReader reader) {
        List<String> lines = new ArrayList<>();
        lines.add(lang.pick("知识库中与问题最相关的内容：", "What the knowledge base says that best matches the question:"));
        // a named report is already the one searched: its name would only pick its heading
        String about = Glossary.reportNamed(question).isPresent() ? Glossary.withoutReportName(question) : question;
        List<SentencePicker.Pick> picks = SentencePicker.bestPerPart(Glossary.expand(about), passages, QUOTED);
        List<Citation> cited = new ArrayList<>();
        if (picks.isEmpty()) {
            passages.subList(0, Math.min(QUOTED, passages.size())).forEach(c -> {
                cited.add(c);
                lines.add("[" + cited.size() + "] " + quote(c.text()) + " — " + c.locator());
            });
        } else {
            for (SentencePicker.Pick p : picks) {
                cited.add(new Citation(p.from().doc(), p.from().locator(), p.sentence()));
                lines.add("[" + cited.size() + "] " + p.sentence() + " — " + p.from().locator());
            }
        }
        return new Decision.Finish(String.join("\n", lines), quotedFigures(cited, reader, "as printed in the document"), cited);
    }

    /** "大约到100万亿参数的模型…": the values a quoted sentence states, as printed, sourced to where it stands. */
    static List<Figure> quotedFigures(List<Citation> cited, QuestionReader reader, String formula) {
        List<Figure> out = new ArrayList<>();
        for (Citation c : cited) {
            for (Known k : reader.statedValues(c.text())) {
                String unit = k.unit().isEmpty() ? k.quantity().unit() : k.unit();
                if (k.isNumber() && k.origin() == Known.Origin.QUESTION && k.quantity().kind() == Quantity.Kind.NUMBER
                        && !"as stated".equals(unit)) {
                    out.add(new Figure(k.quantity().label(Lang.EN) + " (quoted)", k.number(), unit,
                            formula, Map.of(), c.doc() + " " + c.locator()));
                }
            }
            // a percentage the reader gave no role ("效率可跌至 3%") is still a figure the passage states
            Matcher m = PERCENT.matcher(c.text());
            while (m.find()) {
                double v = Double.parseDouble(m.group(1)) / 100;
                if (out.stream().noneMatch(f -> f.unit().equals("fraction") && Math.abs(f.value() - v) < 1e-12)) {
                    out.add(new Figure("percentage (quoted)", v, "fraction", formula, Map.of(),
                            c.doc() + " " + c.locator()));
                }
            }
            // "相当于 GPT-3 的 8.2 倍": a multiple the passage states
            Matcher x = MULTIPLE.matcher(c.text());
            while (x.find()) {
                double v = Double.parseDouble(x.group(1));
                if (out.stream().noneMatch(f -> f.unit().equals("×") && Math.abs(f.value() - v) < 1e-12)) {
                    out.add(new Figure("multiple (quoted)", v, "×", formula, Map.of(), c.doc() + " " + c.locator()));
                }
            }
        }
        return out;
    }

    private static final Pattern MULTIPLE = Pattern.compile("(?<![\\d.])(\\d{1,4}(?:\\.\\d+)?)\\s*(?:倍|times\\b|×(?!\\s*10))");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d+)?)\\s*%");

    private static String quote(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_QUOTE_CHARS ? t : t.substring(0, MAX_QUOTE_CHARS) + "…";
    }
}
