package zhiti.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.runtime.Json;
import zhiti.runtime.Workspace;
import zhiti.app.ZhitiCommand;
import zhiti.app.bench.brain.BrainBenchReport;
import zhiti.app.bench.brain.BrainBenchRunner;
import zhiti.app.bench.brain.ItemResult;
import zhiti.app.bench.brain.LabelledItem;
import zhiti.app.bench.brain.LabelledSetReader;
import zhiti.memory.kb.IngestReport;
import zhiti.memory.kb.Ingestor;
import zhiti.memory.kb.ProgressPrinter;

/**
 * {@code zhiti bench brain --set FILE}: accuracy of the offline brain on a labelled question set. Every item runs
 * through the agent {@code zhiti ask --offline} builds (conversations through {@code zhiti chat}'s context
 * machinery) in a temporary home, so the user's memory and journal are untouched; the knowledge base is ingested
 * once into a temporary store with the real embedder and serves every item.
 */
@Command(name = "brain", mixinStandardHelpOptions = true,
        description = {"Runs a labelled question set (e.g. /work/devset/dev.jsonl) through the offline agent and checks",
                "each answer against its label: accuracy per class, per language and overall, planning time, and for",
                "each failure what was expected, what was found and why it failed. Progress goes to stderr."})
public final class BenchBrainCommand implements Callable<Integer> {

    /** The exit code of a run below --fail-under, as a failed check in CI. */
    static final int BELOW_FAIL_UNDER = 1;

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--set", required = true, paramLabel = "FILE",
            description = "labelled questions, one JSON object per line (the dev-set schema); repeatable, the sets run as one")
    List<Path> set;

    @Option(names = "--kb", paramLabel = "DIR",
            description = "documents for the knowledge base, repeatable (default: ../shared/seeds beside the checkout)")
    List<Path> kb;

    @Option(names = "--json", description = "print one JSON object {\"summary\":{…},\"items\":[…]}")
    boolean json;

    @Option(names = "--fail-under", paramLabel = "PCT",
            description = "exit 1 when the overall accuracy is below PCT percent")
    Double failUnder;

    @Option(names = "--only", paramLabel = "CLASS", description = "run only the items of this class, e.g. chains")
    String only;

    @Option(names = "--verbose", description = "show every item (passes too) with the tools it called")
    boolean verbose;

    @Override
    public Integer call() {
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new IllegalArgumentException("--fail-under is a percentage from 0 to 100, got " + failUnder);
        }
        List<LabelledItem> items = selected(set.stream().flatMap(f -> LabelledSetReader.read(f).stream()).toList());
        List<String> ids = items.stream().map(LabelledItem::id).toList();
        ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("item id " + id + " appears more than once in " + set + "; ids must be unique across sets");
        });
        List<Path> documents = knowledgeBase(items);
        PrintWriter err = spec.commandLine().getErr();
        Path tmp = tempDir();
        try (Workspace ws = Workspace.isolated(tmp.resolve("home"), tmp.resolve("store"),
                Workspace.homeOf(bench.root.env()).resolve("cache"))) {
            Map<String, Object> setup = new LinkedHashMap<>();
            setup.put("set", set.size() == 1 ? set.get(0).toString() : set.stream().map(Path::toString).toList());
            setup.put("only", only);
            setup.put("knowledge_base", documents.isEmpty() ? null : ingest(ws, documents, err));
            BrainBenchRunner runner = new BrainBenchRunner(ws, tmp.resolve("memory"));
            runner.warmUp();
            List<ItemResult> results = new ArrayList<>();
            long t0 = System.nanoTime();
            for (LabelledItem item : items) {
                ItemResult r = runner.run(item);
                results.add(r);
                err.printf("[%d/%d] %s %s %d ms%n", results.size(), items.size(), item.id(), r.pass() ? "pass" : "FAIL",
                        r.millis());
                err.flush();
            }
            BrainBenchReport report = new BrainBenchReport(results, (System.nanoTime() - t0) / 1_000_000, setup);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(out, report.json());
            } else {
                report.printText(out, verbose);
            }
            return failUnder != null && report.accuracy() < failUnder ? BELOW_FAIL_UNDER : ZhitiCommand.OK;
        } finally {
            delete(tmp);
        }
    }

    private List<LabelledItem> selected(List<LabelledItem> all) {
        if (only == null) {
            return all;
        }
        List<LabelledItem> chosen = all.stream().filter(i -> i.questionClass().equals(only)).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("--only " + only + ": no item of that class in " + String.join(", ", set.stream().map(Path::toString).toList()) + "; classes: "
                    + String.join(", ", all.stream().map(LabelledItem::questionClass).distinct().toList()));
        }
        return chosen;
    }

    /**
     * The documents to ingest. Given paths must exist; the default is used when it exists, and its absence is an
     * error only when a selected item needs the knowledge base.
     */
    private List<Path> knowledgeBase(List<LabelledItem> items) {
        if (kb != null && !kb.isEmpty()) {
            for (Path p : kb) {
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException("--kb " + p + ": no such file or directory");
                }
            }
            return kb;
        }
        String root = System.getProperty("zhiti.root");
        Path seeds = Path.of(root != null ? root : "").toAbsolutePath().resolve("../shared/seeds").normalize();
        if (Files.isDirectory(seeds)) {
            return List.of(seeds);
        }
        List<String> needing = items.stream().filter(LabelledItem::kb).map(LabelledItem::id).toList();
        if (!needing.isEmpty()) {
            throw new IllegalArgumentException(needing.size() + " items need the knowledge base (" + String.join(", ",
                    needing.subList(0, Math.min(5, needing.size()))) + (needing.size() > 5 ? ", …" : "")
                    + ") but the default " + seeds + " does not exist; pass the seed reports with --kb DIR");
        }
        return List.of();
    }

    private static Map<String, Object> ingest(Workspace ws, List<Path> documents, PrintWriter err) {
        err.println("bench brain: ingesting " + documents + " into a temporary knowledge base …");
        err.flush();
        IngestReport r = new Ingestor(ws.store(), Ingestor.Options.defaults()).ingest(documents,
                new ProgressPrinter(new PrintStream(System.err, true), System.console() != null));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paths", documents.stream().map(Path::toString).toList());
        m.put("documents", ws.store().documents().size());
        m.put("passages", ws.store().chunkCount());
        m.put("ingest_ms", r.elapsedMillis());
        return m;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("zhiti-bench-brain-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing a finished benchmark for
        }
    }
}
