package zhiti.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import zhiti.memory.kb.UnreadableDocumentException;

/** Small documents written for the tests, and helpers to find a claim by the text around it. */
public final class AuditTestDocsAccess {
    private AuditTestDocsAccess() {
    }

    public static AuditReport audit(String name, String text) {
        try {
            return new Auditor().audit(List.of(AuditDocument.of(name, text.getBytes(StandardCharsets.UTF_8))));
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e);
        }
    }

    /** The claim whose printed figure starts where {@code figure} occurs after {@code anchor} in the text. */
    public static Claim at(AuditReport r, String text, String anchor, String figure) {
        int a = text.indexOf(anchor);
        if (a < 0) throw new AssertionError("anchor not in text: " + anchor);
        int f = text.indexOf(figure, a);
        if (f < 0) throw new AssertionError("figure not after anchor: " + figure);
        return r.claims().stream().filter(c -> c.start() <= f && c.end() > f).findFirst()
                .orElseThrow(() -> new AssertionError("no claim at " + figure + " in " + r.claims()));
    }
}
