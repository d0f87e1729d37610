package zhiti.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.runtime.Json;
import zhiti.runtime.RunRecord;
import zhiti.runtime.RunStore;
import zhiti.runtime.Workspace;

/** {@code zhiti runs [ID]}: the run history (asked here or through zhiti serve), or one run with its answer. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"The run history, newest first: questions asked with zhiti ask or through zhiti serve.",
                "With an ID, that run's answer and its events (--json for all of it)."})
public final class RunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "a run id from the list")
    String id;

    @Option(names = "--limit", defaultValue = "20", description = "runs to list; default ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
        PrintWriter out = spec.commandLine().getOut();
        RunStore store = new RunStore(Workspace.homeOf(root.env()).resolve("runs"));
        if (id != null) {
            RunRecord r = store.load(id).orElseThrow(() -> new IllegalArgumentException(
                    "no run " + id + "; `zhiti runs` lists them"));
            if (json) {
                Json.print(out, r.toMap(true));
            } else {
                out.printf("%s  %s  %s%n%s%n%n", r.id(), r.status(), r.created(), r.question());
                Object text = r.answer() == null ? "(no answer: the run was " + r.status() + ")" : r.answer().get("answer");
                out.println(text);
                out.flush();
            }
            return ZhitiCommand.OK;
        }
        List<RunRecord> runs = store.list(limit);
        if (json) {
            Json.print(out, Map.of("runs", runs.stream().map(r -> r.toMap(false)).toList()));
            return ZhitiCommand.OK;
        }
        if (runs.isEmpty()) out.println("no runs yet: ask something with `zhiti ask \"…\"` or through `zhiti serve`");
        for (RunRecord r : runs) {
            String q = r.question().length() > 80 ? r.question().substring(0, 79) + "…" : r.question();
            out.printf("%-34s %-16s %s%n", r.id(), r.status(), q);
        }
        out.flush();
        return ZhitiCommand.OK;
    }
}
