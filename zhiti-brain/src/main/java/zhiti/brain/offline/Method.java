package zhiti.brain.offline;

import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Plan;

/**
 * How one intent is carried out (an HTN method): the first plan from the question's slots, and what to do after
 * each observation — continue, revise the plan with what was learned, or answer.
 */
public interface Method {

    Plan plan(Slots slots, AgentContext context);

    Decision reflect(Slots slots, AgentContext context);
}
