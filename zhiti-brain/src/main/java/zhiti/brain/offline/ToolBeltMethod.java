package zhiti.brain.offline;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.core.Lang;
import zhiti.econ.units.Formats;

/**
 * Requests a tool of the belt answers in one call — plot a series, convert money at a dated rate, work out an
 * expression in the sandbox, read text aloud, search the web. {@link ToolBeltRequests} reads the request; this runs
 * the call and answers with the tool's own summary, its figures and the files it made.
 */
final class ToolBeltMethod implements Method {

    private final ToolBeltRequests.Request request;

    private ToolBeltMethod(ToolBeltRequests.Request request) {
        this.request = request;
    }

    /** A method for the question when it is such a request and the tool is mounted. */
    static Optional<Method> of(String question, ToolBeltRequests requests, AgentContext ctx) {
        return requests.read(question)
                .filter(r -> ctx.tools().stream().anyMatch(t -> r.tool().is(t.name())))
                .map(ToolBeltMethod::new);
    }

    @Override
    public Plan plan(AgentContext ctx) {
        return new Plan(request.goal(), List.of(new Step("belt-1", request.tool().id(), request.args(), request.purpose())));
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        Lang lang = Lang.detect(ctx.task().question());
        Observation o = ctx.memory().observations().get(ctx.memory().observations().size() - 1);
        if (!o.ok()) {
            return new Decision.Finish(lang.pick("未能完成：", "Could not do it: ") + o.error(), List.of(), List.of());
        }
        StringBuilder text = new StringBuilder(request.tool() == ToolName.SQL_QUERY ? rows(o, lang) : o.summary());
        if (request.tool() == ToolName.RUN_CODE) {
            // the program is the formula: show what was run, so the number can be checked
            text.append("\n").append(lang.pick("程序：", "Program: ")).append(request.args().path("code").asText());
        }
        o.artifacts().forEach(a -> text.append("\n").append(lang.pick("文件：", "File: ")).append(a.title())
                .append(" (").append(a.path()).append(")"));
        return new Decision.Finish(text.toString(), o.figures(), o.citations());
    }

    /** Every row a query returned (the tool's summary previews ten), one per line, and the query itself. */
    private String rows(Observation o, Lang lang) {
        var data = o.data();
        List<String> cols = new ArrayList<>();
        data.path("columns").forEach(c -> cols.add(c.path("name").asText()));
        StringBuilder sb = new StringBuilder(lang.pick("共 " + data.path("row_count").asInt() + " 行：",
                data.path("row_count").asInt() + " rows:"));
        for (var row : data.path("rows")) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size() && i < cols.size(); i++) {
                String v = row.get(i).isNull() ? "—" : row.get(i).isNumber() ? Formats.human(row.get(i).asDouble())
                        : row.get(i).asText();
                cells.add(i == 0 && cols.get(0).equals("name") ? v : cols.get(i) + " " + v);
            }
            sb.append("\n• ").append(String.join(", ", cells));
        }
        if (data.path("truncated").asBoolean(false)) {
            sb.append("\n").append(lang.pick("（结果已截断）", "(truncated)"));
        }
        return sb.append("\n").append("SQL: ").append(request.args().path("sql").asText()).toString();
    }

    /** Arguments as the tools' schemas name them. */
    static ObjectNode args() {
        return JsonNodeFactory.instance.objectNode();
    }
}
