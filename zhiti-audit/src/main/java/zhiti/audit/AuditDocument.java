package zhiti.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import zhiti.memory.kb.DocumentReader;
import zhiti.memory.kb.Section;
import zhiti.memory.kb.UnreadableDocumentException;

/**
 * A document's text as the audit reads it; every claim's start/end are offsets into {@link #text()}. txt and md are
 * read as written; html becomes text with one line per block and table rows as tab-separated cells (so tables stay
 * tables); pdf is the text of its pages in order.
 */
public record AuditDocument(String name, String format, String text) {

    public static final java.util.Set<String> FORMATS = java.util.Set.of("txt", "text", "md", "markdown", "html", "htm", "pdf");

    public static AuditDocument read(Path file) throws IOException, UnreadableDocumentException {
        return of(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public static AuditDocument of(String name, byte[] bytes) throws UnreadableDocumentException {
        String ext = DocumentReader.extension(name);
        if (!FORMATS.contains(ext))
            throw new UnreadableDocumentException("cannot audit '" + name + "': the audit reads .txt, .md, .html and .pdf files");
        if (ext.equals("pdf")) {
            StringBuilder all = new StringBuilder();
            for (Section s : new DocumentReader().read(name, bytes).sections()) all.append(s.text());
            return new AuditDocument(name, "pdf", all.toString());
        }
        String text = new DocumentReader().read(name.replaceAll("\\.[^.]+$", ".txt"), bytes).sections().get(0).text();
        if (ext.startsWith("htm")) return new AuditDocument(name, "html", htmlText(text));
        return new AuditDocument(name, ext.startsWith("m") ? "md" : "txt", text);
    }

    /** Block elements on their own lines, table cells joined by tabs. */
    static String htmlText(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder();
        walk(body, out);
        return out.toString().replaceAll("[ \\t]*\\n[ \\t]*(\\n[ \\t]*)+", "\n\n").replaceAll("^\\s+", "").stripTrailing() + "\n";
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                if (t.isBlank() && node instanceof Element p && p.tagName().matches("(?i)table|thead|tbody|tfoot|tr")) continue; // layout whitespace
                out.append(t.text());
            } else if (child instanceof Element e) {
                String tag = e.tagName().toLowerCase(Locale.ROOT);
                if (tag.equals("script") || tag.equals("style")) continue;
                if (tag.equals("br")) { out.append('\n'); continue; }
                if (tag.equals("td") || tag.equals("th")) {
                    out.append(e.text().replace('\t', ' ')).append('\t');
                    continue;
                }
                boolean block = e.isBlock() || tag.equals("tr");
                if (block && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
                walk(e, out);
                if (tag.equals("tr") && !out.isEmpty() && out.charAt(out.length() - 1) == '\t') out.setLength(out.length() - 1);
                if (block && (out.isEmpty() || out.charAt(out.length() - 1) != '\n')) out.append('\n');
            }
        }
    }
}
