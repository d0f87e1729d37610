package zhiti.app;

import java.util.List;
import zhiti.agent.Agent;
import zhiti.agent.Budget;
import zhiti.agent.Recall;
import zhiti.agent.ToolRegistry;
import zhiti.agent.TraceListener;
import zhiti.brain.offline.OfflineBrain;
import zhiti.econ.catalog.Catalog;
import zhiti.tools.econ.EconTools;

/** Wires the agent the CLI runs: the offline brain, the built-in tools, and no long-term memory yet. */
final class AgentSetup {

    private AgentSetup() {
    }

    static Agent offline(Budget budget, List<TraceListener> listeners) {
        Catalog catalog = Catalog.builtIn();
        ToolRegistry tools = EconTools.register(new ToolRegistry(), catalog);
        return new Agent(new OfflineBrain(catalog), tools, Recall.NONE, budget, listeners);
    }
}
