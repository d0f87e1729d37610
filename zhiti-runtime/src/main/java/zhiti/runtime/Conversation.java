package zhiti.runtime;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
import zhiti.agent.Observation;
import zhiti.agent.Task;
import zhiti.agent.TraceListener;
import zhiti.brain.llm.LlmConfig;
import zhiti.memory.context.ContextEvent;
import zhiti.memory.context.ContextSettings;
import zhiti.memory.context.ContextWindow;
import zhiti.memory.context.ExtractiveSummarizer;
import zhiti.memory.context.Prompt;
import zhiti.memory.context.TokenCounter;
import zhiti.tools.memory.ContextTools;

/**
 * One conversation with the agent: a MemGPT-style context window (persona and human core memory blocks, running
 * summary, recent turns, older turns in recall storage), the memory tools that edit and search it, and the agent
 * that answers each turn with the window's in-context tiers as the task's context. {@code zhiti chat} and the brain
 * benchmark's multi-turn items both talk through this, so the benchmark measures what a chat user gets.
 */
public final class Conversation {

    static final String PERSONA = "Zhiti, an analyst of AI compute, chips and costs; answers with figures "
            + "that carry formula, inputs and source.";

    /** The token budget of the in-context window unless {@code zhiti chat --context-tokens} says otherwise. */
    public static final int DEFAULT_CONTEXT_TOKENS = 8000;

    private final ContextWindow window;
    private final Agent agent;
    /** Every user turn so far, oldest first, for brains that read the conversation as structure. */
    private final List<String> userTurns = new java.util.ArrayList<>();
    /** The successful steps of the latest turn that computed figures: what a follow-up may build on. */
    private List<Observation> lastResults = List.of();

    private Conversation(ContextWindow window, Agent agent) {
        this.window = window;
        this.agent = agent;
    }

    /**
     * @param llm           the configured model, or empty for the offline brain
     * @param contextTokens the token budget of the in-context window
     * @param listeners     trace listeners of every turn's run
     * @param contextEvents memory pressure and evictions, as they happen
     */
    public static Conversation open(Workspace ws, Optional<LlmConfig> llm, int contextTokens,
                                    List<TraceListener> listeners, Consumer<ContextEvent> contextEvents) {
        return open(ws, llm, AgentSetup.brain(llm, ws), contextTokens, listeners, contextEvents);
    }

    /** @param brain the brain that answers every turn (one the caller already has) */
    public static Conversation open(Workspace ws, Optional<LlmConfig> llm, zhiti.agent.Brain brain, int contextTokens,
                                    List<TraceListener> listeners, Consumer<ContextEvent> contextEvents) {
        ContextWindow window = new ContextWindow(TokenCounter.forModel(llm.map(LlmConfig::model).orElse(null)),
                new ExtractiveSummarizer(), ws.embedder(), ws.existingStore().orElse(null),
                ContextSettings.of(contextTokens), contextEvents, Clock.systemUTC());
        window.setSystem(PERSONA);
        window.coreMemory().define("persona", PERSONA, 400);
        window.coreMemory().define("human", "", 1000);
        Agent agent = AgentSetup.agent(brain, AgentSetup.budget(AgentSetup.DEFAULT_MAX_STEPS, llm),
                listeners, ws, tools -> ContextTools.register(tools, window, ws.existingStore().isPresent()));
        return new Conversation(window, agent);
    }

    /** One user turn: the context is assembled before the turn is appended, so it holds only earlier turns. */
    public Answer say(String line) {
        java.util.Map<String, String> core = new java.util.LinkedHashMap<>();
        window.coreMemory().blocks().forEach(b -> core.put(b.label(), b.value()));
        Task task = Task.of(line).withContext(render(window.assemble()))
                .withConversation(new zhiti.agent.Conversation(userTurns, core, lastResults));
        window.append("user", line);
        userTurns.add(line);
        Answer a = agent.run(task);
        if (!a.figures().isEmpty() && a.steps().stream().anyMatch(Observation::ok)) {
            lastResults = a.steps().stream().filter(Observation::ok).toList();
        }
        window.append("assistant", a.text());
        return a;
    }

    /** A turn that happened elsewhere (a client's own history): into the context, with no run. */
    public void record(String role, String text) {
        String r = "user".equals(role) ? "user" : "assistant";
        window.append(r, text);
        if (r.equals("user")) userTurns.add(text);
    }

    /** The in-context tiers as text for the brain: core memory, summary and the recent turns. */
    static String render(Prompt p) {
        return p.parts().stream().filter(x -> !x.section().equals("system"))
                .map(x -> x.section().equals("message") ? x.role() + ": " + x.text() : "[" + x.section() + "]\n" + x.text())
                .collect(Collectors.joining("\n"));
    }
}
