package zhiti.brain.offline;

import zhiti.agent.AgentContext;
import zhiti.agent.Decision;
import zhiti.agent.Plan;

/**
 * How one kind of question is carried out (an HTN method): the first plan, and what to do after each observation
 * — continue, revise the plan with what was learned, or answer. A method is made for one task and holds what was
 * understood of it.
 */
interface Method {

    Plan plan(AgentContext context);

    Decision reflect(AgentContext context);
}
