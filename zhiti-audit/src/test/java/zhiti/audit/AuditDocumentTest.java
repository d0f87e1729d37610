package zhiti.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import zhiti.memory.kb.UnreadableDocumentException;

/** Every format reads to a text whose offsets the claims point into; tables in html stay rows of cells. */
class AuditDocumentTest {

    @Test
    void htmlBlocksBecomeLinesAndTableRowsTabSeparatedCells() throws Exception {
        String html = "<html><body><h1>Servers</h1><p>Revenue grew from $10 billion to $13 billion, up 30%.</p>"
                + "<table><tr><th>Year</th><th>Units</th></tr><tr><td>2023</td><td>1,200</td></tr></table>"
                + "<script>alert(1)</script></body></html>";
        AuditDocument d = AuditDocument.of("r.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.format()).isEqualTo("html");
        assertThat(d.text()).contains("Servers\n").contains("Year\tUnits\n2023\t1,200").doesNotContain("alert");
        AuditReport r = new Auditor().audit(List.of(d));
        Claim up = r.claims().stream().filter(c -> c.text().equals("30%")).findFirst().orElseThrow();
        assertThat(d.text().substring(up.start(), up.end())).isEqualTo("30%");
        assertThat(up.verdict()).isEqualTo(Verdict.REPRODUCES);
    }

    @Test
    void pdfTextIsAuditedWithOffsetsIntoTheExtractedText() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText("Shipments grew from 400 units to 500 units, an increase of 40%.");
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        AuditDocument d = AuditDocument.of("s.pdf", pdf);
        AuditReport r = new Auditor().audit(List.of(d));
        Claim c = r.claims().stream().filter(x -> x.text().equals("40%")).findFirst().orElseThrow();
        assertThat(c.verdict()).isEqualTo(Verdict.DISCREPANCY); // 500 / 400 − 1 = 25%
        assertThat(c.computed()).isEqualTo(25.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.text().substring(c.start(), c.end())).isEqualTo("40%");
    }

    @Test
    void otherFormatsAreRefusedWithWhatIsRead() {
        assertThatThrownBy(() -> AuditDocument.of("x.docx", new byte[] {1, 2}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining(".txt, .md, .html and .pdf");
    }
}
