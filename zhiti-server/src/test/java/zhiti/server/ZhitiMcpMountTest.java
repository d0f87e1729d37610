package zhiti.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zhiti.agent.Agent;
import zhiti.agent.AgentContext;
import zhiti.agent.Answer;
import zhiti.agent.Brain;
import zhiti.agent.Budget;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.agent.Task;
import zhiti.agent.Tool;
import zhiti.runtime.AgentSetup;
import zhiti.runtime.Json;
import zhiti.runtime.Zhiti;

/**
 * The MCP servers of a home's config.properties, mounted by the runtime: an agent built over the workspace sees
 * and calls their tools, a server that cannot start leaves the rest working, and closing Zhiti stops the process.
 */
class ZhitiMcpMountTest {

    static final Path EVERYTHING = McpNodeClientTest.NODE_MODULES
            .resolve("@modelcontextprotocol/server-everything/dist/index.js");

    /** Calls the remote echo once, noting the tools it was offered. */
    static final class EchoBrain implements Brain {
        final List<String> offered = new ArrayList<>();

        @Override
        public String name() {
            return "echo";
        }

        @Override
        public Plan plan(AgentContext ctx) {
            ctx.tools().stream().map(Tool::name).forEach(offered::add);
            return new Plan("echo", List.of(new Step("1", "everything__echo",
                    Json.MAPPER.createObjectNode().put("message", "你好"), "test")));
        }

        @Override
        public Decision reflect(AgentContext ctx) {
            return new Decision.Finish("done", List.of(), List.of());
        }
    }

    @Test
    void anAgentOverTheWorkspaceCallsAConfiguredServersToolAndCloseStopsIt() throws Exception {
        assumeTrue(Files.isRegularFile(EVERYTHING), "server-everything is not installed; run scripts/system-deps.sh");
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "mcp-mount-home-");
        Files.writeString(home.resolve("config.properties"), String.join("\n",
                "mcp.servers=gone, everything",
                "mcp.gone.command=/nonexistent/zhiti-no-such-server",
                "mcp.everything.command=node '" + EVERYTHING + "' stdio", ""), StandardCharsets.UTF_8);
        Zhiti zhiti = Zhiti.open(Zhiti.Options.defaults().withEnv(Map.of("ZHITI_HOME", home.toString())).withOffline(true));
        try {
            EchoBrain brain = new EchoBrain();
            Agent agent = AgentSetup.agent(brain, new Budget(3), List.of(), zhiti.workspace());
            Answer a = agent.run(Task.of("echo something"));
            assertThat(brain.offered).contains("everything__echo", "everything__get-sum", "training_compute")
                    .noneMatch(n -> n.startsWith("gone__"));
            Observation echo = a.steps().get(0);
            assertThat(echo.ok()).as(echo.error()).isTrue();
            assertThat(echo.summary()).isEqualTo("[untrusted output of MCP server everything] Echo: 你好");
            assertThat(children()).isNotEmpty();
            // a second agent over the same workspace reuses the running server
            long before = children().size();
            AgentSetup.agent(new EchoBrain(), new Budget(3), List.of(), zhiti.workspace()).run(Task.of("again"));
            assertThat(children()).hasSize((int) before);
        } finally {
            zhiti.close();
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!children().isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(children()).as("the server's process ends with Zhiti").isEmpty();
    }

    private static List<ProcessHandle> children() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().orElse("").contains("server-everything")).toList();
    }
}
