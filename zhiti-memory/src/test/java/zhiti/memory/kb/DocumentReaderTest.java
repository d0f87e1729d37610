package zhiti.memory.kb;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void markdownSectionsCarryTheirHeadingAndOffset() throws Exception {
        String md = "intro line\n# 算力\nGPU 数量。\n## Cost\nprice text\n";
        List<Section> s = reader.read("a.md", md.getBytes(StandardCharsets.UTF_8)).sections();
        assertThat(s).extracting(Section::heading).containsExactly(null, "算力", "Cost");
        for (Section x : s) assertThat(md.substring(x.offset(), x.offset() + x.text().length())).isEqualTo(x.text());
        assertThat(s.get(2).text()).contains("price text");
    }

    @Test
    void htmlKeepsBlockTextUnderHeadings() throws Exception {
        String html = "<html><body><h1>Intro</h1><p>First <b>bold</b> para.</p><ul><li><p>item one</p></li></ul>"
                + "<h2>训练</h2><p>第二节。</p><script>var x=1;</script></body></html>";
        List<Section> s = reader.read("x.html", html.getBytes(StandardCharsets.UTF_8)).sections();
        assertThat(s).extracting(Section::heading).containsExactly("Intro", "训练");
        assertThat(s.get(0).text()).isEqualTo("Intro\n\nFirst bold para.\n\nitem one");
        assertThat(s.get(1).text()).isEqualTo("训练\n\n第二节。");
        assertThat(s.get(1).offset()).isEqualTo(s.get(0).text().length() + 2);
    }

    @Test
    void pdfSectionsArePages() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (String line : List.of("Page one about GPUs", "Page two about TPUs")) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(line);
                    cs.endText();
                }
            }
            doc.save(bytes);
        }
        List<Section> s = reader.read("r.pdf", bytes.toByteArray()).sections();
        assertThat(s).extracting(Section::page).containsExactly(1, 2);
        assertThat(s.get(1).text()).contains("TPUs");
        assertThat(s.get(1).offset()).isEqualTo(s.get(0).text().length());
    }

    @Test
    void conversationJsonKeepsTurnIds() throws Exception {
        String json = "{\"turns\":[{\"id\":\"D1:1\",\"speaker\":\"Ann\",\"text\":\"hi\",\"time\":\"2024-01-02T03:04:05Z\"},"
                + "{\"dia_id\":\"D1:2\",\"role\":\"Bob\",\"content\":\"你好\"}]}";
        List<Section> s = reader.read("c.json", json.getBytes(StandardCharsets.UTF_8)).sections();
        assertThat(s).extracting(Section::turnId).containsExactly("D1:1", "D1:2");
        assertThat(s).extracting(Section::text).containsExactly("Ann: hi", "Bob: 你好");
        assertThat(s.get(0).time()).isEqualTo(1704164645000L);
        assertThat(s.get(1).time()).isNull();
    }

    @Test
    void conversationJsonLinesNumberTurnsWithoutIds() throws Exception {
        String jsonl = "{\"role\":\"user\",\"content\":\"a\"}\n\n{\"role\":\"assistant\",\"content\":\"b\"}\n";
        List<Section> s = reader.read("c.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)).sections();
        assertThat(s).extracting(Section::turnId).containsExactly("t1", "t2");
    }

    @Test
    void rejectsBinaryAndNonConversationJsonWithReasons() {
        assertThatThrownBy(() -> reader.read("b.txt", new byte[]{'a', 0, 1, 2}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> reader.read("b.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("not a conversation");
        assertThatThrownBy(() -> reader.read("b.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> reader.read("b.exe", new byte[]{1}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("unsupported");
    }

    @Test
    void decodesGb18030ChineseText() throws Exception {
        byte[] gbk = "中文报告".getBytes("GB18030");
        assertThat(reader.read("g.txt", gbk).sections().get(0).text()).isEqualTo("中文报告");
    }
}
