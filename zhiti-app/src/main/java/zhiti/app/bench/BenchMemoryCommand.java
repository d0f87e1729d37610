package zhiti.app.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.memory.bench.MemoryBenchmark;

/** {@code zhiti bench memory --records N}: retrieval latency and recall against an exact scan and LangChain4j. */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = {"Retrieval benchmark on N records with a stated synthetic vector distribution: hybrid and vector",
                "p50/p99, recall@10 against the exact scan, the exact scan and LangChain4j's in-memory store, same run."})
public final class BenchMemoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--records", defaultValue = "100000", description = "records to load; default ${DEFAULT-VALUE}")
    int records;

    @Option(names = "--queries", defaultValue = "1000", description = "timed queries; default ${DEFAULT-VALUE}")
    int queries;

    @Option(names = "--work", description = "directory for the temporary index (default: the system temp dir)")
    Path work;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        MemoryBenchmark.Result r = MemoryBenchmark.run(records, queries,
                work != null ? work : Path.of(System.getProperty("java.io.tmpdir")),
                message -> spec.commandLine().getErr().println("bench memory: " + message));
        BenchOutput.print(spec, json, r);
        return 0;
    }
}
