package zhiti.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.memory.kb.BatchSearch;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.Fusion;
import zhiti.memory.kb.Hit;
import zhiti.memory.kb.SearchMode;
import zhiti.memory.kb.SearchRequest;

/** {@code zhiti search "QUERY"} or {@code --batch QUERIES.jsonl}: retrieve passages from the knowledge base. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the knowledge base: hybrid (BM25 + vectors, fused by reciprocal rank), bm25 or vector.",
                "--batch FILE reads one {\"id\":…,\"query\":…} per line and prints one result line per query."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "what to look for")
    List<String> words;

    @Option(names = "--k", defaultValue = "5", description = "passages to return; default ${DEFAULT-VALUE}")
    int k;

    @Option(names = "--mode", defaultValue = "hybrid", description = "hybrid | bm25 | vector; default ${DEFAULT-VALUE}")
    String mode;

    @Option(names = "--batch", description = "JSON Lines file of queries: {\"id\":…, \"query\":…}")
    Path batch;

    @Option(names = "--store", description = "knowledge-base directory (default $ZHITI_HOME/store)")
    Path store;

    @Option(names = "--json", description = "print JSON (one object, or one line per query with --batch)")
    boolean json;

    @Override
    public Integer call() throws IOException {
        SearchMode m = parseMode(mode);
        if (k < 1) {
            throw new IllegalArgumentException("--k must be at least 1, got " + k);
        }
        if ((batch == null) == (words == null || words.isEmpty())) {
            throw new IllegalArgumentException("give a QUERY or --batch FILE (one of them)");
        }
        if (batch != null && !Files.isRegularFile(batch)) {
            throw new IllegalArgumentException("no such batch file: " + batch);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = new Workspace(root.env(), store)) {
            EmbeddedStore s = ws.existingStore().orElseThrow(() -> new IllegalArgumentException(
                    "no knowledge base at " + (store != null ? store : ws.home().resolve("store"))
                            + ": add documents first with `zhiti ingest PATH`"));
            if (batch != null) {
                runBatch(s, m, out);
            } else {
                List<Hit> hits = s.search(SearchRequest.of(String.join(" ", words), k).withMode(m));
                if (json) {
                    Json.print(out, Map.of("hits", hits.stream().map(SearchCommand::hit).toList()));
                } else {
                    print(out, hits);
                }
            }
        }
        return ZhitiCommand.OK;
    }

    /** One JVM for thousands of queries: each line in, one line out, in order; query vectors made in batches. */
    private void runBatch(EmbeddedStore s, SearchMode m, PrintWriter out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
            BatchSearch.run(s, in, out, k, m, Fusion.RRF);
        }
    }

    private static Map<String, Object> hit(Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", h.chunk().docId());
        m.put("record_id", h.recordId());
        m.put("score", h.score());
        m.put("locator", h.citation().locator());
        m.put("text", h.chunk().text());
        return m;
    }

    private static void print(PrintWriter out, List<Hit> hits) {
        if (hits.isEmpty()) {
            out.println("no passage matches");
        }
        int i = 1;
        for (Hit h : hits) {
            out.printf("%d. [%.4f] %s — %s%n   %s%n", i++, h.score(), h.chunk().docId(), h.citation().locator(),
                    h.chunk().text().strip().replaceAll("\\s+", " "));
        }
        out.flush();
    }

    private static SearchMode parseMode(String s) {
        try {
            return SearchMode.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --mode '" + s + "': use hybrid, bm25 or vector");
        }
    }
}
