package zhiti.agent;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a brain may look at while it plans and reflects: the task, its short-term memory, the plan, the tools, the
 * budget and what the run has spent, and a sink for text a model streams while it thinks.
 */
public record AgentContext(Task task, ShortTermMemory memory, Plan plan, List<Tool> tools, Budget budget,
                           int stepsTaken, Usage usage, Consumer<String> thinking) {

    public AgentContext {
        tools = List.copyOf(tools);
    }

    AgentContext withPlan(Plan p) {
        return new AgentContext(task, memory, p, tools, budget, stepsTaken, usage, thinking);
    }

    AgentContext withStepsTaken(int n) {
        return new AgentContext(task, memory, plan, tools, budget, n, usage, thinking);
    }
}
