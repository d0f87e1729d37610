package zhiti.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import zhiti.agent.Agent;
import zhiti.agent.Brain;
import zhiti.agent.Budget;
import zhiti.agent.Recall;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;
import zhiti.agent.TraceListener;
import zhiti.brain.llm.LlmBrain;
import zhiti.brain.llm.LlmConfig;
import zhiti.brain.llm.PriceTable;
import zhiti.brain.llm.ProviderClients;
import zhiti.brain.offline.OfflineBrain;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.mcp.McpMounts;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.Hit;
import zhiti.memory.kb.SearchRequest;
import zhiti.memory.stream.MemoryStream;
import zhiti.tools.memory.KbSearchTool;
import zhiti.tools.memory.MemoryRecallTool;
import zhiti.tools.memory.MemoryRememberTool;
import zhiti.tools.web.LocalSearch;
import zhiti.tools.web.WebSearchTool;

/**
 * Wires the agent the CLI runs: the LLM brain when one is configured (and not switched off with --offline),
 * otherwise the offline brain; the built-in tools; the knowledge base, when there is one, as long-term memory.
 */
public final class AgentSetup {

    /** The step budget of a run unless {@code --max-steps} says otherwise; a chat turn gets the same. */
    public static final int DEFAULT_MAX_STEPS = 12;

    /**
     * The external MCP tools an open {@link Zhiti} mounted over a workspace: every agent built on that workspace,
     * a conversation's included, gets them, and the servers start once per Zhiti rather than once per run.
     */
    private static final Map<Workspace, McpMounts> MCP = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private AgentSetup() {
    }

    public static Optional<LlmConfig> llmConfig(Workspace ws, Map<String, String> env) {
        return LlmConfig.load(env, ws.configFile());
    }

    /** The budget for a run: steps from the CLI, tokens and money from the LLM configuration. */
    public static Budget budget(int maxSteps, Optional<LlmConfig> llm) {
        return llm.map(c -> new Budget(maxSteps, c.maxTokens(), c.maxUsd())).orElseGet(() -> new Budget(maxSteps));
    }

    public static Brain brain(Optional<LlmConfig> llm, Workspace ws) {
        if (llm.isEmpty()) {
            return new OfflineBrain(Catalog.builtIn(), SeriesCatalog.builtIn(), ws.router());
        }
        LlmConfig c = llm.get();
        return new LlmBrain(ProviderClients.create(c), PriceTable.builtIn().priceFor(c), c.reflect());
    }

    public static Agent agent(Brain brain, Budget budget, List<TraceListener> listeners, Workspace ws) {
        return agent(brain, budget, listeners, ws, tools -> tools);
    }

    /** @param more registers tools of the caller's own (a conversation's memory tools, say) */
    public static Agent agent(Brain brain, Budget budget, List<TraceListener> listeners, Workspace ws,
                       UnaryOperator<ToolRegistry> more) {
        ToolContext context = ws.toolContext();
        ToolRegistry tools = more.apply(ToolProvider.discover(new ToolRegistry(), context));
        Optional<EmbeddedStore> store = ws.existingStore();
        store.ifPresent(s -> tools.register(new KbSearchTool(s)));
        // offline, or when the provider fails, web_search looks in the knowledge base and says so
        tools.register(WebSearchTool.create(context.settings(), store.<LocalSearch>map(s -> (q, k) ->
                s.search(SearchRequest.of(q, k)).stream().map(h -> new LocalSearch.Hit(h.citation().doc(),
                        h.citation().text(), h.citation().locator())).toList()).orElse(null)));
        MemoryStream stream = ws.memoryStream();
        tools.register(new MemoryRememberTool(stream)).register(new MemoryRecallTool(stream));
        McpMounts mcp = MCP.get(ws);
        if (mcp != null) mcp.registerInto(tools);
        Recall recall = store.<Recall>map(s -> (q, k) -> s.search(SearchRequest.of(q, k)).stream().map(Hit::citation)
                .toList()).orElse(Recall.NONE);
        List<TraceListener> all = new ArrayList<>(listeners);
        all.add(new QuestionLog(stream));
        return new Agent(brain, tools, recall, budget, all);
    }

    static void mount(Workspace ws, McpMounts mcp) {
        MCP.put(ws, mcp);
    }

    static void unmount(Workspace ws) {
        MCP.remove(ws);
    }
}
