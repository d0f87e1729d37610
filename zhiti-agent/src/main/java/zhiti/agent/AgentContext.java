package zhiti.agent;

import java.util.List;

/** What a brain may look at while it plans and reflects: the task, its short-term memory, the plan, the tools. */
public record AgentContext(Task task, ShortTermMemory memory, Plan plan, List<Tool> tools, Budget budget,
                           int stepsTaken) {

    public AgentContext {
        tools = List.copyOf(tools);
    }

    AgentContext withPlan(Plan p) {
        return new AgentContext(task, memory, p, tools, budget, stepsTaken);
    }

    AgentContext withStepsTaken(int n) {
        return new AgentContext(task, memory, plan, tools, budget, n);
    }
}
