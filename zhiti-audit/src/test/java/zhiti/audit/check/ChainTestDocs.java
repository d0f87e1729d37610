package zhiti.audit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import zhiti.audit.AuditDocument;
import zhiti.audit.AuditReport;
import zhiti.audit.Auditor;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Verdict;

/** Audits small documents written for the tests (paragraphs separated by blank lines) with one check. */
final class ChainTestDocs {
    private ChainTestDocs() {
    }

    static AuditReport audit(Check check, String... paragraphs) {
        String text = String.join("\n\n", paragraphs) + "\n";
        try {
            return new Auditor(List.of(check)).audit(List.of(AuditDocument.of("t.txt", text.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one claim on the figure printed as {@code text}. */
    static Claim claim(AuditReport r, String text) {
        List<Claim> found = r.claims().stream().filter(c -> c.text().strip().equals(text)).toList();
        assertThat(found).as("claims printed as '%s' in %s", text, r.claims().stream().map(Claim::text).toList()).hasSize(1);
        return found.get(0);
    }

    /** Claims the check judged (anything but the auditor's own unchecked values). */
    static List<Claim> judged(AuditReport r) {
        return r.claims().stream().filter(c -> c.verdict() != Verdict.UNCHECKED).toList(); // unchecked figures carry a kind too
    }

    static List<Claim> flagged(AuditReport r) {
        return r.claims().stream().filter(c -> c.verdict() == Verdict.DISCREPANCY || c.verdict() == Verdict.INCONSISTENT).toList();
    }
}
