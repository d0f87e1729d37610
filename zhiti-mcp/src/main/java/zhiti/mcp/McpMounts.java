package zhiti.mcp;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.McpTransport;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.langchain4j.mcp.client.transport.stdio.StdioMcpTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import zhiti.agent.Settings;
import zhiti.agent.Tool;
import zhiti.agent.ToolRegistry;

/**
 * The tools of the external MCP servers the settings list ({@link McpServerSettings}), mounted into a registry as
 * {@code server__tool}. Servers are started on first use and kept until {@link #close} (starting one per run
 * would cost a process start and a handshake each time). A server that fails to start or to list its tools is
 * reported and left out; it never stops the others or the agent.
 */
public final class McpMounts implements AutoCloseable {

    /** How long a server may take to start and answer the handshake. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    /** Environment variables a started server does not get: Zhiti's own settings and anything that looks secret. */
    private static final Pattern SECRET = Pattern.compile("(?i)ZHITI_.*|.*(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL).*");

    private final Settings settings;
    private final Consumer<String> warnings;
    private final List<McpClient> clients = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private List<Tool> tools;
    private boolean closed;

    private McpMounts(Settings settings, Consumer<String> warnings) {
        this.settings = settings;
        this.warnings = warnings;
    }

    /** The servers {@code settings} list; nothing starts until the tools are first asked for. */
    public static McpMounts configured(Settings settings, Consumer<String> warnings) {
        return new McpMounts(settings, warnings);
    }

    /** Whether any server is configured at all (no process is started to find out). */
    public boolean any() {
        return !McpServerSettings.names(settings).isEmpty();
    }

    /** The mounted tools, starting the servers on the first call. */
    public synchronized List<Tool> tools() {
        if (closed) throw new IllegalStateException("the MCP mounts are closed");
        if (tools == null) {
            List<Tool> all = new ArrayList<>();
            for (String name : McpServerSettings.names(settings)) {
                all.addAll(mount(name));
            }
            tools = List.copyOf(all);
        }
        return tools;
    }

    /** Adds the mounted tools to {@code registry}; a name it already holds is reported and skipped. */
    public void registerInto(ToolRegistry registry) {
        if (!any()) return;
        for (Tool t : tools()) {
            if (registry.find(t.name()).isPresent()) {
                warn("the MCP tool " + t.name() + " is left out: a tool of that name is already registered");
            } else {
                registry.register(t);
            }
        }
    }

    /** What went wrong while mounting, in the words that were reported. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    private List<Tool> mount(String name) {
        McpServerSettings server;
        try {
            server = McpServerSettings.read(settings, name);
            if (!server.stdio()) PrivateAddresses.check(server);
        } catch (IllegalArgumentException e) {
            warn("MCP server '" + name + "' is left out: " + e.getMessage());
            return List.of();
        }
        McpClient client = null;
        try {
            client = new DefaultMcpClient.Builder().key(name).clientName(McpToolServer.NAME)
                    .clientVersion(McpToolServer.VERSION).transport(transport(server))
                    .initializationTimeout(START_TIMEOUT).toolExecutionTimeout(server.timeout())
                    .toolExecutionTimeoutErrorMessage("the call took longer than " + server.timeout().toSeconds()
                            + " s (" + McpServerSettings.key(name, "timeout") + ")")
                    .build();
            List<Tool> mounted = new ArrayList<>();
            for (ToolSpecification spec : client.listTools()) {
                mounted.add(new RemoteTool(name, client, spec));
            }
            clients.add(client);
            return mounted;
        } catch (RuntimeException e) {
            warn("MCP server '" + name + "' is left out: it did not start or list its tools (" + describe(server)
                    + "): " + rootMessage(e));
            closeQuietly(client);
            return List.of();
        }
    }

    private static McpTransport transport(McpServerSettings server) {
        if (server.stdio()) {
            return new StdioMcpTransport.Builder().command(server.command()).environment(scrubbedEnvironment())
                    .logEvents(false).build();
        }
        Map<String, String> headers = new HashMap<>();
        server.key().ifPresent(k -> headers.put("Authorization", "Bearer " + k));
        return new StreamableHttpMcpTransport.Builder().url(server.url().toString()).customHeaders(headers)
                .timeout(server.timeout()).logRequests(false).logResponses(false).build();
    }

    /**
     * The child inherits this process's environment (the transport only adds to it), so the variables it must not
     * see are overridden with empty values.
     */
    private static Map<String, String> scrubbedEnvironment() {
        Map<String, String> blank = new HashMap<>();
        System.getenv().keySet().stream().filter(k -> SECRET.matcher(k).matches()).forEach(k -> blank.put(k, ""));
        return blank;
    }

    private static String describe(McpServerSettings server) {
        return server.stdio() ? "command " + server.command() : "url " + server.url();
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) e = e.getCause();
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private synchronized void warn(String message) {
        problems.add(message);
        warnings.accept(message);
    }

    /** Closes the clients; a server started as a process is stopped. */
    @Override
    public synchronized void close() {
        closed = true;
        for (McpClient c : clients) closeQuietly(c);
        clients.clear();
    }

    private static void closeQuietly(McpClient c) {
        if (c == null) return;
        try {
            c.close();
        } catch (Exception e) {
            // closing is best effort: the process is going away or already gone
        }
    }
}
