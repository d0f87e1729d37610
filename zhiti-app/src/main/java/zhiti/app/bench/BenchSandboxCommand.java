package zhiti.app.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.tools.code.SandboxBench;

/**
 * {@code zhiti bench sandbox}: how fast run_code answers. The first call (a worker JVM to start), warm calls of a
 * trivial program (p50, p99, max) and the time from a killed worker to the next answer.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Benchmarks the run_code sandbox: cold start, warm call latency, recovery after a kill.",
                "--json prints {\"cold_ms\": …, \"warm_p50_ms\": …, \"warm_p99_ms\": …, …}"})
public final class BenchSandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--calls", defaultValue = "200", description = "warm calls to time; default ${DEFAULT-VALUE}")
    int calls;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (calls < 10 || calls > 100_000) {
            throw new IllegalArgumentException("--calls must be between 10 and 100000, got " + calls);
        }
        BenchOutput.print(spec, json, SandboxBench.run(calls));
        return 0;
    }
}
