package zhiti.app;

import zhiti.runtime.Workspace;
import zhiti.runtime.Json;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.memory.kb.Chunker;
import zhiti.memory.kb.FileOutcome;
import zhiti.memory.kb.IngestListener;
import zhiti.memory.kb.IngestReport;
import zhiti.memory.kb.Ingestor;
import zhiti.memory.kb.ProgressPrinter;

/** {@code zhiti ingest PATH…}: add documents to the knowledge base; idempotent and safe to interrupt and rerun. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add files or directories (txt, md, html, pdf, conversation json/jsonl) to the knowledge base.",
                "Unchanged files are skipped, changed ones replaced; an interrupted run is completed by running it again."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to ingest")
    List<Path> paths;

    @Option(names = "--store", description = "knowledge-base directory (default $ZHITI_HOME/store)")
    Path store;

    @Option(names = "--chunk-size", defaultValue = "500", paramLabel = "CHARS",
            description = "longest passage in characters (passages end at sentence ends); default ${DEFAULT-VALUE}")
    int chunkSize;

    @Option(names = "--overlap", defaultValue = "80", paramLabel = "CHARS",
            description = "characters of whole sentences shared by neighbouring passages; default ${DEFAULT-VALUE}")
    int overlap;

    @Option(names = "--max-mb", defaultValue = "64", paramLabel = "MB",
            description = "files larger than this are skipped with a reason; default ${DEFAULT-VALUE}")
    int maxMb;

    @Option(names = "--json", description = "print one JSON object with the outcome of every file")
    boolean json;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
        }
        if (maxMb < 1) {
            throw new IllegalArgumentException("--max-mb must be at least 1, got " + maxMb);
        }
        Chunker chunker;
        try {
            chunker = new Chunker(chunkSize, overlap);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--chunk-size " + chunkSize + " --overlap " + overlap + ": " + e.getMessage());
        }
        Ingestor.Options options = new Ingestor.Options(chunker, (long) maxMb << 20, 64);
        try (Workspace ws = new Workspace(root.env(), store).purpose("zhiti ingest")) {
            IngestListener progress = json ? IngestListener.NONE
                    : new ProgressPrinter(new PrintStream(System.err, true), System.console() != null);
            IngestReport r = new Ingestor(ws.store(), options).ingest(paths, progress);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (FileOutcome.Status s : FileOutcome.Status.values()) {
                    m.put(s.name().toLowerCase(), r.count(s));
                }
                m.put("chunks", r.chunksWritten());
                m.put("embedded", r.chunksEmbedded());
                m.put("ms", r.elapsedMillis());
                m.put("files", r.files());
                Json.print(spec.commandLine().getOut(), m);
            }
            return ZhitiCommand.OK;
        }
    }
}
