package zhiti.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import zhiti.audit.check.Judge;

/**
 * The audit as one self-contained HTML page (inline CSS and script, nothing fetched): counts per verdict, the flagged
 * claims, then each document's text with every claim's span in a {@code <mark>} coloured by verdict. A click opens
 * the recomputation in a side panel; input and "other statement" links scroll to the spans they quote.
 *
 * <p>Every string from a document or a claim is escaped. Spans are placed only where they fit: a span that overlaps
 * one already placed, or crosses a table cell, is left unmarked rather than nesting tags.
 */
public final class AuditHtml {
    private static final String CSS = resource("audit-page.css");
    private static final String JS = resource("audit-page.js");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("\\s*\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*(:?-{2,}:?\\s*)?\\|?\\s*");

    private final AuditReport report;
    private final Map<String, String> texts;
    private final AuditPageLabels l;
    /** Per shown document (by name), the spans placed in it, by start. */
    private final Map<String, TreeMap<Integer, Span>> spans = new HashMap<>();
    private final Map<String, Integer> docIndex = new HashMap<>();
    private final Set<String> rendered = new HashSet<>();

    /** A placed span: its element id and, for a claim's mark, the claim's index. */
    private record Span(int start, int end, String id, int claim) {
    }

    private AuditHtml(AuditReport report, Map<String, String> texts, boolean zh) {
        this.report = report;
        this.texts = texts;
        this.l = new AuditPageLabels(zh);
    }

    public static String render(AuditReport report, Map<String, String> textsByDoc, boolean zh) {
        return new AuditHtml(report, textsByDoc, zh).page();
    }

    private String page() {
        place();
        StringBuilder docs = new StringBuilder();
        for (String d : report.documents()) document(docs, d);
        StringBuilder b = new StringBuilder(docs.length() * 2 + 4096);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(l.zh ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(l.get("title"))).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(b);
        flaggedList(b);
        b.append("<main class=\"docs\">\n").append(docs).append("</main>\n");
        panel(b);
        b.append("<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    // ------------------------------------------------------------------ spans

    /** Claims first (flagged before the rest, so a clash never hides a flag), then the spans their inputs quote. */
    private void place() {
        for (int i = 0; i < report.documents().size(); i++) {
            String d = report.documents().get(i);
            docIndex.putIfAbsent(d, i);
            if (texts.get(d) != null) spans.putIfAbsent(d, new TreeMap<>());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < report.claims().size(); i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> report.claims().get(i).verdict().ordinal())
                .thenComparingInt(i -> report.claims().get(i).start()));
        for (int i : order) {
            Claim c = report.claims().get(i);
            tryPlace(c.doc(), c.start(), c.end(), "c-" + i, i);
        }
        for (Claim c : report.claims()) {
            for (Input in : c.inputs()) if (in.doc() != null) target(in.doc(), in.start(), in.end());
            if (c.other() != null) target(c.other().doc(), c.other().num().start(), c.other().num().end());
        }
    }

    private boolean tryPlace(String doc, int start, int end, String id, int claim) {
        TreeMap<Integer, Span> m = spans.get(doc);
        String text = texts.get(doc);
        if (m == null || start < 0 || end <= start || end > text.length() || overlapping(m, start, end) != null) return false;
        m.put(start, new Span(start, end, id, claim));
        return true;
    }

    /** The placed span that overlaps [start, end), if any (placed spans never overlap each other). */
    private static Span overlapping(TreeMap<Integer, Span> m, int start, int end) {
        var e = m.floorEntry(end - 1);
        return e != null && e.getValue().end() > start ? e.getValue() : null;
    }

    /** The element id a link to [start, end) should scroll to: the span there, placing a plain one if needed. */
    private String target(String doc, int start, int end) {
        TreeMap<Integer, Span> m = spans.get(doc);
        if (m == null || start < 0 || end <= start || end > texts.get(doc).length()) return null;
        Span at = overlapping(m, start, end);
        if (at != null) return at.id();
        String id = "s-" + docIndex.get(doc) + "-" + start + "-" + end;
        tryPlace(doc, start, end, id, -1);
        return id;
    }

    private String link(String doc, int start, int end) {
        String id = target(doc, start, end);
        return id != null && rendered.contains(id) ? id : null;
    }

    // ------------------------------------------------------------------ documents

    private void document(StringBuilder b, String doc) {
        String text = texts.get(doc);
        int di = docIndex.get(doc);
        b.append("<article class=\"doc\" id=\"doc-").append(di).append("\">\n<h2 class=\"doc-name\">").append(esc(doc))
                .append(" <span class=\"doc-meta\">").append(esc(l.format("claimsIn", report.of(doc).size()))).append("</span></h2>\n");
        if (text == null) {
            b.append("<p class=\"muted\">").append(esc(l.get("noText"))).append("</p>\n</article>\n");
            return;
        }
        b.append("<div class=\"text\">");
        List<int[]> lines = lines(text);
        for (int i = 0; i < lines.size(); ) {
            int j = i;
            boolean table = isRow(text, lines.get(i));
            while (j < lines.size() && isRow(text, lines.get(j)) == table) j++;
            if (table) table(b, doc, text, lines.subList(i, j));
            else {
                b.append("<div class=\"para\">");
                range(b, doc, text, lines.get(i)[0], lines.get(j - 1)[1]);
                b.append("</div>");
            }
            i = j;
        }
        b.append("</div>\n</article>\n");
    }

    /** Each line as [start, end) including its newline. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < text.length(); ) {
            int nl = text.indexOf('\n', a);
            int z = nl < 0 ? text.length() : nl + 1;
            out.add(new int[] {a, z});
            a = z;
        }
        return out;
    }

    /** A table row: tab-separated cells (how html tables are read) or a markdown pipe row. */
    private static boolean isRow(String text, int[] line) {
        String s = text.substring(line[0], line[1]).strip();
        return s.indexOf('\t') > 0 || (s.length() > 2 && s.startsWith("|") && s.endsWith("|"));
    }

    private void table(StringBuilder b, String doc, String text, List<int[]> rows) {
        b.append("<div class=\"tbl-wrap\"><table class=\"tbl\">");
        for (int[] row : rows) {
            String s = text.substring(row[0], row[1]);
            if (PIPE_SEPARATOR.matcher(s).matches()) continue; // markdown's |---|---| carries no figures
            b.append("<tr>");
            boolean pipes = s.strip().startsWith("|") && s.indexOf('\t') < 0;
            char sep = pipes ? '|' : '\t';
            int a = row[0], z = row[1];
            while (z > a && (text.charAt(z - 1) == '\n' || text.charAt(z - 1) == '\r')) z--;
            if (pipes) {
                a = text.indexOf('|', a) + 1;
                z = text.lastIndexOf('|', z - 1);
            }
            for (int c = a; c <= z; ) {
                int next = text.indexOf(sep, c);
                if (next < 0 || next > z) next = z;
                b.append("<td>");
                range(b, doc, text, c, next);
                b.append("</td>");
                c = next + 1;
            }
            b.append("</tr>");
        }
        b.append("</table></div>");
    }

    /** Text [a, z) escaped, with the spans that lie wholly inside it wrapped. */
    private void range(StringBuilder b, String doc, String text, int a, int z) {
        int at = a;
        for (Span s : spans.get(doc).subMap(a, true, z, false).values()) {
            if (s.end() > z) continue; // crosses a cell or block edge: left as plain text
            b.append(esc(text.substring(at, s.start())));
            String inner = esc(text.substring(s.start(), s.end()));
            if (s.claim() < 0) b.append("<span class=\"ref\" id=\"").append(s.id()).append("\">").append(inner).append("</span>");
            else mark(b, report.claims().get(s.claim()), s, inner);
            rendered.add(s.id());
            at = s.end();
        }
        b.append(esc(text.substring(at, z)));
    }

    private void mark(StringBuilder b, Claim c, Span s, String inner) {
        String v = c.verdict().id();
        b.append("<mark class=\"claim v-").append(v).append("\" id=\"").append(s.id()).append("\" data-claim=\"").append(s.claim())
                .append("\" data-verdict=\"").append(v).append("\" data-start=\"").append(c.start()).append("\" data-end=\"")
                .append(c.end()).append('"');
        if (c.verdict() != Verdict.UNCHECKED) b.append(" tabindex=\"0\" role=\"button\"");
        b.append(" title=\"").append(esc(tooltip(c))).append("\">").append(inner).append("</mark>");
    }

    private String tooltip(Claim c) {
        String t = l.verdict(c.verdict()) + " · " + l.kind(c.kind());
        if (c.computed() != null) t += " — " + l.get("stated") + " " + value(c.stated(), c.unit()) + ", " + l.get("computed") + " "
                + value(c.computed(), c.unit());
        else if (!c.explanation().isEmpty()) t += " — " + c.explanation();
        return t;
    }

    // ------------------------------------------------------------------ header, flagged list, panel

    private void header(StringBuilder b) {
        Map<Verdict, Integer> n = report.counts();
        b.append("<header class=\"top\">\n<h1>").append(esc(l.get("title"))).append("</h1>\n<p class=\"meta\">")
                .append(esc(l.format("meta", report.documents().size(), report.claims().size())))
                .append(String.format(java.util.Locale.ROOT, " · %.2f s", report.seconds())).append("</p>\n<ul class=\"counts\">");
        for (Verdict v : Verdict.values())
            b.append("<li class=\"count v-").append(v.id()).append("\" data-verdict=\"").append(v.id()).append("\"><b>")
                    .append(n.get(v)).append("</b> ").append(esc(l.verdict(v))).append("</li>");
        b.append("</ul>\n<div class=\"filter\" role=\"group\" aria-label=\"").append(esc(l.get("filter"))).append("\">")
                .append("<button type=\"button\" data-filter=\"all\" aria-pressed=\"true\">").append(esc(l.get("all"))).append("</button>")
                .append("<button type=\"button\" data-filter=\"flagged\" aria-pressed=\"false\">").append(esc(l.get("flaggedOnly")))
                .append("</button></div>\n</header>\n");
    }

    private void flaggedList(StringBuilder b) {
        List<Claim> flagged = report.flagged();
        b.append("<section class=\"flagged\">\n<h2>").append(esc(l.get("flagged"))).append(" (").append(flagged.size()).append(")</h2>\n");
        if (flagged.isEmpty()) {
            b.append("<p class=\"muted\">").append(esc(l.get("noFlagged"))).append("</p>\n</section>\n");
            return;
        }
        b.append("<ol class=\"flag-list\">");
        for (int i = 0; i < report.claims().size(); i++) {
            Claim c = report.claims().get(i);
            if (!c.verdict().flagged()) continue;
            String id = "c-" + i;
            b.append("<li class=\"flag v-").append(c.verdict().id()).append("\">");
            b.append(rendered.contains(id) ? "<a class=\"goto\" href=\"#" + id + "\" data-claim=\"" + i + "\">" : "<span>");
            b.append("<span class=\"badge v-").append(c.verdict().id()).append("\">").append(esc(l.verdict(c.verdict()))).append("</span> ")
                    .append("<b class=\"flag-text\">").append(esc(c.text())).append("</b> <span class=\"flag-doc\">").append(esc(c.doc()))
                    .append("</span> <span class=\"flag-kind\">").append(esc(l.kind(c.kind()))).append("</span>")
                    .append(rendered.contains(id) ? "</a>" : "</span>");
            b.append("<div class=\"flag-expl\">").append(esc(c.explanation())).append("</div></li>");
        }
        b.append("</ol>\n</section>\n");
    }

    private void panel(StringBuilder b) {
        b.append("<aside class=\"panel\" id=\"panel\" role=\"dialog\" aria-labelledby=\"panel-title\" hidden>\n<div class=\"panel-head\">")
                .append("<h2 id=\"panel-title\">").append(esc(l.get("recomputation"))).append("</h2>")
                .append("<button type=\"button\" class=\"close\" id=\"panel-close\">").append(esc(l.get("close"))).append("</button></div>\n");
        for (int i = 0; i < report.claims().size(); i++) detail(b, i, report.claims().get(i));
        b.append("</aside>\n");
    }

    private void detail(StringBuilder b, int i, Claim c) {
        b.append("<section class=\"detail\" id=\"detail-").append(i).append("\" data-claim=\"").append(i).append("\" hidden>");
        b.append("<p class=\"d-claim\"><span class=\"badge v-").append(c.verdict().id()).append("\">").append(esc(l.verdict(c.verdict())))
                .append("</span> <b>").append(esc(c.text())).append("</b> <span class=\"muted\">").append(esc(c.doc())).append(" @")
                .append(c.start()).append('–').append(c.end()).append("</span></p><dl class=\"d-rows\">");
        row(b, "verdict", esc(l.verdict(c.verdict())));
        row(b, "kind", esc(l.kind(c.kind())));
        row(b, "stated", esc(value(c.stated(), c.unit())));
        row(b, "computed", c.computed() == null ? "—" : esc(value(c.computed(), c.unit())));
        if (!c.unit().isEmpty()) row(b, "unit", esc(c.unit()));
        if (!c.formula().isEmpty()) row(b, "formula", "<code class=\"formula\">" + esc(c.formula()) + "</code>");
        if (!c.inputs().isEmpty()) row(b, "inputs", inputs(c));
        if (!c.sources().isEmpty()) row(b, "sources", esc(String.join(" · ", c.sources())));
        row(b, "explanation", "<span class=\"explanation\">" + esc(c.explanation()) + "</span>");
        if (c.other() != null) {
            Located o = c.other();
            String id = link(o.doc(), o.num().start(), o.num().end());
            String quote = "“" + esc(o.num().text()) + "”";
            row(b, "other", (id == null ? quote : "<a class=\"goto\" href=\"#" + id + "\">" + quote + "</a>") + " <span class=\"muted\">"
                    + esc(o.doc()) + "</span><div class=\"other-sentence\">" + esc(o.sentence().text().strip()) + "</div>");
        }
        b.append("</dl></section>\n");
    }

    private String inputs(Claim c) {
        StringBuilder t = new StringBuilder("<table class=\"inputs\"><thead><tr><th>").append(esc(l.get("input"))).append("</th><th>")
                .append(esc(l.get("value"))).append("</th><th>").append(esc(l.get("quoted"))).append("</th></tr></thead><tbody>");
        for (Input in : c.inputs()) {
            t.append("<tr><td>").append(esc(in.name())).append("</td><td class=\"num\">").append(esc(value(in.value(), in.unit()))).append("</td><td>");
            if (in.doc() != null && in.text() != null) {
                String id = link(in.doc(), in.start(), in.end());
                String quote = "“" + esc(in.text()) + "”";
                t.append(id == null ? quote : "<a class=\"goto\" href=\"#" + id + "\">" + quote + "</a>");
                if (!in.doc().equals(c.doc())) t.append(" <span class=\"muted\">").append(esc(in.doc())).append("</span>");
            } else {
                t.append("<span class=\"muted\">").append(esc(in.source() == null ? "" : in.source())).append("</span>");
            }
            t.append("</td></tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    private void row(StringBuilder b, String label, String html) {
        b.append("<dt>").append(esc(l.get(label))).append("</dt><dd class=\"d-").append(label).append("\">").append(html).append("</dd>");
    }

    private static String value(double v, String unit) {
        String u = unit == null ? "" : unit;
        return Judge.fmt(v) + (u.isEmpty() ? "" : u.equals("%") ? "%" : " " + u);
    }

    /** Escapes text for element content and quoted attribute values alike. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String resource(String name) {
        try (InputStream in = AuditHtml.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource zhiti/audit/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
