package zhiti.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zhiti.audit.check.Check;
import zhiti.audit.check.Checks;
import zhiti.audit.text.Unit;

/**
 * Runs every check over the documents and keeps one verdict per printed figure. When two checks judge the same
 * figure, a conflict with another statement wins (its arithmetic may hold and the fact still disagree); otherwise a
 * reading that reproduces it wins over one that does not (the report gets the benefit of the doubt), and any judged
 * verdict wins over unchecked. Every other number becomes an unchecked claim with the reason.
 */
public final class Auditor {
    private final List<Check> checks;

    public Auditor() {
        this(Checks.all());
    }

    public Auditor(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public AuditReport audit(List<AuditDocument> documents) {
        long t0 = System.nanoTime();
        Corpus corpus = new Corpus(documents);
        Map<String, Claim> byFigure = new LinkedHashMap<>();
        for (Check check : checks)
            for (Claim c : check.run(corpus)) if (c != null) byFigure.merge(key(c.doc(), c.start()), c, Auditor::prefer);
        List<Claim> claims = new ArrayList<>(byFigure.values());
        for (Corpus.Doc d : corpus.docs())
            for (Located n : d.numbers()) {
                if (n.num().unit() == Unit.YEAR || byFigure.containsKey(key(d.name(), n.num().start()))) continue;
                claims.add(Claim.unchecked(n, Unchecked.kind(d, n), Unchecked.reason(d, n)));
            }
        claims.sort(Comparator.comparing((Claim c) -> documents.indexOf(documents.stream()
                .filter(x -> x.name().equals(c.doc())).findFirst().orElse(null))).thenComparingInt(Claim::start));
        return new AuditReport(documents.stream().map(AuditDocument::name).toList(), claims,
                (System.nanoTime() - t0) / 1e9);
    }

    private static String key(String doc, int start) {
        return doc + "\u0000" + start;
    }

    private static boolean wrongRank(Claim c) {
        return c.kind() == ClaimKind.RANKING && c.verdict() == Verdict.DISCREPANCY;
    }

    private static Claim prefer(Claim a, Claim b) {
        if (a.verdict() == b.verdict()) return a;
        if (a.verdict() == Verdict.INCONSISTENT || b.verdict() == Verdict.INCONSISTENT)
            return a.verdict() == Verdict.INCONSISTENT ? a : b;
        // a figure can be right and its rank wrong ("74 亿美元，排名第 4" when it is fifth): the rank is another claim
        if (wrongRank(a) && b.verdict() == Verdict.REPRODUCES && b.kind() != ClaimKind.RANKING) return a;
        if (wrongRank(b) && a.verdict() == Verdict.REPRODUCES && a.kind() != ClaimKind.RANKING) return b;
        if (a.verdict() == Verdict.REPRODUCES || b.verdict() == Verdict.REPRODUCES)
            return a.verdict() == Verdict.REPRODUCES ? a : b;
        if (a.verdict() == Verdict.UNCHECKED) return b;
        if (b.verdict() == Verdict.UNCHECKED) return a;
        return a;
    }
}
