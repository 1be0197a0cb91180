package dev.feedrafter.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.testing.Fixtures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor UI in Debian's headless Chromium, against the real server on a free port: what an editor does on a
 * morning. One browser for the whole class; the tests run in order, as one session of work. Saves screenshots of
 * the inbox and a draft to target/screenshots/, or to the folder named by {@code -Dfeedrafter.screenshots}
 * ({@code docs/screenshots} refreshes the README's).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("feedrafter.screenshots",
            "target/screenshots"));

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    static Path dir;

    private static WebTestServer server;
    private static WebDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Chromium is missing in CI: .ci/run must install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: install Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver) to run them");
        server = WebTestServer.start(site, dir);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1366,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void open(String path) {
        browser.get(server.url() + path);
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static List<String> headlines() {
        return browser.findElements(By.cssSelector("table.inbox td.headline a")).stream().map(WebElement::getText).toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(1)
    void loggedOutTheBrowserIsSentToTheLoginPageAndBackAfterwards() {
        open("/feeds");
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url() + "/login?next=%2Ffeeds");
        find("#username").sendKeys(WebTestServer.ALEX);
        find("#password").sendKeys(WebTestServer.ALEX_PASSWORD + "\n");
        waiting().until(d -> d.getCurrentUrl().endsWith("/feeds"));
        assertThat(find("table.feeds").getText()).contains("Brainwave Research News", "OK", "Poll now");
    }

    @Test
    @Order(2)
    void theInboxFiltersSearchesAndSorts() throws IOException {
        open("/");
        assertThat(headlines()).hasSize(6);
        assertThat(find("#count").getText()).isEqualTo("1–6 of 6 drafts");
        screenshot("inbox.png");

        new Select(find("#service")).selectByVisibleText("TMS therapy");
        find("#apply").click();
        waiting().until(d -> d.getCurrentUrl().contains("service=TMS"));
        assertThat(headlines()).hasSize(2).allSatisfy(h -> assertThat(h).contains("TMS"));
        assertThat(find("table.inbox").getText()).contains("Cells / lab");

        find("a.button[href='/']").click();
        waiting().until(d -> !d.getCurrentUrl().contains("service="));
        find("#q").sendKeys("esketamine veterans\n");
        waiting().until(d -> d.getCurrentUrl().contains("q=esketamine"));
        assertThat(headlines()).containsExactly("What a New Esketamine Trial Means for PTSD Care");
    }

    @Test
    @Order(3)
    void anEditorOpensEditsPreviewsAndSavesADraft() throws IOException {
        open("/");
        browser.findElement(By.linkText("What a New Esketamine Trial Means for PTSD Care")).click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/drafts/\\d+$"));
        assertThat(find(".sources").getText()).contains("Daily Science Digest", "Military Mental Health",
                "dosing", "Why it is in the inbox");
        screenshot("draft.png");

        find("#editor-panel summary").click();
        WebElement body = find("#body");
        body.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        body.sendKeys("## A note from our clinicians\n\nThis pilot trial was **small**. <script>alert(1)</script>");
        waiting().until(d -> find("#preview-body").getText().contains("A note from our clinicians"));
        assertThat(find("#preview-body h2").getText()).isEqualTo("A note from our clinicians");
        assertThat(browser.findElements(By.cssSelector("#preview-body script"))).as("sanitized preview").isEmpty();
        find("#save").click();
        waiting().until(d -> d.getCurrentUrl().endsWith("?done=saved"));
        assertThat(find("#message").getText()).isEqualTo("Saved as version 2.");
        assertThat(find("#preview-body strong").getText()).isEqualTo("small");
    }

    @Test
    @Order(4)
    void aStaleSaveIsRefusedAndTheEditorsTextIsKept() {
        String draft = browser.getCurrentUrl().replaceAll(".*/drafts/(\\d+).*", "$1");
        open("/drafts/" + draft);
        find("#editor-panel summary").click();
        find("#body").sendKeys("\n\nMy second paragraph.");
        // meanwhile sam saves a newer version through the API
        var sam = new WebClient(server.url()).json("PUT", "/api/drafts/" + draft + "/body",
                "{\"body_markdown\":\"Sam's rewrite.\",\"version\":2}", "Authorization",
                WebClient.basic(WebTestServer.SAM, WebTestServer.SAM_PASSWORD));
        assertThat(sam.statusCode()).isEqualTo(200);
        find("#save").click();
        waiting().until(d -> !d.findElements(By.id("problem")).isEmpty());
        assertThat(find("#problem").getText()).contains("sam saved version 3 while you were editing version 2",
                "your text was not saved");
        assertThat(find("#body").getAttribute("value")).contains("A note from our clinicians", "My second paragraph.");
        find(".saved-version summary").click();
        assertThat(find("#saved-body").getText()).isEqualTo("Sam's rewrite.");

        find("#save").click();
        waiting().until(d -> d.getCurrentUrl().endsWith("?done=saved"));
        assertThat(find("#message").getText()).isEqualTo("Saved as version 4.");
    }

    @Test
    @Order(5)
    void anEditorPicksApprovesAndDownloadsTheDraft() throws Exception {
        find("#pick").click();
        waiting().until(d -> d.getCurrentUrl().endsWith("?done=picked"));
        assertThat(find("#status").getText()).isEqualTo("Picked by alex");
        find("#approve").click();
        waiting().until(d -> d.getCurrentUrl().endsWith("?done=approved"));
        assertThat(find("#status").getText()).isEqualTo("Approved");

        find("#download-md").click();
        waiting().until(d -> downloaded(".md") != null);
        String markdown = Files.readString(downloaded(".md"));
        assertThat(markdown).startsWith("---\ntitle: \"What a New Esketamine Trial Means for PTSD Care\"")
                .contains("status: \"approved\"", "My second paragraph.");
    }

    @Test
    @Order(6)
    void aFormWithAForgedCsrfTokenIsRefused() {
        open("/drafts/3");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('form[action$=\"/status\"] input[name=_csrf]').value = 'forged';");
        find("#pick").click();
        waiting().until(d -> d.getPageSource().contains("did not come from Feedrafter"));
        assertThat(server.db.read(s -> s.drafts().find(3)).orElseThrow().status().label()).isEqualTo("new");
    }

    @Test
    @Order(7)
    void anArticleImportedThroughTheImportPageBecomesADraft() {
        site.stubFor(get(urlPathEqualTo("/news/ketamine-rumination/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(Fixtures.text("pages/psypost-ketamine-rumination.html", site.baseUrl()))));
        open("/import");
        find("#url").sendKeys(site.baseUrl() + "/news/ketamine-rumination/");
        find("#start-import").click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/import/[\\w-]+$"));
        waiting().until(d -> find("#import-state").getText().startsWith("Done"));
        assertThat(find("#results").getText()).contains("New draft");
        find("#results a").click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/drafts/\\d+$"));
        assertThat(find(".outlets").getText()).containsIgnoringCase("psypost");

        open("/import");
        find("#url").sendKeys("ftp://files.example.org/news.xml");
        find("#start-import").click();
        waiting().until(d -> !d.findElements(By.id("problem")).isEmpty());
        assertThat(find("#problem").getText()).contains("is not a web address: it must start with http:// or https://");
        assertThat(find("#url").getAttribute("value")).isEqualTo("ftp://files.example.org/news.xml");
    }

    @Test
    @Order(8)
    void theKeyboardAloneOpensAndRejectsADraftWithTheFocusAlwaysVisible() {
        open("/");
        WebElement active = tab();
        assertThat(active.getText()).isEqualTo("Skip to content");
        for (int i = 0; i < 60 && !String.valueOf(active.getAttribute("href")).matches(".*/drafts/\\d+$"); i++) {
            active = tab();
        }
        String draft = active.getAttribute("href").replaceAll(".*/drafts/", "");
        active.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/drafts/" + draft));

        active = tab();
        for (int i = 0; i < 60 && !("summary".equals(active.getTagName()) && active.getText().startsWith("Reject")); i++) {
            active = tab();
        }
        active.sendKeys(Keys.ENTER);
        assertThat(tab().getAttribute("id")).isEqualTo("reason");
        browser.switchTo().activeElement().sendKeys("Too close to last week's post");
        assertThat(tab().getAttribute("id")).isEqualTo("reject");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("?done=rejected"));
        assertThat(find("#status").getText()).isEqualTo("Rejected");
        assertThat(find("main").getText()).contains("Rejected because: Too close to last week's post");
    }

    @Test
    @Order(9)
    void theInboxAndADraftFitALaptopScreenWithoutSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(1280, 720));
        try {
            for (String path : List.of("/?status=all", "/drafts/1", "/drafts/2", "/feeds", "/import")) {
                open(path);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    /** Presses Tab and answers the element that has the focus now, after checking that the focus is shown. */
    private static WebElement tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement active = browser.switchTo().activeElement();
        assertThat(active.getCssValue("outline-style")).as("focus ring on " + active.getTagName() + " "
                + active.getText()).isNotEqualTo("none");
        return active;
    }

    private static Path downloaded(String extension) {
        try (var files = Files.list(downloads)) {
            return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
