package zhiti.app;

import zhiti.runtime.Workspace;
import zhiti.runtime.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import zhiti.memory.kb.Ingestor;
import zhiti.memory.kb.SearchFilter;
import zhiti.memory.kb.SearchMode;
import zhiti.memory.kb.SearchRequest;

/** {@code zhiti search "QUERY"} or {@code --batch QUERIES.jsonl}: retrieve passages from the knowledge base. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the knowledge base: hybrid (BM25 + vectors, fused by reciprocal rank), bm25 or vector;",
                "--doc, --kind, --from and --to narrow it to some documents, kinds of record or dates.",
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

    @Option(names = "--fusion", defaultValue = "rrf",
            description = "how hybrid mode combines the rankers: rrf (reciprocal rank) | min-max (scaled scores); default ${DEFAULT-VALUE}")
    String fusion;

    @Option(names = "--bm25-weight", defaultValue = "1", description = "weight of the BM25 ranker in hybrid mode; default ${DEFAULT-VALUE}")
    double bm25Weight;

    @Option(names = "--vector-weight", defaultValue = "1", description = "weight of the vector ranker in hybrid mode; default ${DEFAULT-VALUE}")
    double vectorWeight;

    @Option(names = "--rrf-k", defaultValue = "" + SearchRequest.DEFAULT_RRF_K,
            description = "RRF constant: score = sum of weight / (k + rank); default ${DEFAULT-VALUE}")
    int rrfK;

    @Option(names = "--doc", paramLabel = "FILE|ID", description = "only passages of this document (repeatable): an ingested file's path or its id")
    List<String> docs;

    @Option(names = "--kind", paramLabel = "KIND", description = "only records of this kind (repeatable): passage | turn")
    List<String> kinds;

    @Option(names = "--from", paramLabel = "DATE", description = "only records dated on or after DATE (YYYY-MM-DD, UTC; file time for documents, turn time for conversations)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "only records dated on or before DATE (YYYY-MM-DD, UTC, the whole day)")
    String to;

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
        if (bm25Weight < 0 || vectorWeight < 0 || bm25Weight + vectorWeight == 0) {
            throw new IllegalArgumentException("--bm25-weight and --vector-weight must be >= 0 and not both 0");
        }
        if (rrfK < 1) {
            throw new IllegalArgumentException("--rrf-k must be at least 1, got " + rrfK);
        }
        if ((batch == null) == (words == null || words.isEmpty())) {
            throw new IllegalArgumentException("give a QUERY or --batch FILE (one of them)");
        }
        if (batch != null && !Files.isRegularFile(batch)) {
            throw new IllegalArgumentException("no such batch file: " + batch);
        }
        SearchRequest how = new SearchRequest("?", null, k, m, filter(), bm25Weight, vectorWeight, rrfK, Fusion.parse(fusion));
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = new Workspace(root.env(), store).purpose("zhiti search")) {
            EmbeddedStore s = ws.existingStore().orElseThrow(() -> new IllegalArgumentException(
                    "no knowledge base at " + (store != null ? store : ws.home().resolve("store"))
                            + ": add documents first with `zhiti ingest PATH`"));
            if (batch != null) {
                runBatch(s, how, out);
            } else {
                List<Hit> hits = s.search(how.withText(String.join(" ", words)));
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
    private void runBatch(EmbeddedStore s, SearchRequest how, PrintWriter out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
            BatchSearch.run(s, in, out, how);
        }
    }

    /** Documents are stored under their absolute path, so a path as typed is resolved the same way. */
    private SearchFilter filter() {
        Set<String> docIds = new LinkedHashSet<>();
        if (docs != null) {
            for (String d : docs) {
                docIds.add(Files.exists(Path.of(d)) ? Ingestor.docId(Path.of(d)) : d);
            }
        }
        Long fromMs = from == null ? null : day(from, "--from").toEpochMilli();
        Long toMs = to == null ? null : day(to, "--to").plus(Duration.ofDays(1)).toEpochMilli() - 1;
        return new SearchFilter(docIds, fromMs, toMs, kinds == null ? Set.of() : Set.copyOf(kinds));
    }

    private static Instant day(String s, String option) {
        try {
            return LocalDate.parse(s.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " needs a date like 2024-03-31, got '" + s + "'");
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
