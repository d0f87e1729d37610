package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.ToolName;
import zhiti.econ.catalog.NameIndex;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;

/**
 * Reads the requests that go to one tool of the belt: "plot the cost per GFLOPS since 1945 with its fit" (chart),
 * "what was $4.6M in RMB on 15 March 2020?" (fx_convert at that day's ECB rate), "compute (1.07^10 − 1) / 0.07"
 * (run_code), "read this aloud: …" (speak), "search the web for …" (web_search), "which chips have a BF16 peak
 * above 500 TFLOPS?" (sql_query). Each reader is conservative: it
 * answers only when the request is plain, so a quantity question is still planned over the calculators.
 */
final class ToolBeltRequests {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** One call: the tool, its arguments, and what the plan says it does. */
    record Request(ToolName tool, ObjectNode args, String goal, String purpose) {
    }

    private static final Pattern PLOT = Pattern.compile("\\b(?:plot|chart|graph|visuali[sz]e)\\b|"
            // "draw a chart", "please draw …" — not "how much power does the facility draw"
            + "\\bdraw\\s+(?:me\\s+|us\\s+)?(?:a|an|the|this|that|it)?\\s*(?:\\w+\\s+){0,2}?(?:chart|graph|plot|curve|diagram|picture)|"
            + "^\\s*(?:please\\s+|can you\\s+|could you\\s+)?draw\\b|画(?:一张|个|一下|出)?(?:图|曲线)?|绘制|作图|"
            + "出(?:一张)?图|图表|折线图|散点图|柱状图", F);
    private static final Pattern FIT = Pattern.compile("\\bfit(?:ted)?\\b|trend ?line|regression|拟合|趋势线|回归", F);
    private static final Pattern SINCE = Pattern.compile("(?:since|from|starting(?: in)?|after)\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d)\\s*年?\\s*(?:以来|至今|起|开始|以后)|从\\s*((?:19|20)\\d\\d)", F);
    private static final Pattern UNTIL = Pattern.compile("(?:until|to|through|till)\\s+((?:19|20)\\d\\d)|到\\s*((?:19|20)\\d\\d)", F);

    private static final Pattern SPEAK = Pattern.compile("(?:read|say|speak)\\b.{0,30}?\\b(?:aloud|out loud)|text[- ]to[- ]speech|"
            + "\\b(?:tts|voice ?over)\\b|\\bvoice (?:this|it|that|the following)|(?:turn|convert|make)\\b.{0,40}?\\binto (?:an? )?(?:audio|speech|voice|wav)"
            + "|\\b(?:an? )?(?:audio|wav) (?:file|clip|version) of|(?:转|变|合成|生成)成?(?:一段)?(?:语音|音频|WAV)|合成.{0,12}(?:语音|音频|WAV)|朗读|读出来"
            + "|念(?:一下|出来|给我听)|语音播报|读一遍", F);
    private static final Pattern SEARCH = Pattern.compile("(?:search|look|find|check)\\b.{0,12}?\\b(?:the )?(?:web|internet|online)|"
            + "\\bgoogle\\b|\\bweb search\\b|上网(?:搜|查)|网上(?:搜|查|找)|联网(?:搜|查)|搜(?:一下|索)?(?:网页|网络|互联网)|在网上"
            + "|^(?:请|帮我)?(?:搜一下|搜搜|搜索一下|查一下)(?=.{0,40}(?:新闻|最新|最近|消息|报道))|(?:latest|recent|this week'?s?|today'?s?) news", F);
    private static final Pattern SEARCH_COMMAND = Pattern.compile("^(?:please\\s+|can you\\s+|could you\\s+)?(?:search|look up|look|find|check|google)"
            + "(?:\\s+(?:the\\s+)?(?:web|internet|online))?(?:\\s+for)?\\s*[:：]?\\s*|^(?:请|帮我|麻烦)?(?:上网|在网上|网上|联网)?(?:搜|查|找)(?:一下|索)?[:：]?\\s*", F);

    /** An expression to evaluate: numbers joined by operators or functions, nothing about chips or models. */
    private static final Pattern COMPUTE_VERB = Pattern.compile("^\\s*(?:please\\s+|can you\\s+|could you\\s+|quick(?:ly)?[^:：]{0,20}[:：]\\s*)?(?:compute|calculate|evaluate|work out|what(?:'s| is))\\b|"
            + "^\\s*(?:请|帮我)?(?:计算|算一下|算算|求)|等于多少|是多少|=\\s*[?？]", F);
    /** Expression characters; "e" only as Euler's number standing alone or in 1e5, never inside a word. */
    private static final Pattern EXPRESSION = Pattern.compile("[-+*/^×÷()（）.,\\d\\sπ√%]|(?<=\\d)[eE](?=[-+]?\\d)|(?<![A-Za-z])e(?![A-Za-z])"
            + "|\\b(?:sqrt|cbrt|ln|log|log10|log2|exp|sin|cos|tan|pi|abs|pow|floor|ceil|round)\\b");
    private static final Pattern OPERATOR = Pattern.compile("\\d\\s*(?:\\*\\*|[-+*/^×÷])\\s*[\\d(（πe]|\\b(?:sqrt|cbrt|ln|log10|log2|log|exp|sin|cos|tan)\\s*[(（]|√|的\\s*[\\dπe.]+\\s*次方|次方|开(?:平)?方|阶乘|factorial|fibonacci|斐波那契", F);
    private static final Pattern FIB = Pattern.compile("(?:(\\d+)\\s*(?:st|nd|rd|th)\\s+fibonacci|fibonacci\\s+(?:number\\s+)?(?:f\\s*)?\\(?(\\d+)\\)?|第\\s*(\\d+)\\s*个?斐波那契)", F);
    private static final Pattern FACTORIAL = Pattern.compile("(\\d+)\\s*(?:!|的阶乘|factorial)|factorial of\\s+(\\d+)", F);
    private static final Pattern DOMAIN_WORDS = Pattern.compile("GPU|H100|A100|H20|B200|TFLOPS|FLOP|token|参数|训练|推理|模型|model|chip|芯片|服务器|server|"
            + "美元|元|USD|\\$|¥|CAGR|增长|growth|share|占比|MFU|PUE|kWh|天|days?|years?|年", F);

    private final NameIndex<Series> series;
    private final SqlRequests sql;

    ToolBeltRequests(zhiti.econ.catalog.Catalog catalog, SeriesCatalog seriesCatalog) {
        this.series = seriesCatalog.index();
        this.sql = new SqlRequests(catalog);
    }

    Optional<Request> read(String q) {
        return chart(q).or(() -> speak(q)).or(() -> search(q)).or(() -> FxRequests.read(q)).or(() -> sql.read(q))
                .or(() -> code(q));
    }

    private Optional<Request> chart(String q) {
        if (!PLOT.matcher(q).find()) {
            return Optional.empty();
        }
        List<NameIndex.Mention<Series>> found = series.mentions(q);
        if (found.isEmpty()) {
            // the numbers to plot are in the request itself
            return ChartData.read(q).map(a -> new Request(ToolName.CHART, a, "plot the numbers stated → answer with the image",
                    "chart of the stated values"));
        }
        Series s = found.get(0).entry();
        ObjectNode a = ToolBeltMethod.args().put("catalog_series", s.name()).put("fit", FIT.matcher(q).find());
        year(SINCE, q).ifPresent(y -> a.put("from", y));
        year(UNTIL, q).ifPresent(y -> a.put("to", y));
        return Optional.of(new Request(ToolName.CHART, a, "plot the series with its fit → answer with the image",
                "chart of " + s.name()));
    }

    private Optional<Request> speak(String q) {
        if (!SPEAK.matcher(q).find()) {
            return Optional.empty();
        }
        String text = spoken(q);
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Request(ToolName.SPEAK, ToolBeltMethod.args().put("text", text).put("lang", "auto"),
                "read the text aloud → answer with the recording", "speech of the text"));
    }

    /** The text after a colon or inside quotes; else the request without its command words. */
    static String spoken(String q) {
        Matcher quoted = Pattern.compile("[\"“「『]([^\"”」』]{1,4000})[\"”」』]").matcher(q);
        if (quoted.find()) {
            return quoted.group(1).strip();
        }
        int colon = Math.max(q.indexOf(':'), q.indexOf('：'));
        if (colon >= 0 && colon < q.length() - 1) {
            return q.substring(colon + 1).strip();
        }
        return SPEAK.matcher(q).replaceAll("").replaceAll("^[\\s,，。.:：]+|[\\s,，。.:：]+$", "");
    }

    private Optional<Request> search(String q) {
        if (!SEARCH.matcher(q).find()) {
            return Optional.empty();
        }
        String query = SEARCH_COMMAND.matcher(q.strip()).replaceFirst("").replaceAll("[?？。.]+$", "").strip();
        if (query.length() < 2) {
            query = q.strip();
        }
        return Optional.of(new Request(ToolName.WEB_SEARCH, ToolBeltMethod.args().put("query", query).put("max_results", 5),
                "search the web (offline: the knowledge base) → list what was found", "results for the query"));
    }

    private Optional<Request> code(String q) {
        Optional<String> program = program(q);
        return program.map(p -> new Request(ToolName.RUN_CODE, ToolBeltMethod.args().put("code", p),
                "evaluate the expression in the sandbox → answer with its value", "the value of the expression"));
    }

    /** A JavaScript program for an arithmetic request no calculator covers, or empty. */
    static Optional<String> program(String q) {
        Optional<String> template = Programs.of(q);
        if (template.isPresent()) {
            return template;
        }
        Matcher fib = FIB.matcher(q);
        if (fib.find()) {
            int n = Integer.parseInt(RequestText.firstGroup(fib));
            return n <= 1000 ? Optional.of("let a = 0n, b = 1n; for (let i = 0; i < " + n + "; i++) { [a, b] = [b, a + b]; } "
                    + "Number(a)") : Optional.empty();
        }
        Matcher fact = FACTORIAL.matcher(q);
        if (fact.find() && Integer.parseInt(RequestText.firstGroup(fact)) <= 170) {
            return Optional.of("let f = 1; for (let i = 2; i <= " + RequestText.firstGroup(fact) + "; i++) f *= i; f");
        }
        String worded = words(q);
        if (!OPERATOR.matcher(worded).find() || !COMPUTE_VERB.matcher(q).find()) {
            return Optional.empty();
        }
        String expr = expression(worded);
        if (expr.isEmpty() || DOMAIN_WORDS.matcher(q.replace(expr, "")).find() && !q.contains("次方")) {
            return Optional.empty();
        }
        return Optional.of(toJavaScript(expr));
    }

    /** Operators said in words, as symbols: "sqrt(3) plus the cube root of 5" → "sqrt(3) + cbrt(5)". */
    static String words(String q) {
        return q.replaceAll("(?i)the cube root of\\s*([\\d.]+)", "cbrt($1)").replaceAll("(?i)the square root of\\s*([\\d.]+)", "sqrt($1)")
                .replaceAll("(?i)cube root of\\s*([\\d.]+)", "cbrt($1)").replaceAll("(?i)square root of\\s*([\\d.]+)", "sqrt($1)")
                .replaceAll("(?i)\\s+plus\\s+", " + ").replaceAll("(?i)\\s+minus\\s+", " - ")
                .replaceAll("(?i)\\s+(?:times|multiplied by)\\s+", " * ").replaceAll("(?i)\\s+divided by\\s+", " / ")
                .replaceAll("(?i)([\\d)])\\s+squared", "$1^2").replaceAll("(?i)([\\d)])\\s+cubed", "$1^3")
                .replaceAll("([\\d.]+)\\s*的立方根", "cbrt($1)");
    }

    /** The longest run of expression characters (Chinese powers rewritten first). */
    private static String expression(String q) {
        String s = q.replaceAll("的\\s*([\\dπe.]+)\\s*次方", "^$1").replaceAll("([\\dπe.)]+)\\s*的平方根", "sqrt($1)")
                .replace("减去", "-").replace("减", "-").replace("加上", "+").replace("加", "+").replace("乘以", "*")
                .replace("乘", "*").replace("除以", "/");
        StringBuilder best = new StringBuilder();
        StringBuilder cur = new StringBuilder();
        Matcher m = EXPRESSION.matcher(s);
        int last = -1;
        while (m.find()) {
            if (m.start() != last && !cur.isEmpty()) {
                if (score(cur) > score(best)) {
                    best = cur;
                }
                cur = new StringBuilder();
            }
            cur.append(m.group());
            last = m.end();
        }
        if (score(cur) > score(best)) {
            best = cur;
        }
        return best.toString().strip().replaceAll("[,.\\s]+$", "");
    }

    private static int score(CharSequence s) {
        return (int) s.toString().chars().filter(c -> "0123456789+-*/^×÷()".indexOf(c) >= 0).count();
    }

    /** Functions whose JavaScript name is Math.<name>; ln and log are mapped apart (natural and base-10 logs). */
    private static final List<String> FUNCTIONS = List.of("sqrt", "cbrt", "log10", "log2", "exp", "sin", "cos", "tan", "abs");

    static String toJavaScript(String expr) {
        String js = expr.replace('×', '*').replace('÷', '/').replace('（', '(').replace('）', ')').replace("^", "**")
                .replace("π", "Math.PI").replace("√", "Math.sqrt").replaceAll("(?<![\\w.])e(?![\\w])", "Math.E")
                .replaceAll("(\\d),(\\d{3})", "$1$2").replaceAll("(\\d+(?:\\.\\d+)?)%", "($1/100)");
        for (String f : FUNCTIONS) {
            js = js.replaceAll("(?<![\\w.])" + f + "(?![\\w])", "Math." + f);
        }
        js = js.replaceAll("(?<![\\w.])ln(?![\\w])", "Math.log").replaceAll("(?<![\\w.])pi(?![\\w])", "Math.PI");
        return js.replaceAll("(?<![\\w.])log(?![\\w])", "Math.log10");
    }

    private static Optional<Integer> year(Pattern p, String q) {
        Matcher m = p.matcher(q);
        return m.find() ? Optional.of(Integer.parseInt(RequestText.firstGroup(m))) : Optional.empty();
    }
}
