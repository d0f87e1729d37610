package zhiti.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The claims of one audit, in document order, and how long it took. */
public record AuditReport(List<String> documents, List<Claim> claims, double seconds) {

    public AuditReport {
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
    }

    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> m = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) m.put(v, 0);
        for (Claim c : claims) m.merge(c.verdict(), 1, Integer::sum);
        return m;
    }

    public List<Claim> flagged() {
        return claims.stream().filter(c -> c.verdict().flagged()).toList();
    }

    public List<Claim> of(String doc) {
        return claims.stream().filter(c -> c.doc().equals(doc)).toList();
    }
}
