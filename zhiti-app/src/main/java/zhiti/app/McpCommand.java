package zhiti.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import zhiti.mcp.McpToolServer;
import zhiti.runtime.AskTool;
import zhiti.runtime.Zhiti;

/**
 * {@code zhiti mcp}: Zhiti as an MCP server on stdio, for an MCP host (Claude Desktop, an IDE, another agent) that
 * starts it as a child process. Standard output carries the protocol and nothing else; messages go to stderr.
 * It ends when the host closes standard input.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve Zhiti's tools and `ask` over MCP on stdio (newline-delimited JSON-RPC), until stdin closes.",
                "Every calculator of `zhiti serve`'s /api/tools is a tool with its JSON schema; `ask` answers a whole",
                "question. Over HTTP, `zhiti serve` offers the same at /mcp (with an API key)."})
public final class McpCommand implements Callable<Integer> {

    @ParentCommand
    ZhitiCommand root;

    @Option(names = "--offline", description = "use the offline brain for `ask` even when an LLM is configured")
    boolean offline;

    @Option(names = "--store", description = "knowledge-base directory (default $ZHITI_HOME/store)")
    Path store;

    @Override
    public Integer call() throws InterruptedException {
        // the protocol owns stdout: whatever else prints (a library's notice) goes to stderr instead
        PrintStream protocol = System.out;
        System.setOut(System.err);
        Zhiti.Options o = Zhiti.Options.defaults().withEnv(root.env()).withStore(store).withOffline(offline);
        try (Zhiti zhiti = Zhiti.open(o)) {
            zhiti.workspace().purpose("zhiti mcp (stdio)");
            try (McpToolServer server = McpToolServer.stdio(AskTool.withTools(zhiti), root.stdin(), protocol)) {
                System.err.println("zhiti: MCP server on stdio (" + zhiti.brainName() + " brain); close stdin to stop");
                server.awaitInputClosed();
            }
        }
        return ZhitiCommand.OK;
    }
}
