package zhiti.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in real headless Chromium against the real server: the key dialog, a question whose steps stream in
 * before its answer, a figure that opens to its formula, a chart drawn on a canvas, an upload with its progress and
 * a citation that opens its passage, an audit whose wrong figure is marked red and opens to its recomputation.
 * Chromium and its driver come from scripts/system-deps.sh.
 */
class WebUiTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static WebDriver driver;
    static TestServer s;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "headless Chromium is not installed; run scripts/system-deps.sh (apt: chromium chromium-driver)");
        s = TestServer.shared();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void openWithKey() {
        driver.get(s.base + "/");
        js("localStorage.clear(); localStorage.setItem('zhiti.key', arguments[0]); localStorage.setItem('zhiti.lang', 'en');", TestServer.KEY);
        driver.get(s.base + "/#/ask");
        driver.navigate().refresh(); // a change of hash alone does not reload the page that read localStorage
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private void ask(String question) {
        WebElement q = waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.id("question")));
        q.clear();
        q.sendKeys(question);
        driver.findElement(By.id("ask")).click();
        waitUpTo(30).until(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "finished"));
    }

    @Test
    void aWrongKeyIsRefused() {
        js("localStorage.removeItem('zhiti.key');");
        driver.navigate().refresh();
        WebElement key = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        key.sendKeys("wrong-key-0123456789abcdef");
        driver.findElement(By.id("save-key")).click();
        WebElement error = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-error")));
        assertThat(error.getText()).isNotBlank();
    }

    @Test
    void stepsStreamInBeforeTheAnswerAndAFigureOpensToItsFormula() {
        // records when the first plan step and the answer text appear, to see the order they came in
        js("window.__seen = {}; new MutationObserver(() => {"
                + " if (!__seen.step && document.querySelector('#plan-steps .step')) __seen.step = performance.now();"
                + " const a = document.getElementById('answer'); if (!__seen.answer && a && a.textContent.trim() && !a.querySelector('.working, .muted')) __seen.answer = performance.now();"
                + "}).observe(document.body, {subtree: true, childList: true, characterData: true});");
        ask("How many days to train a 70B model on 2T tokens with 1024 H100 at 40% MFU?");
        List<WebElement> steps = driver.findElements(By.cssSelector("#plan-steps .step"));
        assertThat(steps).hasSizeGreaterThanOrEqualTo(2);
        assertThat(steps).allSatisfy(st -> assertThat(st.getAttribute("data-state")).isEqualTo("done"));
        Number step = (Number) js("return __seen.step;");
        Number answer = (Number) js("return __seen.answer;");
        assertThat(step.doubleValue()).isLessThanOrEqualTo(answer.doubleValue());
        assertThat(driver.findElement(By.id("answer")).getText()).contains("days");

        WebElement figure = driver.findElements(By.cssSelector("#figures .figure")).get(0);
        figure.click();
        WebElement detail = figure.findElement(By.cssSelector(".figure-detail"));
        waitUpTo(5).until(ExpectedConditions.visibilityOf(detail));
        assertThat(detail.findElement(By.cssSelector(".formula")).getText()).contains("6");
    }

    @Test
    void aComparisonIsDrawnAsAChart() {
        ask("Compare the H100 and the H20 on dense BF16 compute");
        WebElement canvas = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts .chart canvas")));
        // a drawn canvas has pixels that are not transparent
        Boolean drawn = (Boolean) js("const c = arguments[0]; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false;", canvas);
        assertThat(canvas.getSize().getWidth()).isPositive();
        assertThat(drawn).isTrue();
    }

    @Test
    void filesToolsMakeAreShownAnImageInlineAndARecordingWithAPlayer() {
        ask("Plot the cost per GFLOPS since 1945 with its fit");
        WebElement img = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#artifacts img.artifact-img")));
        // the PNG was fetched with the key and decoded
        waitUpTo(10).until(d -> ((Number) js("return arguments[0].naturalWidth;", img)).intValue() > 0);
        assertThat(((Number) js("return arguments[0].naturalWidth;", img)).intValue()).isGreaterThan(100);

        ask("Read this aloud: the H20 ships with 96 GB of HBM3.");
        WebElement audio = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#artifacts audio.artifact-audio")));
        assertThat(audio.getAttribute("src")).startsWith("blob:");
        assertThat(driver.findElement(By.cssSelector("#artifacts .artifact-link")).getText()).contains(".wav");
    }

    @Test
    void anUploadShowsItsProgressAndItsPassagesAreCitedAndOpen() throws Exception {
        Path doc = tmp.resolve("orion-brief.md");
        Files.writeString(doc, "# Orion brief\n\nThe Orion-3 interconnect is a made-up link used only by the browser test. "
                + "It moves 900 GB/s between two sockets.\n", StandardCharsets.UTF_8);
        driver.get(s.base + "/#/documents");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(doc.toString());
        driver.findElement(By.id("upload")).click();
        waitUpTo(60).until(d -> List.of("added", "replaced", "unchanged")
                .contains(d.findElement(By.id("upload-status")).getAttribute("data-status")));
        assertThat(driver.findElement(By.id("progress")).getAttribute("value")).isNotNull();
        waitUpTo(10).until(d -> d.findElement(By.id("documents")).getText().contains("orion-brief.md"));

        driver.get(s.base + "/#/ask");
        ask("What does the Orion brief say about the Orion-3 interconnect?");
        WebElement cite = waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#citations .citation")));
        cite.click();
        WebElement passage = waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("passage")));
        assertThat(passage.findElement(By.id("passage-doc")).getText()).contains("orion-brief.md");
        assertThat(passage.findElement(By.id("passage-text")).getText()).contains("Orion");
    }

    @Test
    void anAuditMarksAWrongCagrRedAndAClickOpensItsRecomputation() throws Exception {
        Path doc = tmp.resolve("edge-note.md");
        Files.writeString(doc, AuditApiTest.NOTE, StandardCharsets.UTF_8);
        driver.get(s.base + "/#/audit");
        Path table = tmp.resolve("segments.html");
        Files.writeString(table, "<html><body><table><tr><th>Segment</th><th>2025</th></tr><tr><td>Edge &lt;b&gt;</td>"
                + "<td>$500 million</td></tr></table></body></html>", StandardCharsets.UTF_8);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("audit-files"))).sendKeys(doc + "\n" + table);
        waitUpTo(5).until(d -> d.findElement(By.id("audit-file-list")).getText().contains("segments.html"));
        driver.findElement(By.id("audit-text")).sendKeys("Accelerators took 40% of the cluster budget.");
        driver.findElement(By.id("audit-run")).click();
        waitUpTo(30).until(ExpectedConditions.attributeToBe(By.id("audit-status"), "data-status", "finished"));
        assertThat(driver.findElements(By.cssSelector("#audit-docs .audit-doc"))).hasSize(3);
        // the html table is shown as a table, its text escaped, its figure marked inside its cell
        assertThat(driver.findElement(By.cssSelector("#audit-docs .audit-tbl tr:nth-child(2)")).getText()).isEqualTo("Edge <b> $500 million");
        assertThat(driver.findElement(By.cssSelector("#audit-docs .audit-tbl td mark")).getText()).isEqualTo("$500 million");
        assertThat(driver.findElement(By.id("audit-counts")).getText()).contains("1 discrepancy");

        WebElement red = driver.findElement(By.cssSelector("#audit-docs mark.v-discrepancy"));
        assertThat(red.getText()).isEqualTo("25%");
        assertThat(red.getCssValue("background-color")).isEqualTo("rgba(251, 225, 223, 1)"); // the red of a discrepancy
        assertThat(driver.findElement(By.id("audit-flags")).getText()).contains("25%");
        red.click();
        WebElement panel = waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-panel")));
        assertThat(panel.findElement(By.cssSelector(".formula")).getText()).isEqualTo("CAGR = (end / start)^(1/n) − 1");
        assertThat(panel.getText()).contains("20.11").contains("“$200 million”").contains("“$500 million”");
    }
}
