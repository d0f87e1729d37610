package zhiti.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import zhiti.mcp.McpToolServer;
import zhiti.runtime.AskTool;
import zhiti.runtime.Json;
import zhiti.runtime.Runs;
import zhiti.runtime.Zhiti;

/**
 * {@code zhiti serve}: the runtime over HTTP — REST and server-sent events under {@code /api}, the OpenAI API under
 * {@code /v1}, MCP (streamable HTTP) at {@code /mcp}, the web UI at {@code /}. Binds to 127.0.0.1 unless told
 * otherwise; every route but the health check and the UI's static files needs an API key.
 */
public final class ZhitiServer implements AutoCloseable {

    /** Limits on what a client may send. */
    public record Limits(long maxJsonBytes, long maxUploadBytes) {
        public static Limits defaults() {
            return new Limits(1L << 20, 64L << 20);
        }
    }

    /** Requests and event streams served at once; a stream waiting on a run holds one. */
    static final int MAX_HTTP_THREADS = 512;

    private final Zhiti zhiti;
    private final IngestJobs jobs;
    private final Javalin app;
    private final McpToolServer mcp;

    public ZhitiServer(Zhiti zhiti, ApiKeys keys, Limits limits) {
        this.zhiti = zhiti;
        this.jobs = new IngestJobs(zhiti, zhiti.workspace().home().resolve("uploads"));
        RunRoutes runs = new RunRoutes(zhiti.runs());
        DocumentRoutes docs = new DocumentRoutes(zhiti, jobs, limits.maxUploadBytes());
        ToolRoutes tools = new ToolRoutes(zhiti.tools());
        AuditRoutes audit = new AuditRoutes(limits.maxUploadBytes());
        ArtifactRoutes artifacts = new ArtifactRoutes(zhiti.workspace().toolContext().artifacts());
        OpenAiRoutes openai = new OpenAiRoutes(zhiti);
        this.mcp = McpToolServer.http(AskTool.withTools(zhiti), (int) Math.min(Integer.MAX_VALUE, limits.maxJsonBytes()));
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // platform threads: on two cores, virtual threads waited for the two carriers behind the CPU-bound runs
            // (a POST took 400 ms in a burst of 100, against 130 ms); a stream holds one thread while it waits
            cfg.concurrency.useVirtualThreads = false;
            cfg.jetty.threadPool = new org.eclipse.jetty.util.thread.QueuedThreadPool(MAX_HTTP_THREADS, 8, 60_000);
            cfg.http.maxRequestSize = limits.maxJsonBytes();
            cfg.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes() + (1 << 16), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            cfg.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            cfg.staticFiles.enableWebjars();
            cfg.jsonMapper(new io.javalin.json.JavalinJackson(Json.MAPPER, false));
            // MCP is a servlet beside Javalin's: its key check is a filter, and both must allow async (it streams)
            cfg.jetty.modifyServletContextHandler(h -> {
                FilterHolder auth = new FilterHolder(new McpAuthFilter(keys));
                auth.setAsyncSupported(true);
                h.addFilter(auth, McpToolServer.PATH + "/*", EnumSet.of(DispatcherType.REQUEST));
                ServletHolder servlet = new ServletHolder(mcp.servlet());
                servlet.setAsyncSupported(true);
                h.addServlet(servlet, McpToolServer.PATH + "/*");
            });
            cfg.routes.before(ctx -> Auth.check(ctx, keys));
            // a JSON body over the limit: read and dropped before the 413, or a client still sending sees a reset
            cfg.routes.before(ctx -> {
                String type = ctx.contentType();
                if (ctx.req().getContentLengthLong() > limits.maxJsonBytes() && (type == null || !type.startsWith("multipart/"))) {
                    DocumentRoutes.drain(ctx);
                    throw new ApiError(413, "too_large", tooLargeMessage(limits));
                }
            });
            cfg.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "version", "0.1.0", "brain", zhiti.brainName(),
                    "running", zhiti.runs().running())));
            runs.register(cfg.routes);
            docs.register(cfg.routes);
            tools.register(cfg.routes);
            artifacts.register(cfg.routes);
            audit.register(cfg.routes);
            openai.register(cfg.routes);
            cfg.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
            cfg.routes.exception(Runs.TooManyRuns.class, (e, ctx) ->
                    ctx.status(429).json(Map.of("error", "too_many_runs", "message", e.getMessage())));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                    .json(Map.of("error", code(e.getStatus()), "message", message(e, limits))));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(400).json(Map.of("error", "bad_request", "message", String.valueOf(e.getMessage()))));
            cfg.routes.exception(Exception.class, (e, ctx) -> ctx.status(500).json(Map.of("error", "internal",
                    "message", "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(Map.of("error", "not_found", "message", "no route " + ctx.method() + " " + ctx.path()
                            + "; the API is under /api and /v1 (see the README)"));
                }
            });
        });
    }

    private static String code(int status) {
        return switch (status) {
            case 413 -> "too_large";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            default -> status < 500 ? "bad_request" : "internal";
        };
    }

    private static String message(HttpResponseException e, Limits limits) {
        return e.getStatus() == 413 ? tooLargeMessage(limits) : e.getMessage();
    }

    private static String tooLargeMessage(Limits limits) {
        return "the request is too large: JSON bodies up to " + (limits.maxJsonBytes() >> 10) + " KiB, uploads up to "
                + (limits.maxUploadBytes() >> 20) + " MiB";
    }

    public ZhitiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops taking requests, lets runs finish (or cancels them after the grace period), flushes and closes. */
    public void stop(Duration grace) {
        zhiti.runs().close(grace);
        jobs.close();
        mcp.close();
        app.stop();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }
}
