package zhiti.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import zhiti.audit.AuditDocument;
import zhiti.audit.AuditHtml;
import zhiti.audit.AuditJson;
import zhiti.audit.AuditReport;
import zhiti.audit.Auditor;
import zhiti.memory.kb.DocumentReader;
import zhiti.memory.kb.UnreadableDocumentException;

/**
 * {@code POST /api/audit}: recomputes the numeric claims of the documents sent, as multipart {@code file} parts
 * (txt, md, html, pdf) or as JSON {@code {"documents": [{"name": "a.md", "text": "…"}]}}. Answers the audit's JSON with
 * each document's text under {@code texts} (claims' offsets index into it), or with {@code ?format=html} the
 * self-contained audit page ({@code ?lang=zh} for Chinese labels).
 */
final class AuditRoutes {

    /** More documents than this in one request is a batch job, not a page to look at. */
    static final int MAX_DOCUMENTS = 50;
    private static final Set<String> TEXT_FORMATS = Set.of("txt", "text", "md", "markdown", "html", "htm");
    private static final String USAGE = "send the documents as multipart/form-data with one or more \"file\" parts "
            + "(e.g. curl -F file=@report.pdf), or as JSON {\"documents\": [{\"name\": \"a.md\", \"text\": \"…\"}]}";

    private final long maxUploadBytes;

    AuditRoutes(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    void register(RoutesConfig r) {
        r.post("/api/audit", this::audit);
    }

    private void audit(Context ctx) throws IOException {
        boolean html = format(ctx);
        boolean zh = lang(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<AuditDocument> docs;
        if (type.startsWith("multipart/form-data")) docs = uploads(ctx);
        else if (type.startsWith("application/json")) docs = json(Requests.jsonObject(ctx));
        else throw ApiError.badRequest((type.isEmpty() ? "the request has no Content-Type; " : "Content-Type " + type + " is not accepted; ") + USAGE);
        AuditReport report = new Auditor().audit(docs);
        Map<String, String> texts = new LinkedHashMap<>();
        for (AuditDocument d : docs) texts.put(d.name(), d.text());
        if (html) {
            // the page is ours and inline only: nothing it shows may load or run anything else
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.html(AuditHtml.render(report, texts, zh));
            return;
        }
        ObjectNode out = AuditJson.of(report);
        ObjectNode t = out.putObject("texts");
        texts.forEach(t::put);
        ctx.json(out);
    }

    private static boolean format(Context ctx) {
        String f = ctx.queryParam("format");
        if (f == null || f.isBlank() || f.equalsIgnoreCase("json")) return false;
        if (f.equalsIgnoreCase("html")) return true;
        throw ApiError.badRequest("?format must be json (the default) or html, got \"" + f + "\"");
    }

    private static boolean lang(Context ctx) {
        String l = ctx.queryParam("lang");
        if (l == null || l.isBlank() || l.equalsIgnoreCase("en")) return false;
        if (l.equalsIgnoreCase("zh")) return true;
        throw ApiError.badRequest("?lang must be en (the default) or zh, got \"" + l + "\"");
    }

    private List<AuditDocument> uploads(Context ctx) throws IOException {
        // the declared length is checked first, so an oversize upload is refused before it is read
        if (ctx.req().getContentLengthLong() > maxUploadBytes + (1 << 16)) throw DocumentRoutes.refuse(ctx, maxUploadBytes);
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (RuntimeException e) {
            throw ApiError.badRequest("the multipart body could not be read (" + e.getMessage() + "); uploads are limited to "
                    + (maxUploadBytes >> 20) + " MiB in all");
        }
        if (files.isEmpty()) throw ApiError.badRequest("the form has no \"file\" part; " + USAGE);
        if (files.size() > MAX_DOCUMENTS) throw tooMany(files.size());
        Names names = new Names();
        List<AuditDocument> docs = new ArrayList<>();
        for (UploadedFile f : files) {
            String name = names.unique(f.filename());
            if (!AuditDocument.FORMATS.contains(DocumentReader.extension(name))) {
                throw ApiError.badRequest("cannot audit '" + name + "': the audit reads .txt, .md, .html and .pdf files; "
                        + "convert the document to one of these and send it again");
            }
            byte[] bytes;
            try (InputStream in = f.content()) {
                bytes = in.readAllBytes();
            }
            docs.add(read(name, name, bytes));
        }
        return docs;
    }

    private static List<AuditDocument> json(JsonNode body) {
        JsonNode list = body.get("documents");
        if (list == null || !list.isArray()) throw ApiError.badRequest("the body needs \"documents\": an array of {\"name\": …, \"text\": …}");
        if (list.isEmpty()) throw ApiError.badRequest("\"documents\" is empty; give at least one {\"name\": \"a.md\", \"text\": \"…\"}");
        if (list.size() > MAX_DOCUMENTS) throw tooMany(list.size());
        Names names = new Names();
        List<AuditDocument> docs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String at = "documents[" + i + "]";
            if (!d.isObject() || !d.path("text").isTextual())
                throw ApiError.badRequest(at + " needs \"text\" as a string (and optionally \"name\", e.g. \"report.md\")");
            JsonNode n = d.get("name");
            if (n != null && !n.isNull() && !n.isTextual()) throw ApiError.badRequest(at + ".name must be a string such as \"report.md\"");
            String name = names.unique(n == null || n.isNull() || n.asText().isBlank() ? "document-" + (i + 1) + ".txt" : n.asText());
            String ext = DocumentReader.extension(name);
            // a name with no file type is read as plain text ("2" in "notes v1.2" is none); a pdf cannot be a JSON string
            boolean typed = ext.matches("[a-z][a-z0-9]{0,4}");
            if (typed && !TEXT_FORMATS.contains(ext)) {
                throw ApiError.badRequest("cannot audit " + at + " '" + name + "' as JSON text: name it .txt, .md or .html"
                        + (ext.equals("pdf") ? ", or upload the PDF itself as a multipart \"file\" part" : ""));
            }
            docs.add(read(name, typed ? name : name + ".txt", d.get("text").asText().getBytes(StandardCharsets.UTF_8)));
        }
        return docs;
    }

    /** Reads a document by the format its {@code readAs} name gives, keeping {@code name} as its label. */
    private static AuditDocument read(String name, String readAs, byte[] bytes) {
        if (bytes.length == 0) throw ApiError.badRequest("'" + name + "' is empty; send a document with text in it");
        AuditDocument d;
        try {
            d = AuditDocument.of(readAs, bytes);
        } catch (UnreadableDocumentException e) {
            throw ApiError.badRequest("'" + name + "' could not be read: " + e.getMessage());
        }
        if (d.text().isBlank()) {
            throw ApiError.badRequest("no text could be read from '" + name + "'" + (d.format().equals("pdf")
                    ? " (a scanned PDF has no text layer: run OCR on it first)" : "; send a document with text in it"));
        }
        return name.equals(readAs) ? d : new AuditDocument(name, d.format(), d.text());
    }

    private static ApiError tooMany(int n) {
        return ApiError.badRequest("at most " + MAX_DOCUMENTS + " documents can be audited in one request, got " + n
                + "; split them into several requests");
    }

    /** Document names as labels: the file name without any path, unique within one request ("a.md", "a (2).md"). */
    private static final class Names {
        private final Set<String> seen = new HashSet<>();

        String unique(String raw) {
            String p = raw == null ? "" : raw.replace('\\', '/');
            String base = p.substring(p.lastIndexOf('/') + 1).strip();
            if (base.isEmpty()) base = "document.txt";
            if (base.length() > 200) base = base.substring(base.length() - 200);
            String name = base;
            int dot = base.lastIndexOf('.');
            if (dot > 0 && !DocumentReader.extension(base).matches("[a-z][a-z0-9]{0,4}")) dot = -1; // "v1.2" has no type
            for (int k = 2; !seen.add(name); k++)
                name = dot > 0 ? base.substring(0, dot) + " (" + k + ")" + base.substring(dot) : base + " (" + k + ")";
            return name;
        }
    }
}
