package zhiti.agent;

/**
 * The part of the agent that thinks: it turns a task into a plan and, after each observation, decides whether to
 * continue, revise the plan or finish. Implementations: the offline brain (routing + calculators) and LLM brains.
 */
public interface Brain {

    /** "offline" or "llm": reported in every answer. */
    String name();

    Plan plan(AgentContext context);

    Decision reflect(AgentContext context);
}
