package zhiti.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhiti.agent.Answer;
import zhiti.agent.Brain;
import zhiti.agent.Task;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;
import zhiti.agent.TraceListener;
import zhiti.brain.llm.LlmConfig;
import zhiti.mcp.McpMounts;
import zhiti.memory.kb.Chunker;
import zhiti.memory.kb.Hit;
import zhiti.memory.kb.IngestListener;
import zhiti.memory.kb.IngestReport;
import zhiti.memory.kb.Ingestor;
import zhiti.memory.kb.SearchRequest;

/**
 * Zhiti embedded: one workspace, its agent wiring, background runs with stored history, conversations by session
 * id, ingestion and search. The command line and the server are clients of this class.
 * <pre>{@code
 * try (Zhiti z = Zhiti.open(Zhiti.Options.defaults())) {
 *     Answer a = z.ask(RunRequest.of("How many H100-days for a 70B model on 2T tokens?"), List.of());
 * }
 * }</pre>
 */
public final class Zhiti implements AutoCloseable {

    /**
     * @param env          where ZHITI_HOME and the ZHITI_LLM_* settings are read
     * @param store        the knowledge base directory, or null for $ZHITI_HOME/store
     * @param offline      the offline brain even when an LLM is configured
     * @param workers      runs answered at once (the others queue)
     * @param maxPerCaller runs one caller may have going at once
     */
    public record Options(Map<String, String> env, Path store, boolean offline, int workers, int maxPerCaller) {
        public static Options defaults() {
            return new Options(System.getenv(), null, false, Math.max(2, Runtime.getRuntime().availableProcessors()), 32);
        }

        public Options withEnv(Map<String, String> e) {
            return new Options(e, store, offline, workers, maxPerCaller);
        }

        public Options withStore(Path s) {
            return new Options(env, s, offline, workers, maxPerCaller);
        }

        public Options withOffline(boolean o) {
            return new Options(env, store, o, workers, maxPerCaller);
        }

        public Options withLimits(int w, int perCaller) {
            return new Options(env, store, offline, w, perCaller);
        }
    }

    private final Workspace ws;
    private final Optional<LlmConfig> llm;
    private final Runs runs;
    /** Conversations by session id; the least recently used goes when a server has kept this many. */
    static final int MAX_SESSIONS = 256;
    private final Map<String, Session> sessions = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                    return size() > MAX_SESSIONS;
                }
            });
    private Brain offlineBrain;
    /** The tools of the MCP servers the settings list (mcp.servers), started on the first run, closed with this. */
    private final McpMounts mcp;

    private Zhiti(Workspace ws, Options o) {
        this.ws = ws;
        this.llm = o.offline() ? Optional.empty() : AgentSetup.llmConfig(ws, o.env());
        this.runs = new Runs(new RunStore(ws.home().resolve("runs")), this::execute, o.workers(), o.maxPerCaller());
        this.mcp = McpMounts.configured(ws.toolContext().settings(), m -> System.err.println("zhiti: " + m));
        AgentSetup.mount(ws, mcp);
    }

    public static Zhiti open(Options o) {
        return new Zhiti(new Workspace(o.env(), o.store()), o);
    }

    /** Over a workspace the caller made (a benchmark's temporary one, say); closing this closes it. */
    public static Zhiti open(Workspace ws, Options o) {
        return new Zhiti(ws, o);
    }

    public Workspace workspace() {
        return ws;
    }

    /** "offline" or "llm": the brain that answers. */
    public String brainName() {
        return llm.isPresent() ? "llm" : "offline";
    }

    /**
     * Opens what the first question would otherwise wait for: the intent router (trained on a fresh home, about
     * 20 s, then cached), the knowledge base and the memory stream. A server calls this before it listens.
     */
    public void warmUp() {
        if (llm.isEmpty()) brain();
        ws.existingStore();
        ws.memoryStream();
        ws.embedder().embed("。");
    }

    /** Answers on the caller's thread, kept in the run history; listeners see the trace as it happens. */
    public Answer ask(RunRequest r, List<TraceListener> listeners) {
        return runs.runHere(r, listeners);
    }

    /** Background runs: start, follow, list, cancel. */
    public Runs runs() {
        return runs;
    }

    private Answer execute(RunRequest r, TraceListener events) {
        List<TraceListener> listeners = List.of(events);
        if (r.session() != null) {
            return sessions.computeIfAbsent(r.session(), id -> new Session()).say(r.question(), listeners);
        }
        if (!r.history().isEmpty()) {
            Session s = new Session();
            s.replay(r.history());
            return s.say(r.question(), listeners);
        }
        Task task = Task.of(r.question(), r.answerLang());
        int steps = r.maxSteps() > 0 ? r.maxSteps() : AgentSetup.DEFAULT_MAX_STEPS;
        return AgentSetup.agent(brain(), AgentSetup.budget(steps, llm), listeners, ws).run(task);
    }

    /**
     * The brain of a run. The offline brain keeps a task's state in the task's short-term memory, so one instance
     * serves every run; building it compiles the reader's name patterns, which cost more than answering.
     */
    private synchronized Brain brain() {
        if (llm.isPresent()) return AgentSetup.brain(llm, ws);
        if (offlineBrain == null) offlineBrain = AgentSetup.brain(llm, ws);
        return offlineBrain;
    }

    /** One conversation: its turns run one at a time, in order, with whichever listeners the turn brings. */
    private final class Session {
        private final ForwardingListener forward = new ForwardingListener();
        private final Conversation conversation = Conversation.open(ws, llm, brain(), Conversation.DEFAULT_CONTEXT_TOKENS,
                List.of(forward), e -> { });

        /**
         * A conversation the client kept: offline, its user turns are answered again (cheap, and a follow-up then
         * builds on real results); with a model, the turns only enter the context, so replaying costs no calls.
         */
        synchronized void replay(List<RunRequest.Turn> turns) {
            for (RunRequest.Turn t : turns) {
                if (llm.isEmpty() && t.user()) conversation.say(t.text());
                else if (llm.isPresent()) conversation.record(t.role(), t.text());
            }
        }

        synchronized Answer say(String line, List<TraceListener> listeners) {
            forward.targets = listeners;
            try {
                return conversation.say(line);
            } finally {
                forward.targets = List.of();
            }
        }
    }

    private static final class ForwardingListener implements TraceListener {
        volatile List<TraceListener> targets = List.of();

        @Override
        public void on(zhiti.agent.TraceEvent e) {
            for (TraceListener t : targets) t.on(e);
        }
    }

    /** Adds files to the knowledge base (created if needed); progress goes to {@code listener}. */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        return new Ingestor(ws.store(), new Ingestor.Options(new Chunker(500, 80), 64L << 20, 64)).ingest(paths, listener);
    }

    public List<Hit> search(String query, int k) {
        return ws.existingStore().map(s -> s.search(SearchRequest.of(query, k))).orElse(List.of());
    }

    /** The tools a run can call that do not depend on one conversation: the providers' calculators. */
    public ToolRegistry tools() {
        return ToolProvider.discover(new ToolRegistry(), ws.toolContext());
    }

    /** Finishes or cancels the runs going, stops the MCP servers it started, then closes the workspace. */
    @Override
    public void close() {
        try {
            runs.close();
        } finally {
            try {
                AgentSetup.unmount(ws);
                mcp.close();
            } finally {
                ws.close();
            }
        }
    }
}
