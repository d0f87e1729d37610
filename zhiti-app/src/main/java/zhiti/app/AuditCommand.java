package zhiti.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import zhiti.audit.AuditDocument;
import zhiti.audit.AuditHtml;
import zhiti.audit.AuditJson;
import zhiti.audit.AuditReport;
import zhiti.audit.AuditSummary;
import zhiti.audit.Auditor;
import zhiti.core.Lang;
import zhiti.memory.kb.DocumentReader;
import zhiti.memory.kb.UnreadableDocumentException;

/** {@code zhiti audit FILE|DIR…}: recompute every number in the reports and flag what does not hold. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit reports (txt, md, html, pdf): find every numeric claim, recompute it from the numbers it rests on",
                "(same document, the other documents given, the catalogs) and give a verdict: reproduces, discrepancy,",
                "inconsistent or unchecked. Flagged claims come first, each with its formula, inputs and arithmetic.",
                "Exit 0 when the audit ran (whatever it found), 2 for bad input."})
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "reports to audit; a directory means every txt/md/html/pdf file in it")
    List<Path> paths;

    @Option(names = "--json", description = "print one JSON object {\"claims\": [...], \"summary\": {...}}")
    boolean json;

    @Option(names = "--html", paramLabel = "OUT.html", description = "also write the documents with every claim highlighted by verdict")
    Path html;

    @Option(names = "--offline", description = "never use a configured LLM (the audit's verdicts always come from recomputation)")
    boolean offline;

    @Option(names = "--all", description = "also list the claims that reproduce, not only the flagged ones")
    boolean all;

    @Option(names = "--lang", description = "zh | en for the summary (default: the documents' language)")
    String lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<AuditDocument> docs = new ArrayList<>();
        for (Path f : files()) {
            try {
                docs.add(AuditDocument.read(f));
            } catch (UnreadableDocumentException e) {
                err.println("zhiti audit: skipped " + f + ": " + e.getMessage());
            }
        }
        if (docs.isEmpty()) throw new IllegalArgumentException("none of the files given could be read; give txt, md, html or pdf reports");
        if (docs.stream().map(AuditDocument::name).distinct().count() < docs.size()) docs = renamed(docs);
        if (!json && docs.size() > 1) err.println("auditing " + docs.size() + " documents…");
        AuditReport report = new Auditor().audit(docs);
        Map<String, String> texts = new LinkedHashMap<>();
        for (AuditDocument d : docs) texts.put(d.name(), d.text());
        String first = docs.get(0).text();
        boolean zh = (lang == null ? Lang.detect(first.substring(0, Math.min(2000, first.length()))) : Lang.parse(lang)) == Lang.ZH;
        if (html != null) {
            Files.writeString(html, AuditHtml.render(report, texts, zh), StandardCharsets.UTF_8);
            if (!json) err.println("wrote " + html);
        }
        if (json) out.println(AuditJson.of(report).toPrettyString());
        else out.print(AuditSummary.render(report, texts, zh, all));
        out.flush();
        return ZhitiCommand.OK;
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> AuditDocument.FORMATS.contains(DocumentReader.extension(f.getFileName().toString())))
                            .sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                if (!AuditDocument.FORMATS.contains(DocumentReader.extension(p.getFileName().toString())))
                    throw new IllegalArgumentException("cannot audit " + p + ": give .txt, .md, .html or .pdf files (or a directory of them)");
                out.add(p);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no txt, md, html or pdf files under " + paths);
        return out;
    }

    /** Two files with one name in different directories: number them so claims say which. */
    private static List<AuditDocument> renamed(List<AuditDocument> docs) {
        List<AuditDocument> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (AuditDocument d : docs) {
            int n = seen.merge(d.name(), 1, Integer::sum);
            out.add(n == 1 ? d : new AuditDocument(d.name() + "#" + n, d.format(), d.text()));
        }
        return out;
    }
}
