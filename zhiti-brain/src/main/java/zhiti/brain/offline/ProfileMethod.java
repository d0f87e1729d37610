package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import zhiti.agent.AgentContext;
import zhiti.brain.read.QuestionReader;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.core.Citation;
import zhiti.core.Figure;
import zhiti.core.Lang;

/**
 * What the user says about themselves or their work ("My name is Li Wei and I work on H20 procurement", "我们集群
 * 用的是 H800", "our PUE is 1.25") goes to core memory, as MemGPT keeps its "human" block; questions about it
 * ("What is my name?", "我负责的是哪款芯片？", "What did I ask about H100 earlier?") are answered by quoting what
 * the user said, from core memory and the conversation's earlier turns.
 */
final class ProfileMethod implements Method {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final String HUMAN = "human";
    /** What may open a statement before it starts: "Thanks. For the rest of this session: I'm …", "Hi, I'm …". */
    private static final String PREAMBLE = "(?:(?:thanks|thank you|ok(?:ay)?|great|cool|got it|perfect|hi|hello|hey|好的|谢谢|嗯|你好|好)"
            + "[\\s!,.，。！、:：—–-]*)*(?:(?:for the rest of (?:this|the|our) (?:session|conversation|chat)|going forward|for context|"
            + "(?:one )?more thing|another thing|also|btw|by the way|接下来|这次对话里|顺便|"
            + "还有一点|另外一点|再补充一点)[\\s,:：，—–-]*)?";
    private static final Pattern STATEMENT = Pattern.compile("^\\s*" + PREAMBLE + "(?:my name is|i'm|i am|i work|i'm working|we(?:'re|'ve|'ll| are| will)\\b|we (?:use|pay|run|have|are|plan|"
            + "buy|rent|train|serve|operate)|our (?:team|company|cluster|budget|model|electricity|pue|mfu|data|gpus?|price)|"
            + "from now on|note:|fyi|for the record|some context|context:|remember that|(?:to )?keep in mind|our house view|house view|另外|先记一下|记一下|请记住|记住|"
            + "先说明一下|说明一下|补充一下|顺便说一下|背景：|我叫|我的名字|我是|我在|我负责|我们(?:的|用|在|公司|集群|团队|计划|预算|电价|汇率|买|租|有)|"
            + "我的预算|从现在起|以后都按|注意：|假设我们)", F);
    private static final Pattern QUESTION_MARK = Pattern.compile("[?？]\\s*$|\\b(?:what|which|how|who|when|where|why)\\b|多少|几|什么|哪|吗\\s*$|"
            + "^\\s*(?:please\\s+)?(?:convert|compute|calculate|estimate|work out|figure out|size|price)\\b|^\\s*(?:请|帮我)?(?:算|计算|换算|估算|折算)", F);
    private static final Pattern ABOUT_ME = Pattern.compile("what(?:'s| is) my name|what name did i (?:give|tell|say)|who am i|what do i work on|what (?:did|have) i (?:say|tell|mention|ask)|"
            + "which (?:company|chip|model|project).{0,30}\\bi\\b|remind me|我叫什么|(?:还)?记得我(?:是|叫|做|在)|我是做什么的|我做什么的|我(?:的)?(?:预算|工作|职业|身份)是(?:多少|什么)|我的名字|我是谁|(?:项目|我们的?项目)(?:代号|名字|名称)(?:是|叫)什么|代号叫什么|我负责|我(?:之前|刚才|前面)(?:说|问|提)|"
            + "我们用的是什么|我们(?:集群)?用的(?:是)?(?:什么|哪)|计划采购多少|我在做什么|what am i working on|what did i ask|"
            // "我主要跟的是哪些型号？", "which chips do I cover?": what the user said they work on
            + "我(?:主要|平时|一般|现在|目前)?(?:跟踪|追踪|跟|做|负责|关注|盯|研究|覆盖|管|卖|代理|看)的?(?:是)?(?:哪些|哪个|哪几|什么)|提醒我(?:一下)?[，,：:]?\\s*我|"
            + "what (?:do|did) i (?:cover|follow|track|focus on|handle|sell)|which \\w+(?: \\w+)? (?:do|did) i (?:cover|follow|track|focus on|handle|sell|work on)", F);
    private static final Pattern NOTED = Pattern.compile("^(?:好的，已记下：|Noted: )");
    private static final Pattern WORDS = Pattern.compile("[\\p{IsHan}]|[A-Za-z0-9][A-Za-z0-9.\\-]*");

    private final boolean answering;
    /** Reads the numbers in what the user said, so a recalled "0.45 元/度, PUE 1.3" comes back as figures too. */
    private final QuestionReader reader;

    private ProfileMethod(boolean answering, QuestionReader reader) {
        this.answering = answering;
        this.reader = reader;
    }

    /** A statement about the user or their work, in a conversation: no question, and it starts as one does. */
    /** "No question yet, just keep it in mind", "先记着就行": said anywhere, the turn tells rather than asks. */
    private static final Pattern JUST_NOTE = Pattern.compile("no question(?: yet| for now)?|just (?:keep|note|remember) (?:it|this|that)"
            + "|keep (?:it|this|that) in mind|for later[:,]|nothing to (?:calculate|compute|work out|answer|do) (?:yet|for now|right now)"
            + "|no (?:calculation|maths?|math) (?:needed |yet|for now)|先记(?:着|下|住)(?:就行|就好)?|记着就行|备用|不用(?:算|回答)"
            + "|(?:暂时|先)(?:不用|不需要|没有要)(?:算|计算)", F);

    static boolean isStatement(String q) {
        // "nothing to calculate yet" outweighs a "when" or "how" inside the statement; only a question mark does not
        if (JUST_NOTE.matcher(q).find()) {
            return !q.matches("(?s).*[?？].*");
        }
        if (QUESTION_MARK.matcher(q).find()) {
            return false;
        }
        // "先交代一下背景：我在…，我们组内…": no interrogative anywhere, and the user speaks of themselves
        return STATEMENT.matcher(q).find() || (FIRST_PERSON.matcher(q).find() || FACT.matcher(q).find()) && !IMPERATIVE.matcher(q).find();
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("我|咱们|\\b(?:I|I'm|I've|we|we're|we've|our|my)\\b", Pattern.UNICODE_CASE);
    /** "Average answer length is around 450 tokens.", "模型是 14B 的": a plain fact about the work, stated, not asked. */
    private static final Pattern FACT = Pattern.compile("^[^?？]{3,160}\\b(?:is|are|was|runs?|sits?)\\b[^?？]*\\d[^?？]*[.。]?\\s*$|"
            + "^[^?？]{1,80}(?:是|为|约为|大约|在)\\s*[\\d一二三四五六七八九十][^?？]*[。.]?\\s*$", F);
    /** "Tell me …", "给我列一下…": a request without a question mark is still a request. */
    private static final Pattern IMPERATIVE = Pattern.compile("^\\s*(?:please\\s+)?(?:tell|give|show|list|find|estimate|compare|explain|"
            + "summari[sz]e|help|let me know)\\b|^\\s*(?:请|帮我|麻烦|给我|告诉我|列出|列一下|比较|解释|对比|估一下|查一下)|帮我|帮忙|告诉我|给我(?:算|列|查|讲|看)", F);

    private static final Pattern CONTEXT_NOTE = Pattern.compile("context|背景|just so you know|for the record|\\bfyi\\b|heads[- ]up|"
            + "先交代|先说明|先介绍|介绍一下|先说一下|后面会|接下来会|稍后会|I'll (?:be asking|ask)|we'll (?:be asking|ask)|more questions later|"
            // introductions: "Hi, Tom Keller here.", "My name is…", "I'm a reporter…", "我叫…", "我是…的分析师"
            + "\\b(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) here\\b|\\bmy name is\\b|\\bI(?:'m| am) (?:a|an|the)\\b|我叫|我姓|我是(?!想|说|问)|"
            + "\\bintro(?:duction)?\\b|before my questions|\\bI(?:'m| am) (?-i:\\p{Lu})\\p{L}+", F);

    /** "Just so you have context: I'm a PhD student…": a statement that says it is background, even outside a chat. */
    static boolean isContextNote(String q) {
        return CONTEXT_NOTE.matcher(q).find() && isStatement(q);
    }

    /** Whether a turn asks something (a question mark or an interrogative), as opposed to telling something. */
    static boolean isQuestion(String q) {
        return QUESTION_MARK.matcher(q).find();
    }

    /** "按我前面说的租金，总成本多少？", "at the price I gave earlier, what does it cost?": what was said is an input, not the subject. */
    private static final Pattern USING_WHAT_I_SAID = Pattern.compile("(?:按|按照|根据|用|以|依)\\s*(?:我|我们)(?:之前|刚才|前面|上面)?(?:说|提|给)(?:的|过的)"
            + "|(?:at|with|using|use|by) (?:the|my|our) \\w+(?: \\w+)? (?:i|we) (?:gave|said|mentioned|stated|told you)", F);

    static boolean isAboutUser(String q) {
        return ABOUT_ME.matcher(q).find() && !USING_WHAT_I_SAID.matcher(q).find();
    }

    static ProfileMethod remembering() {
        return new ProfileMethod(false, null);
    }

    static ProfileMethod answering(QuestionReader reader) {
        return new ProfileMethod(true, reader);
    }

    @Override
    public Plan plan(AgentContext ctx) {
        String q = ctx.task().question();
        if (answering) {
            if (has(ctx, ToolName.CONVERSATION_SEARCH)) {
                return new Plan("search what the user said → quote it", List.of(new Step("recall-1",
                        ToolName.CONVERSATION_SEARCH.id(), JsonNodeFactory.instance.objectNode().put("query", q).put("k", 5),
                        "find what the user said about it")));
            }
            return Plan.empty("answer from core memory");
        }
        if (has(ctx, ToolName.MEMORY_INSERT)) {
            return new Plan("note it in core memory (human block)", List.of(new Step("core-1", ToolName.MEMORY_INSERT.id(),
                    JsonNodeFactory.instance.objectNode().put("label", HUMAN).put("text", q.strip()), "remember what the user said")));
        }
        if (has(ctx, ToolName.MEMORY_REMEMBER)) {
            return new Plan("save the note → confirm", List.of(new Step("remember-1", ToolName.MEMORY_REMEMBER.id(),
                    JsonNodeFactory.instance.objectNode().put("text", q.strip()).put("kind", "fact"), "save the note")));
        }
        return Plan.empty("nowhere to remember");
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        Lang lang = ctx.task().lang();
        List<Observation> obs = ctx.memory().observations();
        if (ctx.plan().next(obs).isPresent()) {
            return new Decision.Continue("next step");
        }
        if (!answering) {
            String q = ctx.task().question().strip();
            boolean ok = !obs.isEmpty() && obs.get(0).ok();
            return new Decision.Finish(ok ? lang.pick("好的，已记下：" + q, "Noted: " + q)
                    : lang.pick("这里无法保存记忆：" + q, "I cannot keep notes here: " + q), List.of(), List.of());
        }
        return quote(lang, ctx, obs);
    }

    /** The user's own earlier words that share the most words with the question, most relevant first. */
    private Decision quote(Lang lang, AgentContext ctx, List<Observation> obs) {
        List<String> said = new ArrayList<>();
        Arrays.stream(ctx.task().conversation().block(HUMAN).split("\n")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(said::add);
        for (String earlier : ctx.task().conversation().earlierQuestions()) {
            if (!said.contains(earlier.strip())) {
                said.add(earlier.strip());
            }
        }
        // a search may find the acknowledgement too ("好的，已记下：…"): what was noted is the user's own words
        // the assistant's own replies are not what the user said, except an acknowledgement that repeats it
        obs.stream().filter(Observation::ok).flatMap(o -> o.citations().stream())
                .filter(c -> !c.locator().endsWith("(assistant)") || NOTED.matcher(c.text().strip()).find()).map(Citation::text)
                .map(t -> NOTED.matcher(t.strip()).replaceFirst("").strip())
                .filter(t -> !said.contains(t)).forEach(said::add);
        said.remove(ctx.task().question().strip());
        if (said.isEmpty()) {
            return new Decision.Finish(lang.pick("你还没有告诉我这些。", "You have not told me that yet."), List.of(), List.of());
        }
        List<String> q = words(ctx.task().question());
        List<String> ranked = new ArrayList<>(said);
        boolean asking = Pattern.compile("\\bask|问", F).matcher(ctx.task().question()).find();
        ranked.removeIf(s -> asking ? !QUESTION_MARK.matcher(s).find() && s.length() < 8 : false);
        ranked.sort((a, b) -> Integer.compare(overlap(q, b), overlap(q, a)));
        int best = ranked.isEmpty() ? 0 : overlap(q, ranked.get(0));
        if (best > 0) {
            ranked.removeIf(x -> overlap(q, x) == 0); // lines that share no word with the question answer nothing
        }
        List<String> top = ranked.subList(0, Math.min(ranked.size(), 4));
        List<Citation> cited = top.stream().map(s -> new Citation("conversation", "you said", s)).toList();
        String body = String.join("\n", top.stream().map(s -> "• " + s).toList());
        List<Figure> figures = new ArrayList<>(KnowledgeMethod.quotedFigures(cited, reader, "as you said earlier"));
        String total = TOTAL.matcher(ctx.task().question()).find() ? totalCount(figures) : "";
        return new Decision.Finish(lang.pick("根据你之前说过的：\n", "From what you told me earlier:\n") + body
                + (total.isEmpty() ? "" : "\n" + lang.pick("合计：", "In total: ") + total), figures, cited);
    }

    private static final Pattern TOTAL = Pattern.compile("in total|altogether|combined|all told|总共|一共|合计|加起来|总计|总数", F);

    /** "96 H100s and 32 A100s … how many GPUs in total?": the counts of one unit the user gave, added up. */
    private static String totalCount(List<Figure> figures) {
        for (String unit : List.of("GPU", "server")) {
            List<Figure> parts = figures.stream().filter(f -> f.unit().equals(unit)).toList();
            if (parts.size() >= 2) {
                double sum = parts.stream().mapToDouble(Figure::value).sum();
                String formula = String.join(" + ", parts.stream().map(f -> zhiti.econ.units.Formats.human(f.value())).toList());
                figures.add(new Figure("total " + unit + "s", sum, unit, formula, Map.of(), "as you said earlier"));
                return formula + " = " + zhiti.econ.units.Formats.human(sum) + " " + unit;
            }
        }
        return "";
    }

    private static int overlap(List<String> q, String s) {
        List<String> w = words(s);
        int n = 0;
        for (String x : q) {
            if (w.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        var m = WORDS.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean has(AgentContext ctx, ToolName t) {
        return ctx.tools().stream().anyMatch(x -> t.is(x.name()));
    }
}
