package zhiti.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

class AuditHtmlTest {

    private static final Pattern MARK = Pattern.compile(
            "<mark class=\"claim v-(\\w+)\" id=\"c-(\\d+)\" data-claim=\"(\\d+)\" data-verdict=\"\\w+\" data-start=\"(\\d+)\" data-end=\"(\\d+)\"[^>]*>(.*?)</mark>");

    /** A claim at the first occurrence of {@code figure} in {@code text}. */
    private static Claim claim(String doc, String text, String figure, Verdict v, String formula, List<Input> inputs, String why) {
        int s = text.indexOf(figure);
        return new Claim(doc, s, s + figure.length(), figure, ClaimKind.CAGR, v, 25, v == Verdict.UNCHECKED ? null : 20.11, "%",
                formula, inputs, inputs.isEmpty() ? List.of() : List.of("same document"), why, null);
    }

    private static Input input(String name, String doc, String text, String figure, double value) {
        int s = text.indexOf(figure);
        return new Input(name, value, "", doc, s, s + figure.length(), figure, "document");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static List<String[]> marks(String html) {
        List<String[]> out = new ArrayList<>();
        Matcher m = MARK.matcher(html);
        while (m.find()) out.add(new String[] {m.group(1), m.group(2), m.group(4), m.group(5), unescape(m.group(6))});
        return out;
    }

    private static int count(String html, String s) {
        int n = 0;
        for (int i = html.indexOf(s); i >= 0; i = html.indexOf(s, i + 1)) n++;
        return n;
    }

    @Test
    void documentTextAndNamesAreEscapedSoOnlyThePagesOwnScriptRuns() {
        String doc = "<b>evil</b>.md";
        String text = "Intro <script>alert('x')</script> & \"quotes\".\nRevenue rose 25% on the year.\n";
        Claim c = claim(doc, text, "25%", Verdict.DISCREPANCY, "CAGR = (end / start)^(1/n) − 1", List.of(),
                "should be <20.11%> & not 25%");
        String html = AuditHtml.render(new AuditReport(List.of(doc), List.of(c), 0.1), Map.of(doc, text), false);
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .contains("&lt;b&gt;evil&lt;/b&gt;.md").doesNotContain("<b>evil</b>")
                .contains("should be &lt;20.11%&gt; &amp; not 25%");
        assertThat(count(html, "<mark")).isEqualTo(count(html, "</mark>")).isEqualTo(1);
    }

    @Test
    void everyClaimIsMarkedAtItsOffsetsWithItsVerdictsClass() {
        String doc = "growth.md";
        String text = "From 2020 to 2025 the market grew from $200 million to $500 million, a CAGR of 25%.\n\nAnother line 7.5% here.\n";
        Input start = input("start value", doc, text, "$200 million", 2e8);
        Input end = input("end value", doc, text, "$500 million", 5e8);
        List<Claim> claims = List.of(
                claim(doc, text, "$200 million", Verdict.UNCHECKED, "", List.of(), "a stated figure"),
                claim(doc, text, "$500 million", Verdict.UNCHECKED, "", List.of(), "a stated figure"),
                claim(doc, text, "25%", Verdict.DISCREPANCY, "CAGR = (end / start)^(1/n) − 1", List.of(start, end), "(500/200)^(1/5) − 1 = 20.11%"),
                claim(doc, text, "7.5%", Verdict.REPRODUCES, "x", List.of(), "fine"));
        String html = AuditHtml.render(new AuditReport(List.of(doc), claims, 0.1), Map.of(doc, text), false);
        List<String[]> marks = marks(html);
        assertThat(marks).hasSize(4);
        for (String[] m : marks) {
            Claim c = claims.get(Integer.parseInt(m[1]));
            assertThat(m[0]).isEqualTo(c.verdict().id());
            assertThat(Integer.parseInt(m[2])).isEqualTo(c.start());
            assertThat(m[4]).isEqualTo(c.text()).isEqualTo(text.substring(Integer.parseInt(m[2]), Integer.parseInt(m[3])));
        }
        // the text between the marks is all there, in order
        assertThat(unescape(html.replaceAll("(?s).*<div class=\"text\">(.*?)</div>\n</article>.*", "$1").replaceAll("<[^>]+>", "")))
                .isEqualTo(text);
        // the discrepancy's inputs link to the marks of the figures they quote
        String detail = html.substring(html.indexOf("id=\"detail-2\""), html.indexOf("id=\"detail-3\""));
        assertThat(detail).contains("<a class=\"goto\" href=\"#c-0\">“$200 million”</a>")
                .contains("<a class=\"goto\" href=\"#c-1\">“$500 million”</a>").contains("CAGR = (end / start)^(1/n) − 1")
                .contains("20.11%").contains("(500/200)^(1/5) − 1 = 20.11%");
    }

    @Test
    void theFlaggedListLinksFlaggedClaimsOnlyAndAnInconsistentPairLinksTheOtherStatement() {
        String doc = "a.txt";
        String text = "Shipments were 120 units. Later the report says shipments were 150 units. Margin 40%.\n";
        int o = text.indexOf("120");
        Num other = new Num(o, o + 9, 120, Unit.COUNT, null, 1, "120 units", "units", Num.Bound.EXACT);
        Located otherAt = new Located(doc, other, new Sentence(0, 0, 0, 25, "Shipments were 120 units."));
        int s = text.indexOf("150 units");
        Claim inconsistent = new Claim(doc, s, s + 9, "150 units", ClaimKind.SAME_FACT, Verdict.INCONSISTENT, 150, 120.0, "",
                "same fact, two values", List.of(), List.of("same document"), "the report gives 120 units elsewhere", otherAt);
        Claim ok = claim(doc, text, "40%", Verdict.REPRODUCES, "m", List.of(), "fine");
        String html = AuditHtml.render(new AuditReport(List.of(doc), List.of(inconsistent, ok), 0.1), Map.of(doc, text), false);
        String list = html.substring(html.indexOf("<section class=\"flagged\">"), html.indexOf("</section>", html.indexOf("<section class=\"flagged\">")));
        assertThat(list).contains("Flagged (1)").contains("href=\"#c-0\" data-claim=\"0\"").contains("150 units")
                .doesNotContain("#c-1");
        // 120 units is no claim here: it becomes a plain anchored span the link scrolls to
        String sid = "s-0-" + o + "-" + (o + 9);
        assertThat(html).contains("<span class=\"ref\" id=\"" + sid + "\">120 units</span>")
                .contains("<a class=\"goto\" href=\"#" + sid + "\">“120 units”</a>").contains("Shipments were 120 units.");
        assertThat(html).contains("<li class=\"count v-inconsistent\" data-verdict=\"inconsistent\"><b>1</b> inconsistent</li>")
                .contains("<li class=\"count v-discrepancy\" data-verdict=\"discrepancy\"><b>0</b> discrepancy</li>");
    }

    @Test
    void anOverlappingClaimIsLeftUnmarkedAndTheFlaggedOneWins() {
        String doc = "o.md";
        String text = "It reached 1,234.5 亿元 last year.\n";
        int a = text.indexOf("1,234.5");
        Claim wide = new Claim(doc, a, a + 10, "1,234.5 亿元", ClaimKind.VALUE, Verdict.UNCHECKED, 1.2345e11, null, "CNY", "",
                List.of(), List.of(), "a stated figure", null);
        Claim narrow = new Claim(doc, a + 2, a + 7, "234.5", ClaimKind.SUM, Verdict.DISCREPANCY, 234.5, 230.0, "", "a + b",
                List.of(), List.of(), "sum", null);
        Claim outside = new Claim(doc, 0, text.length() + 5, "x", ClaimKind.VALUE, Verdict.UNCHECKED, 0, null, "", "",
                List.of(), List.of(), "bad offsets", null);
        String html = AuditHtml.render(new AuditReport(List.of(doc), List.of(wide, narrow, outside), 0.1), Map.of(doc, text), false);
        List<String[]> marks = marks(html);
        assertThat(marks).hasSize(1);
        assertThat(marks.get(0)[0]).isEqualTo("discrepancy");
        assertThat(marks.get(0)[4]).isEqualTo("234.5");
        assertThat(count(html, "<mark")).isEqualTo(count(html, "</mark>"));
        assertThat(html).contains("It reached 1,<mark");
    }

    @Test
    void tabSeparatedRowsAreShownAsATableWithTheirFiguresMarked() {
        String doc = "t.html";
        String text = "Segment table\nSegment\t2024\t2025\nTraining\t40\t52\nInference\t25\t31\nTotal\t65\t83\nEnd note.\n";
        int at = text.indexOf("83");
        Claim total = new Claim(doc, at, at + 2, "83", ClaimKind.SUM, Verdict.REPRODUCES, 83, 83.0, "", "52 + 31", List.of(),
                List.of("same document"), "52 + 31 = 83", null);
        String html = AuditHtml.render(new AuditReport(List.of(doc), List.of(total), 0.1), Map.of(doc, text), false);
        assertThat(html).contains("<table class=\"tbl\">").contains("<td>Inference</td><td>25</td><td>31</td>")
                .contains("<div class=\"para\">End note.\n</div>");
        assertThat(marks(html)).singleElement().satisfies(m -> assertThat(m[4]).isEqualTo("83"));
        assertThat(html).contains("<td>65</td><td><mark class=\"claim v-reproduces\"");
        String md = "| a | b |\n|---|---|\n| 1 | 2 |\n";
        String mdHtml = AuditHtml.render(new AuditReport(List.of("m.md"), List.of(), 0), Map.of("m.md", md), false);
        assertThat(mdHtml).contains("<tr><td> 1 </td><td> 2 </td></tr>").doesNotContain("---");
    }

    @Test
    void chineseLabelsWhenAskedEnglishOtherwise() {
        String doc = "报告.md";
        String text = "2020年至2025年市场规模由200亿元增至500亿元，年复合增长率为25%。\n";
        Claim c = claim(doc, text, "25%", Verdict.DISCREPANCY, "CAGR = (end / start)^(1/n) − 1", List.of(), "20.11%");
        AuditReport r = new AuditReport(List.of(doc), List.of(c), 0.1);
        String zh = AuditHtml.render(r, Map.of(doc, text), true);
        assertThat(zh).contains("<html lang=\"zh-CN\">").contains("审计报告").contains("需要注意 (1)").contains(">不符<")
                .contains("复合增长率").contains("仅看问题").contains("公式").contains("复算数值").doesNotContain("Audit report");
        String en = AuditHtml.render(r, Map.of(doc, text), false);
        assertThat(en).contains("<html lang=\"en\">").contains("Audit report").contains("Flagged only").contains(">discrepancy<")
                .doesNotContain("审计报告");
    }

    @Test
    void aPlantedCagrErrorFoundByTheAuditorIsMarkedRedWithItsFormula() throws Exception {
        String text = "# Accelerator note\n\nFrom 2020 to 2025 the market for inference accelerators grew from $200 million "
                + "to $500 million, a CAGR of 25%.\n";
        AuditDocument d = AuditDocument.of("note.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        AuditReport r = new Auditor().audit(List.of(d));
        String html = AuditHtml.render(r, Map.of(d.name(), d.text()), false);
        String[] red = marks(html).stream().filter(m -> m[0].equals("discrepancy")).findFirst().orElseThrow();
        assertThat(red[4]).isEqualTo("25%").isEqualTo(d.text().substring(Integer.parseInt(red[2]), Integer.parseInt(red[3])));
        assertThat(html).contains("CAGR = (end / start)^(1/n) − 1").contains("<a class=\"goto\" href=\"#c-");
    }
}
