package zhiti.server;

import java.io.PrintStream;
import java.util.Map;
import zhiti.mcp.McpToolServer;
import zhiti.runtime.AskTool;
import zhiti.runtime.Zhiti;

/**
 * What {@code zhiti mcp} runs, for a test that spawns it: the offline runtime's tools and {@code ask} over stdio,
 * stdout for the protocol alone, until the client closes stdin. ZHITI_HOME comes from the environment.
 */
public final class McpStdioMain {

    private McpStdioMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        try (Zhiti zhiti = Zhiti.open(Zhiti.Options.defaults().withEnv(Map.copyOf(System.getenv())).withOffline(true));
             McpToolServer server = McpToolServer.stdio(AskTool.withTools(zhiti), System.in, protocol)) {
            server.awaitInputClosed();
        }
        System.exit(0);
    }
}
