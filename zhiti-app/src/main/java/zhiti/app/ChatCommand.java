package zhiti.app;

import zhiti.runtime.Workspace;
import zhiti.runtime.AgentSetup;
import zhiti.runtime.Conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.agent.Answer;
import zhiti.brain.llm.LlmConfig;
import zhiti.memory.context.ContextEvent;

/**
 * {@code zhiti chat}: a conversation, one question per line. A MemGPT-style context window carries it across turns:
 * core memory blocks and a running summary stay in context, old turns move to recall storage when the budget fills,
 * and the brain can edit and search these tiers with tools (see {@link Conversation}).
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"A conversation on standard input, one question per line (an empty line or EOF ends it).",
                "Context is managed in MemGPT tiers: core memory, running summary, recent turns; older turns are searchable."})
public final class ChatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Option(names = "--offline", description = "use the offline brain even when an LLM is configured")
    boolean offline;

    @Option(names = "--context-tokens", defaultValue = "" + Conversation.DEFAULT_CONTEXT_TOKENS,
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
        try (Workspace ws = new Workspace(root.env(), store).purpose("zhiti chat")) {
            Optional<LlmConfig> llm = offline ? Optional.empty() : AgentSetup.llmConfig(ws, root.env());
            Conversation conversation = Conversation.open(ws, llm, contextTokens, List.of(new TracePrinter(out)),
                    e -> report(out, e));
            BufferedReader in = new BufferedReader(new InputStreamReader(root.stdin(), StandardCharsets.UTF_8));
            out.println("Zhiti chat — one question per line; an empty line ends. (" + (llm.isPresent() ? "llm" : "offline")
                    + " brain, context budget " + contextTokens + " tokens)");
            for (String line; prompt(out) && (line = in.readLine()) != null && !line.isBlank(); ) {
                Answer a = conversation.say(line);
                AskCommand.printAnswer(out, a);
            }
        }
        return ZhitiCommand.OK;
    }

    private static boolean prompt(PrintWriter out) {
        out.print("> ");
        out.flush();
        return true;
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
