package zhiti.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhiti.agent.Agent;
import zhiti.agent.Brain;
import zhiti.agent.Budget;
import zhiti.agent.Recall;
import zhiti.agent.ToolRegistry;
import zhiti.agent.TraceListener;
import zhiti.brain.llm.LlmBrain;
import zhiti.brain.llm.LlmConfig;
import zhiti.brain.llm.PriceTable;
import zhiti.brain.llm.ProviderClients;
import zhiti.brain.offline.OfflineBrain;
import zhiti.econ.catalog.Catalog;
import zhiti.tools.econ.EconTools;

/**
 * Wires the agent the CLI runs: the LLM brain when one is configured (and not switched off with --offline),
 * otherwise the offline brain; the built-in tools; no long-term memory yet.
 */
final class AgentSetup {

    private AgentSetup() {
    }

    /** Where Zhiti keeps its configuration and stores: $ZHITI_HOME, else ~/.zhiti. */
    static Path home(Map<String, String> env) {
        String h = env.get("ZHITI_HOME");
        return h != null && !h.isBlank() ? Path.of(h) : Path.of(System.getProperty("user.home"), ".zhiti");
    }

    static Optional<LlmConfig> llmConfig(Map<String, String> env) {
        return LlmConfig.load(env, home(env).resolve("config.properties"));
    }

    /** The budget for a run: steps from the CLI, tokens and money from the LLM configuration. */
    static Budget budget(int maxSteps, Optional<LlmConfig> llm) {
        return llm.map(c -> new Budget(maxSteps, c.maxTokens(), c.maxUsd())).orElseGet(() -> new Budget(maxSteps));
    }

    static Brain brain(Optional<LlmConfig> llm) {
        Catalog catalog = Catalog.builtIn();
        if (llm.isEmpty()) {
            return new OfflineBrain(catalog);
        }
        LlmConfig c = llm.get();
        return new LlmBrain(ProviderClients.create(c), PriceTable.builtIn().priceFor(c), c.reflect());
    }

    static Agent agent(Brain brain, Budget budget, List<TraceListener> listeners) {
        ToolRegistry tools = EconTools.register(new ToolRegistry(), Catalog.builtIn());
        return new Agent(brain, tools, Recall.NONE, budget, listeners);
    }

    static Agent offline(Budget budget, List<TraceListener> listeners) {
        return agent(brain(Optional.empty()), budget, listeners);
    }
}
