package zhiti.audit;

import java.util.List;
import java.util.Map;

/** The terminal view: counts first, then each flagged claim with its sentence and arithmetic, then the rest. */
public final class AuditSummary {
    private AuditSummary() {
    }

    public static String render(AuditReport r, Map<String, String> texts, boolean zh, boolean all) {
        StringBuilder b = new StringBuilder();
        Map<Verdict, Integer> n = r.counts();
        b.append(zh ? "审计 " : "Audited ").append(r.documents().size()).append(zh ? " 份文档，" : " document(s), ")
                .append(r.claims().size()).append(zh ? " 个数字论断" : " numeric claims").append(String.format(" (%.2f s)%n", r.seconds()));
        b.append(String.format("  %s %d · %s %d · %s %d · %s %d%n",
                zh ? "不符" : "discrepancy", n.get(Verdict.DISCREPANCY), zh ? "矛盾" : "inconsistent", n.get(Verdict.INCONSISTENT),
                zh ? "复算一致" : "reproduces", n.get(Verdict.REPRODUCES), zh ? "未核" : "unchecked", n.get(Verdict.UNCHECKED)));
        List<Claim> flagged = r.flagged();
        if (!flagged.isEmpty()) b.append('\n').append(zh ? "需要注意：" : "Flagged:").append('\n');
        for (Claim c : flagged) line(b, c, texts);
        List<Claim> ok = r.claims().stream().filter(c -> c.verdict() == Verdict.REPRODUCES).toList();
        if (all && !ok.isEmpty()) {
            b.append('\n').append(zh ? "复算一致：" : "Reproduced:").append('\n');
            for (Claim c : ok) line(b, c, texts);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, Claim c, Map<String, String> texts) {
        b.append(String.format("  [%s] %s @%d-%d  %s  (%s)%n", c.verdict().id(), c.doc(), c.start(), c.end(), c.text(), c.kind().id()));
        String text = texts.get(c.doc());
        if (text != null) b.append("      “").append(snippet(text, c.start(), c.end())).append("”\n");
        if (!c.formula().isEmpty()) b.append("      ").append(c.formula()).append('\n');
        b.append("      ").append(c.explanation()).append('\n');
        if (c.other() != null)
            b.append("      ↔ ").append(c.other().doc()).append(" @").append(c.other().num().start()).append(": “")
                    .append(snippet(texts.getOrDefault(c.other().doc(), ""), c.other().num().start(), c.other().num().end())).append("”\n");
    }

    static String snippet(String text, int start, int end) {
        if (text.isEmpty()) return "";
        int a = Math.max(0, start - 40), z = Math.min(text.length(), end + 30);
        return (a > 0 ? "…" : "") + text.substring(a, z).replaceAll("\\s+", " ").strip() + (z < text.length() ? "…" : "");
    }
}
