package zhiti.brain.offline;

import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Plan;

/** How one intent is carried out: its first plan, and what to do after each observation. */
public interface Method<I extends Intent> {

    Plan plan(I intent, AgentContext context);

    Decision reflect(I intent, AgentContext context);
}
