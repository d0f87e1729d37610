package zhiti.app;

import java.io.PrintWriter;
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

/** {@code zhiti demo}: a short offline session that shows the plan, tool calls and figures for a few questions. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a short offline session: the agent answers a few questions in Chinese and English.")
public final class DemoCommand implements Callable<Integer> {

    static final List<String> QUESTIONS = List.of(
            "How many DGX A100 servers are needed to train GPT-3 (175B parameters, 300B tokens) in 7 days?",
            "用 DGX H100 在 7 天内训练 GPT-3，按 FP8 计算需要多少台服务器？",
            "GPT-3 on A100 vs H100: how many GPUs does each need to train it in 30 days?",
            "用 1024 张 A100 训练一个 700 亿参数、2 万亿 token 的模型要多少天？",
            "How much compute does it take to train Llama 2 70B?",
            "What's the weather in Beijing tomorrow?");

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Zhiti demo — offline brain, no LLM, no network. Each answer shows its plan, tool calls and figures.");
        try (Workspace ws = new Workspace(root.env(), null)) {
            run(out, AgentSetup.agent(AgentSetup.brain(Optional.empty(), ws), Budget.DEFAULT,
                    List.of(new TracePrinter(out)), ws));
        }
        return ZhitiCommand.OK;
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
