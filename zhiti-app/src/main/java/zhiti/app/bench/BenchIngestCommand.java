package zhiti.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zhiti.memory.bench.IngestBenchmark;

/** {@code zhiti bench ingest PATH…}: chunks per second, beside a LangChain4j pipeline and the model's ceiling. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingestion benchmark: Zhiti's chunks/s, a LangChain4j splitter + same-model embedding pipeline",
                "on the same files, and the raw embedding throughput of the model (the ceiling)."})
public final class BenchIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to ingest")
    List<Path> paths;

    @Option(names = "--work", description = "directory for the temporary store (default: the system temp dir)")
    Path work;

    @Option(names = "--repeats", defaultValue = "3", description = "runs of each pipeline; the best is kept; default ${DEFAULT-VALUE}")
    int repeats;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
        }
        IngestBenchmark.Result r = IngestBenchmark.run(paths,
                work != null ? work : Path.of(System.getProperty("java.io.tmpdir")),
                Runtime.getRuntime().availableProcessors(), repeats);
        BenchOutput.print(spec, json, r);
        return 0;
    }
}
