package zhiti.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zhiti.runtime.Json;

/** {@code POST /api/audit} over real HTTP: JSON and multipart in, the audit's JSON or its HTML page out, and the 400s. */
class AuditApiTest {

    /** A made-up market note whose CAGR is wrong: (500/200)^(1/5) − 1 is 20.11%, not 25%. */
    static final String NOTE = "# Edge inference note\n\nFrom 2020 to 2025 the edge inference market grew from $200 million "
            + "to $500 million, a compound annual growth rate of 25%.\n\nThe note is fictional and used only by the tests.\n";

    static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
    }

    private static JsonNode discrepancy(JsonNode audit) {
        for (JsonNode c : audit.get("claims")) if (c.get("verdict").asText().equals("discrepancy")) return c;
        throw new AssertionError("no discrepancy in " + audit.toPrettyString());
    }

    private static String span(JsonNode audit, JsonNode at) {
        String text = audit.at("/texts/" + at.get("doc").asText().replace("~", "~0").replace("/", "~1")).asText();
        return text.substring(at.get("start").asInt(), at.get("end").asInt());
    }

    @Test
    void aPlantedCagrErrorComesBackAsADiscrepancyWhoseOffsetsPointAtTheFigure() throws Exception {
        String body = Json.MAPPER.writeValueAsString(Map.of("documents", java.util.List.of(Map.of("name", "edge.md", "text", NOTE))));
        var r = s.post("/api/audit", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode audit = TestServer.json(r);
        assertThat(audit.at("/summary/documents").asInt()).isEqualTo(1);
        assertThat(audit.at("/summary/discrepancy").asInt()).isEqualTo(1);
        assertThat(audit.at("/texts/edge.md").asText()).isEqualTo(NOTE);
        JsonNode c = discrepancy(audit);
        assertThat(c.get("kind").asText()).isEqualTo("cagr");
        assertThat(c.get("text").asText()).isEqualTo("25%");
        assertThat(span(audit, c)).isEqualTo("25%");
        assertThat(NOTE.indexOf("25%")).isEqualTo(c.get("start").asInt());
        assertThat(c.get("computed").asDouble()).isBetween(20.10, 20.12);
        assertThat(c.get("formula").asText()).contains("CAGR");
        assertThat(c.get("inputs").findValuesAsText("text")).contains("$200 million", "$500 million");
        for (JsonNode in : c.get("inputs")) if (in.has("start")) assertThat(span(audit, in)).isEqualTo(in.get("text").asText());
        assertThat(audit.has("html")).isFalse();
    }

    @Test
    void severalUploadedFilesAreAuditedTogetherAndTheHtmlPageMarksTheError() throws Exception {
        String table = "<html><body><h1>Segments</h1><table><tr><th>Segment</th><th>2025</th></tr>"
                + "<tr><td>Edge</td><td>$500 million</td></tr></table><script>alert(1)</script></body></html>";
        var r = multipart("/api/audit", Map.of("edge.md", NOTE, "segments.html", table));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode audit = TestServer.json(r);
        assertThat(audit.at("/summary/documents").asInt()).isEqualTo(2);
        assertThat(audit.at("/texts/segments.html").asText()).contains("Edge\t$500 million").doesNotContain("alert");
        assertThat(span(audit, discrepancy(audit))).isEqualTo("25%");

        var page = multipart("/api/audit?format=html&lang=zh", Map.of("edge.md", NOTE));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertThat(page.body()).contains("审计报告").containsPattern("<mark class=\"claim v-discrepancy\"[^>]*>25%</mark>");
    }

    @Test
    void whatCannotBeAuditedIsA400ThatSaysWhatToSend() throws Exception {
        var exe = multipart("/api/audit", Map.of("tool.exe", "MZ"));
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(exe).get("message").asText()).contains("tool.exe").contains(".txt, .md, .html and .pdf");
        var empty = multipart("/api/audit", Map.of("empty.md", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(empty).get("message").asText()).contains("empty.md").contains("empty");
        var noFile = multipart("/api/audit", Map.of());
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(noFile).get("message").asText()).contains("\"file\"");
        var noDocs = s.post("/api/audit", "{\"documents\": []}");
        assertThat(noDocs.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(noDocs).get("message").asText()).contains("\"documents\" is empty");
        assertThat(s.post("/api/audit", "{\"documents\": [{\"name\": \"a.md\"}]}").statusCode()).isEqualTo(400);
        var pdfText = s.post("/api/audit", "{\"documents\": [{\"name\": \"a.pdf\", \"text\": \"growth 5%\"}]}");
        assertThat(TestServer.json(pdfText).get("message").asText()).contains("multipart");
        assertThat(s.post("/api/audit?format=xml", "{\"documents\": [{\"text\": \"5%\"}]}").statusCode()).isEqualTo(400);
        var plain = s.http.send(HttpRequest.newBuilder(URI.create(s.base + "/api/audit")).header("Authorization", "Bearer " + TestServer.KEY)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(NOTE)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(plain).get("message").asText()).contains("multipart/form-data").contains("\"documents\"");
        assertThat(s.send("POST", "/api/audit", "{\"documents\": [{\"text\": \"5%\"}]}", null).statusCode()).isEqualTo(401);
        // a name without a file type is plain text, and a repeated name is kept apart
        var named = TestServer.json(s.post("/api/audit", "{\"documents\": [{\"name\": \"notes v1.2\", \"text\": \"up 5%\"},"
                + " {\"name\": \"notes v1.2\", \"text\": \"down 3%\"}]}"));
        assertThat(named.get("texts").fieldNames()).toIterable().containsExactly("notes v1.2", "notes v1.2 (2)");
    }

    @Test
    void aPdfIsReadPageByPageAndAnOversizeUploadIsA413() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(60, 700);
                cs.showText("From 2020 to 2025 edge revenue grew from $200 million to $500 million, a CAGR of 25%.");
                cs.endText();
            }
            doc.save(pdf);
        }
        var r = multipartBytes("/api/audit", Map.of("edge.pdf", pdf.toByteArray()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode audit = TestServer.json(r);
        assertThat(span(audit, discrepancy(audit))).isEqualTo("25%");

        var big = multipart("/api/audit", Map.of("big.txt", "word ".repeat(80_000)));
        assertThat(big.statusCode()).as(big.body()).isEqualTo(413);
        assertThat(TestServer.json(big).get("message").asText()).contains("MiB");
    }

    static HttpResponse<String> multipart(String path, Map<String, String> files) throws Exception {
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return multipartBytes(path, bytes);
    }

    /** One multipart body with a "file" part per entry (name → content). */
    static HttpResponse<String> multipartBytes(String path, Map<String, byte[]> files) throws Exception {
        String boundary = "----zhiti" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (var f : new java.util.TreeMap<>(files).entrySet()) {
            b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.write(f.getValue());
            b.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (files.isEmpty()) b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.base + path))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build();
        return s.http.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
