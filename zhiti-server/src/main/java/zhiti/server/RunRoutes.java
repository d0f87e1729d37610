package zhiti.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import zhiti.core.Lang;
import zhiti.runtime.LiveRun;
import zhiti.runtime.RunEvent;
import zhiti.runtime.RunRecord;
import zhiti.runtime.RunRequest;
import zhiti.runtime.RunStore;
import zhiti.runtime.Runs;

/** {@code /api/runs}: start a question, follow its events, read it back, list the history, cancel. */
final class RunRoutes {

    private static final int KEEP_ALIVE_SECONDS = 15;
    private final Runs runs;

    RunRoutes(Runs runs) {
        this.runs = runs;
    }

    void register(RoutesConfig r) {
        r.post("/api/runs", this::start);
        r.get("/api/runs", this::list);
        r.get("/api/runs/{id}", this::get);
        r.get("/api/runs/{id}/events", this::events);
        r.delete("/api/runs/{id}", this::cancel);
    }

    private void start(Context ctx) {
        JsonNode body = Requests.jsonObject(ctx);
        RunRequest req = request(body, Auth.caller(ctx));
        LiveRun run = runs.start(req);
        ctx.status(202).json(RunEvent.map("id", run.id(), "status", RunRecord.RUNNING,
                "events", "/api/runs/" + run.id() + "/events"));
    }

    /** Reads {"question", "lang"?, "session"?}; anything else is a 400 that names the field. */
    static RunRequest request(JsonNode body, String caller) {
        JsonNode q = body.get("question");
        if (q == null || !q.isTextual()) {
            throw ApiError.badRequest("the body needs \"question\" as a string, e.g. {\"question\": \"How many H100 match 100 A100?\"}");
        }
        Lang lang = null;
        if (body.hasNonNull("lang")) {
            String l = body.get("lang").asText();
            if (!l.equals("zh") && !l.equals("en")) throw ApiError.badRequest("\"lang\" must be \"zh\" or \"en\", got \"" + l + "\"");
            lang = Lang.parse(l);
        }
        String session = body.hasNonNull("session") ? body.get("session").asText() : null;
        try {
            return new RunRequest(q.asText(), lang, session, caller);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private void list(Context ctx) {
        int limit = Requests.intParam(ctx, "limit", 50, 1, 500);
        ctx.json(Map.of("runs", runs.list(limit).stream().map(r -> r.toMap(false)).toList()));
    }

    private void get(Context ctx) {
        ctx.json(find(ctx.pathParam("id")).toMap(true));
    }

    private RunRecord find(String id) {
        if (!RunStore.validId(id)) throw ApiError.notFound("no run " + id + " (run ids look like r-20261201-120000000-abc123)");
        return runs.get(id).orElseThrow(() -> ApiError.notFound("no run " + id + "; GET /api/runs lists them"));
    }

    /** Every event from the first, then live ones until the run finishes; a stored run is replayed. */
    private void events(Context ctx) throws IOException, InterruptedException {
        String id = ctx.pathParam("id");
        var live = RunStore.validId(id) ? runs.live(id) : java.util.Optional.<LiveRun>empty();
        if (live.isEmpty()) {
            RunRecord stored = find(id);
            SseStream sse = new SseStream(ctx);
            for (RunEvent e : stored.events()) sse.send(e.event(), e.data());
            return;
        }
        SseStream sse = new SseStream(ctx);
        try (LiveRun.Subscription sub = live.get().subscribe()) {
            while (true) {
                RunEvent e = sub.next(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (e == null) {
                    sse.keepAlive();
                    continue;
                }
                sse.send(e.event(), e.data());
                if (e.isFinished()) return;
            }
        } catch (IOException clientGone) {
            // the client closed the stream; the run goes on and stays in the history
        }
    }

    private void cancel(Context ctx) {
        String id = ctx.pathParam("id");
        switch (RunStore.validId(id) ? runs.cancel(id) : Runs.Cancel.NOT_FOUND) {
            case CANCELLED -> ctx.json(Map.of("id", id, "status", "cancelled"));
            case ALREADY_DONE -> throw new ApiError(409, "already_finished", "run " + id + " has already finished; nothing to cancel");
            case NOT_FOUND -> throw ApiError.notFound("no run " + id + "; GET /api/runs lists them");
        }
    }
}
