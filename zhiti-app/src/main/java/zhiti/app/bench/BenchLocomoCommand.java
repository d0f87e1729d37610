package zhiti.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.memory.bench.LocomoBenchmark;
import zhiti.memory.kb.BgeSmallZhEmbedder;

/** {@code zhiti bench locomo --data FILE}: LoCoMo evidence recall@5 and @10 for hybrid, BM25 and vector retrieval. */
@Command(name = "locomo", mixinStandardHelpOptions = true,
        description = {"LoCoMo evidence recall: every dialogue turn becomes a memory record; for each question,",
                "how many of its evidence turns are in the top 5 and top 10 (hybrid, bm25, vector)."})
public final class BenchLocomoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "path to locomo10.json (never copied into the repo)")
    Path data;

    @Option(names = "--work", description = "directory for the temporary store (default: the system temp dir)")
    Path work;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException("no such file: " + data + " (expected ../shared/bench-data/locomo/locomo10.json)");
        }
        try (BgeSmallZhEmbedder bge = new BgeSmallZhEmbedder()) {
            BenchOutput.print(spec, json, LocomoBenchmark.run(data, bge,
                    work != null ? work : Path.of(System.getProperty("java.io.tmpdir"))));
        }
        return 0;
    }
}
