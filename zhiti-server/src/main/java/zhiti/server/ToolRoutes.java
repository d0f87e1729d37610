package zhiti.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.Tool;
import zhiti.agent.ToolRegistry;
import zhiti.runtime.Json;
import zhiti.runtime.RunEvent;

/** {@code /api/tools}: the calculators with their JSON schemas, and calling one directly with its arguments. */
final class ToolRoutes {

    private final ToolRegistry tools;

    ToolRoutes(ToolRegistry tools) {
        this.tools = tools;
    }

    void register(RoutesConfig r) {
        r.get("/api/tools", this::list);
        r.post("/api/tools/{name}", this::call);
    }

    private void list(Context ctx) {
        ctx.json(Map.of("tools", tools.all().stream().map(t -> RunEvent.map("name", t.name(),
                "description", t.description(), "schema", t.parameters())).toList()));
    }

    private void call(Context ctx) {
        String name = ctx.pathParam("name");
        Tool t = tools.find(name).orElseThrow(() -> ApiError.notFound("no tool " + name + "; GET /api/tools lists them"));
        var args = (com.fasterxml.jackson.databind.node.ObjectNode) Requests.jsonObject(ctx);
        Observation o = tools.call(new Step("api", t.name(), args, "called through the API"));
        if (!o.ok()) throw ApiError.badRequest(t.name() + ": " + o.error());
        ctx.json(RunEvent.map("ok", true, "summary", o.summary(), "figures", Json.figures(o.figures()),
                "citations", o.citations().stream().map(c -> Map.of("doc", c.doc(), "locator", c.locator(), "text", c.text())).toList(),
                "artifacts", o.artifacts().stream().map(zhiti.runtime.AnswerJson::artifact).toList(),
                "data", o.data()));
    }
}
