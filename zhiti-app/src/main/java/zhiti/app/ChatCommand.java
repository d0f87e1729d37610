package zhiti.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
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
 * {@code zhiti chat}: a conversation, one question per line. A MemGPT-style context window carries it across turns:
 * core memory blocks and a running summary stay in context, old turns move to recall storage when the budget fills,
 * and the brain can edit and search these tiers with tools.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"A conversation on standard input, one question per line (an empty line or EOF ends it).",
                "Context is managed in MemGPT tiers: core memory, running summary, recent turns; older turns are searchable."})
public final class ChatCommand implements Callable<Integer> {

    private static final String PERSONA = "Zhiti, an analyst of AI compute, chips and costs; answers with figures "
            + "that carry formula, inputs and source.";

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Option(names = "--offline", description = "use the offline brain even when an LLM is configured")
    boolean offline;

    @Option(names = "--context-tokens", defaultValue = "8000",
            description = "token budget of the in-context window; default ${DEFAULT-VALUE}")
    int contextTokens;

    @Option(names = "--store", description = "knowledge-base directory (default $ZHITI_HOME/store)")
    Path store;

    @Override
    public Integer call() throws IOException {
        if (contextTokens < 200) {
            throw new IllegalArgumentException("--context-tokens must be at least 200, got " + contextTokens);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = new Workspace(root.env(), store)) {
            Optional<LlmConfig> llm = offline ? Optional.empty() : AgentSetup.llmConfig(ws, root.env());
            ContextWindow window = new ContextWindow(TokenCounter.forModel(llm.map(LlmConfig::model).orElse(null)), new ExtractiveSummarizer(), ws.embedder(),
                    ws.existingStore().orElse(null), ContextSettings.of(contextTokens), e -> report(out, e), Clock.systemUTC());
            window.setSystem(PERSONA);
            window.coreMemory().define("persona", PERSONA, 400);
            window.coreMemory().define("human", "", 1000);
            List<TraceListener> listeners = new ArrayList<>(List.of(new TracePrinter(out)));
            Agent agent = AgentSetup.agent(AgentSetup.brain(llm, ws), AgentSetup.budget(12, llm), listeners, ws,
                    tools -> ContextTools.register(tools, window, ws.existingStore().isPresent()));
            BufferedReader in = new BufferedReader(new InputStreamReader(root.stdin(), StandardCharsets.UTF_8));
            out.println("Zhiti chat — one question per line; an empty line ends. (" + (llm.isPresent() ? "llm" : "offline")
                    + " brain, context budget " + contextTokens + " tokens)");
            for (String line; prompt(out) && (line = in.readLine()) != null && !line.isBlank(); ) {
                Task task = Task.of(line).withContext(render(window.assemble()));
                window.append("user", line);
                Answer a = agent.run(task);
                AskCommand.printAnswer(out, a);
                window.append("assistant", a.text());
            }
        }
        return ZhitiCommand.OK;
    }

    private static boolean prompt(PrintWriter out) {
        out.print("> ");
        out.flush();
        return true;
    }

    /** The in-context tiers as text for the brain: core memory, summary and the recent turns. */
    static String render(Prompt p) {
        return p.parts().stream().filter(x -> !x.section().equals("system"))
                .map(x -> x.section().equals("message") ? x.role() + ": " + x.text() : "[" + x.section() + "]\n" + x.text())
                .collect(Collectors.joining("\n"));
    }

    private static void report(PrintWriter out, ContextEvent e) {
        switch (e) {
            case ContextEvent.MemoryPressure p -> out.printf("(memory pressure: %d of %d context tokens used)%n",
                    p.usedTokens(), p.budgetTokens());
            case ContextEvent.Evicted ev -> out.printf("(%d older turns moved to recall storage; summary updated)%n",
                    ev.messages().size());
        }
        out.flush();
    }
}
