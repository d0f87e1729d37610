package zhiti.app;

import zhiti.runtime.Workspace;
import zhiti.runtime.AgentSetup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
import zhiti.agent.Budget;
import zhiti.agent.Task;
import zhiti.memory.kb.ProgressPrinter;
import zhiti.memory.kb.IngestReport;
import zhiti.memory.kb.Ingestor;

/**
 * {@code zhiti demo}: a short offline session. It builds a small knowledge base (the demo notes shipped with Zhiti,
 * plus the seed reports when ../shared/seeds sits beside the checkout), then asks questions in Chinese and English
 * and shows each plan, tool call, figure and citation.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a short offline session: the agent answers questions in Chinese and English, with plans, "
                + "tool calls, figures and citations.")
public final class DemoCommand implements Callable<Integer> {

    static final List<String> QUESTIONS = List.of(
            "How many DGX A100 servers are needed to train GPT-3 (175B parameters, 300B tokens) in 7 days?",
            "用 DGX H100 在 7 天内训练 GPT-3，按 FP8 计算需要多少台服务器？",
            "GPT-3 on A100 vs H100: how many GPUs does each need to train it in 30 days?",
            "按每卡时 2 美元租 A100，训练 GPT-3 要花多少钱？",
            "What is the TPP of the H100 and the H20, and are they export-controlled?",
            "每 GFLOPS 成本的年复合下降率是多少？",
            "报告如何描述 Sora 的训练数据集？",
            "What's the weather in Beijing tomorrow?");

    private static final String[] NOTES = {"agents.md", "compute.md"};

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Zhiti demo — offline brain, no LLM, no network. Each answer shows its plan, tool calls and figures.");
        Path home = Workspace.homeOf(root.env());
        // the demo keeps its knowledge base and memory apart from the user's own
        try (Workspace demo = new Workspace(root.env(), home.resolve("demo-store"), home.resolve("demo-memory"))) {
            // the first run embeds the documents (tens of seconds): show progress on stderr, keep stdout clean
            IngestReport r = new Ingestor(demo.store(), Ingestor.Options.defaults()).ingest(demoDocuments(home),
                    new ProgressPrinter(new PrintStream(System.err, true), System.console() != null));
            out.printf("knowledge base: %d documents, %d passages (%d chunks added now, %d ms)%n",
                    demo.store().documents().size(), demo.store().chunkCount(), r.chunksWritten(), r.elapsedMillis());
            run(out, AgentSetup.agent(AgentSetup.brain(Optional.empty(), demo), Budget.DEFAULT,
                    List.of(new TracePrinter(out)), demo));
        }
        return ZhitiCommand.OK;
    }

    /** The shipped notes, written out once, and the seed reports if they are beside the checkout. */
    private static List<Path> demoDocuments(Path home) {
        List<Path> docs = new ArrayList<>();
        Path dir = home.resolve("demo-docs");
        try {
            Files.createDirectories(dir);
            for (String n : NOTES) {
                try (InputStream in = DemoCommand.class.getResourceAsStream("/zhiti/app/demo/" + n)) {
                    byte[] text = in.readAllBytes();
                    Path f = dir.resolve(n);
                    if (!Files.exists(f) || !Arrays.equals(Files.readAllBytes(f), text)) {
                        Files.write(f, text);
                    }
                    docs.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo notes under " + dir, e);
        }
        String rootDir = System.getProperty("zhiti.root");
        if (rootDir != null) {
            Path seeds = Path.of(rootDir).resolve("../shared/seeds").normalize();
            if (Files.isDirectory(seeds)) {
                docs.add(seeds);
            }
        }
        return docs;
    }

    private static void run(PrintWriter out, Agent agent) {
        int n = 1;
        for (String q : QUESTIONS) {
            out.println();
            out.println("━━━ " + n++ + "/" + QUESTIONS.size() + " ━━━ " + q);
            long t0 = System.nanoTime();
            Answer a = agent.run(Task.of(q));
            AskCommand.printAnswer(out, a);
            out.printf("(%s brain, %d steps, %d ms)%n", a.brain(), a.steps().size(), (System.nanoTime() - t0) / 1_000_000);
        }
        out.flush();
    }
}
