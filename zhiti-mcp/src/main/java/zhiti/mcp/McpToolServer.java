package zhiti.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.Tool;
import zhiti.agent.ToolRegistry;

/**
 * A tool registry as an MCP server, over stdio ({@code zhiti mcp}) or streamable HTTP (a servlet that
 * {@code zhiti serve} mounts at /mcp). Every call goes through {@link ToolRegistry#call}, so arguments are checked
 * against the tool's schema exactly as for the agent and a failure comes back as a result with {@code isError},
 * never as a protocol error.
 */
public final class McpToolServer implements AutoCloseable {

    public static final String NAME = "zhiti";
    public static final String VERSION = version();
    /** Where the HTTP transport answers; the servlet is mounted at {@code PATH + "/*"}. */
    public static final String PATH = "/mcp";

    private static final String INSTRUCTIONS = "Zhiti's tools for AI-industry analysis: compute, cost, energy and "
            + "memory of training and inference, chips, trends and catalogs. Every figure carries its formula, "
            + "inputs and source. `ask` answers a whole question (zh or en) with the agent.";

    private final McpSyncServer server;
    private final HttpServletStreamableServerTransportProvider servlet;
    private final InputEnd inputClosed;

    /** Waits for the end of a stdio session's input. */
    private interface InputEnd {
        void await() throws InterruptedException;
    }

    private McpToolServer(McpSyncServer server, HttpServletStreamableServerTransportProvider servlet,
                          InputEnd inputClosed) {
        this.server = server;
        this.servlet = servlet;
        this.inputClosed = inputClosed;
    }

    /**
     * Serves on a pair of streams: newline-delimited JSON-RPC in, the same out. Nothing else may write to
     * {@code out}; logging goes to stderr.
     */
    public static McpToolServer stdio(ToolRegistry tools, InputStream in, OutputStream out) {
        AnsweredStdio stdio = new AnsweredStdio();
        var transport = new StdioServerTransportProvider(McpJsonDefaults.getMapper(), stdio.input(in), stdio.output(out));
        return new McpToolServer(configure(McpServer.sync(transport), tools, stdio::track).build(), null, stdio::awaitEnd);
    }

    /**
     * Serves streamable HTTP through {@link #servlet()}; requests larger than {@code maxRequestBytes} are refused.
     * Calls run on the request's thread (the server's pool), not on a second pool behind it.
     */
    public static McpToolServer http(ToolRegistry tools, int maxRequestBytes) {
        var transport = HttpServletStreamableServerTransportProvider.builder().jsonMapper(McpJsonDefaults.getMapper())
                .mcpEndpoint(PATH).maxRequestSize(maxRequestBytes).build();
        return new McpToolServer(configure(McpServer.sync(transport), tools, Supplier::get).immediateExecution(true).build(),
                transport, () -> { });
    }

    private static <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
            McpServer.SyncSpecification<S> spec, ToolRegistry tools, CallRunner runner) {
        // the registry validates arguments (with messages that say how to fix them); the SDK's own check would
        // answer first, with a protocol error instead of a result the caller can act on
        return spec.serverInfo(NAME, VERSION).instructions(INSTRUCTIONS).validateToolInputs(false)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(specifications(tools, runner));
    }

    /** How a transport runs a tool call: the stdio session counts them, so it does not end while one runs. */
    private interface CallRunner {
        McpSchema.CallToolResult run(Supplier<McpSchema.CallToolResult> call);
    }

    private static List<SyncToolSpecification> specifications(ToolRegistry tools, CallRunner runner) {
        AtomicLong calls = new AtomicLong();
        return tools.all().stream().map(t -> SyncToolSpecification.builder().tool(describe(t))
                .callHandler((exchange, request) -> runner.run(() -> call(tools, t, request, "mcp-" + calls.incrementAndGet())))
                .build()).toList();
    }

    static McpSchema.Tool describe(Tool t) {
        return McpSchema.Tool.builder().name(t.name()).description(t.description())
                .inputSchema(JsonMaps.toMap(t.parameters())).build();
    }

    private static McpSchema.CallToolResult call(ToolRegistry tools, Tool t, McpSchema.CallToolRequest request,
                                                 String stepId) {
        try {
            Observation o = tools.call(new Step(stepId, t.name(), JsonMaps.toObjectNode(request.arguments()),
                    "called over MCP"));
            return CallResults.of(o);
        } catch (RuntimeException e) {
            // the registry turns tool failures into observations; this is for what lies around it (conversions)
            return CallResults.error(t.name() + " failed: " + e);
        }
    }

    /** The streamable HTTP endpoint; only for a server made with {@link #http}. */
    public HttpServlet servlet() {
        if (servlet == null) throw new IllegalStateException("a stdio server has no servlet");
        return servlet;
    }

    /**
     * Blocks until the client closes the server's input and every request it sent is answered (stdio); returns at
     * once for HTTP.
     */
    public void awaitInputClosed() throws InterruptedException {
        inputClosed.await();
    }

    @Override
    public void close() {
        server.closeGracefully();
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = McpToolServer.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
