package zhiti.app;

import zhiti.runtime.AgentSetup;
import zhiti.runtime.RunRequest;
import zhiti.runtime.Zhiti;
import zhiti.runtime.AnswerJson;
import zhiti.runtime.Json;
import zhiti.runtime.TraceFile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.agent.Answer;
import zhiti.core.Lang;
import zhiti.agent.TraceListener;

/** {@code zhiti ask "QUESTION"}: one question through the agent loop. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Ask the agent a question (Chinese or English); it plans, calls tools and answers with figures.",
                "Example: zhiti ask \"How many DGX A100 servers are needed to train GPT-3 in 7 days?\" --json"})
public final class AskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "the question; quote it or pass several words")
    List<String> words;

    @Option(names = "--json", description = "print one JSON object: answer, figures, citations, steps, brain")
    boolean json;

    @Option(names = "--lang", description = "answer language zh|en (default: the question's language)")
    String lang;

    @Option(names = "--max-steps", defaultValue = "" + AgentSetup.DEFAULT_MAX_STEPS,
            description = "step budget; default ${DEFAULT-VALUE}")
    int maxSteps;

    @Option(names = "--trace-file", description = "append every trace event to this JSON Lines file as it happens")
    Path traceFile;

    @Option(names = "--offline", description = "use the offline brain even when an LLM is configured (ZHITI_LLM_*)")
    boolean offline;

    @Option(names = "--store", description = "knowledge-base directory (default $ZHITI_HOME/store)")
    Path store;

    @Option(names = "--speak", paramLabel = "FILE", description = "also read the answer aloud into this WAV file "
            + "(espeak-ng offline, or the speech API in speech.url)")
    Path speak;

    @Override
    public Integer call() throws Exception {
        String question = String.join(" ", words);
        Lang l = lang == null ? Lang.detect(question) : Lang.parse(lang);
        if (maxSteps < 1) {
            throw new IllegalArgumentException("--max-steps must be at least 1, got " + maxSteps);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<TraceListener> listeners = new ArrayList<>();
        if (!json) {
            listeners.add(new TracePrinter(out));
        }
        TraceFile file = traceFile == null ? null : new TraceFile(traceFile);
        if (file != null) {
            listeners.add(file);
        }
        try (Zhiti zhiti = Zhiti.open(Zhiti.Options.defaults().withEnv(root.env()).withStore(store).withOffline(offline))) {
            zhiti.workspace().purpose("zhiti ask");
            if (speak != null && speak.getParent() != null && !java.nio.file.Files.isDirectory(speak.toAbsolutePath().getParent())) {
                throw new IllegalArgumentException("--speak " + speak + ": the directory " + speak.toAbsolutePath().getParent()
                        + " does not exist; give a path in an existing directory");
            }
            Answer a = zhiti.ask(new RunRequest(question, l, null, null).withMaxSteps(maxSteps), listeners);
            if (speak != null) {
                Speech.readAloud(zhiti.tools(), a.text(), l, speak, spec.commandLine().getErr());
            }
            if (json) {
                Json.print(out, AnswerJson.of(a, l));
            } else {
                printAnswer(out, a);
            }
            // the answer is printed either way; a brain failure is still an internal error for scripts
            return a.status() == Answer.Status.ERROR ? ZhitiCommand.INTERNAL_ERROR : ZhitiCommand.OK;
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    static void printAnswer(PrintWriter out, Answer a) {
        out.println();
        out.println(a.text());
        if (!a.figures().isEmpty()) {
            out.println();
            out.println("figures:");
            FigureText.print(out, a.figures());
        }
        out.flush();
    }
}
