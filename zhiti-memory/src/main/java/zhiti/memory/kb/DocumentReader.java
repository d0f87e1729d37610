package zhiti.memory.kb;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts text sections from txt, md, html, pdf and conversation json/jsonl files. Anything it cannot read
 * raises {@link UnreadableDocumentException} with a reason, so a batch skips the file and carries on.
 */
public final class DocumentReader {
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "pdf", "json", "jsonl");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+?)[ \\t#]*$");
    private static final String HTML_BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,pre,blockquote,td,th,dt,dd,caption,figcaption";

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public ParsedDocument read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String ext = extension(fileName);
        return switch (ext) {
            case "txt", "text" -> new ParsedDocument("txt", false, List.of(Section.plain(decodeText(bytes), 0, null, null)));
            case "md", "markdown" -> new ParsedDocument("md", false, markdown(decodeText(bytes)));
            case "html", "htm" -> new ParsedDocument("html", false, html(decodeText(bytes)));
            case "pdf" -> new ParsedDocument("pdf", false, pdf(bytes));
            case "json" -> new ParsedDocument("conversation", true, ConversationReader.fromJson(decodeText(bytes)));
            case "jsonl" -> new ParsedDocument("conversation", true, ConversationReader.fromJsonLines(decodeText(bytes)));
            default -> throw new UnreadableDocumentException("unsupported file type '." + ext
                    + "'; supported: " + String.join(", ", EXTENSIONS.stream().sorted().toList()));
        };
    }

    /** UTF-8 first, then GB18030 (common for Chinese files); NUL bytes or undecodable input mean binary. */
    static String decodeText(byte[] bytes) throws UnreadableDocumentException {
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++)
            if (bytes[i] == 0) throw new UnreadableDocumentException("binary content (NUL bytes) in a text file");
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (CharacterCodingException e) {
                // try the next charset
            }
        }
        throw new UnreadableDocumentException("not valid UTF-8 or GB18030 text (binary?)");
    }

    static List<Section> markdown(String text) {
        List<Section> out = new ArrayList<>();
        Matcher m = MD_HEADING.matcher(text);
        int start = 0;
        String heading = null;
        while (m.find()) {
            if (m.start() > start) out.add(Section.plain(text.substring(start, m.start()), start, null, heading));
            heading = m.group(1).trim();
            start = m.start();
        }
        if (start < text.length()) out.add(Section.plain(text.substring(start), start, null, heading));
        return out;
    }

    static List<Section> html(String source) {
        Element body = Jsoup.parse(source).body();
        List<Section> out = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        StringBuilder cur = new StringBuilder();
        int curStart = 0;
        String heading = null;
        var blocks = body.select(HTML_BLOCKS);
        for (Element el : blocks) {
            if (hasBlockAncestor(el)) continue; // its text is already inside the enclosing block
            String t = el.text();
            if (t.isBlank()) continue;
            boolean isHeading = el.tagName().matches("h[1-6]");
            if (isHeading && !cur.isEmpty()) {
                out.add(Section.plain(cur.toString(), curStart, null, heading));
                cur.setLength(0);
            }
            if (isHeading) heading = t;
            if (!all.isEmpty()) all.append("\n\n");
            if (cur.isEmpty()) curStart = all.length();
            else cur.append("\n\n");
            cur.append(t);
            all.append(t);
        }
        if (!cur.isEmpty()) out.add(Section.plain(cur.toString(), curStart, null, heading));
        if (out.isEmpty() && !body.text().isBlank()) out.add(Section.plain(body.text(), 0, null, null));
        return out;
    }

    private static boolean hasBlockAncestor(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent())
            if (p.is(HTML_BLOCKS)) return true;
        return false;
    }

    static List<Section> pdf(byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<Section> out = new ArrayList<>();
            int offset = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String t = stripper.getText(doc);
                if (!t.isBlank()) out.add(Section.plain(t, offset, p, null));
                offset += t.length();
            }
            if (out.isEmpty()) throw new UnreadableDocumentException("PDF has no extractable text (scanned images?)");
            return out;
        } catch (IOException e) {
            throw new UnreadableDocumentException("unreadable PDF: " + e.getMessage(), e);
        }
    }
}
