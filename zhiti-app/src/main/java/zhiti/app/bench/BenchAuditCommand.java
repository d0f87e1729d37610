package zhiti.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.audit.score.AuditScore;

/** {@code zhiti bench audit --set DIR}: recall and false alarms of the audit on a labelled set (DIR/docs, DIR/labels.jsonl). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Scores zhiti audit on a labelled set: DIR/docs/* audited together, DIR/labels.jsonl one",
                "{\"doc\",\"quote\",\"number\",\"kind\",\"truth\":\"error|holds|unverifiable\"} per line. Prints recall and false",
                "alarms per kind, the missed errors, the false alarms and the flags on unlabelled numbers (--json for all of it)."})
public final class BenchAuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--set", required = true, paramLabel = "DIR", description = "a labelled set: DIR/docs and DIR/labels.jsonl")
    Path set;

    @Option(names = "--labels", paramLabel = "FILE", description = "labels file when not DIR/labels.jsonl")
    Path labels;

    @Option(names = "--docs", paramLabel = "DIR", description = "documents directory when not DIR/docs")
    Path docs;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--verbose", description = "list missed errors, false alarms and unlabelled flags")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Path l = labels != null ? labels : set.resolve("labels.jsonl");
        Path d = docs != null ? docs : set.resolve("docs");
        if (!Files.isRegularFile(l)) throw new IllegalArgumentException("no labels file " + l + "; give --labels FILE");
        if (!Files.isDirectory(d)) throw new IllegalArgumentException("no documents directory " + d + "; give --docs DIR");
        AuditScore.Result r = AuditScore.score(d, AuditScore.labels(l));
        var out = spec.commandLine().getOut();
        if (json) out.println(AuditScore.json(r).toPrettyString());
        else {
            out.print(AuditScore.text(r));
            if (verbose) {
                r.missed().forEach(m -> out.println("MISSED  " + m));
                r.falseAlarms().forEach(m -> out.println("FALSE   " + m));
                r.unlabelledFlags().forEach(m -> out.println("UNLAB   " + m));
            }
        }
        out.flush();
        return 0;
    }
}
