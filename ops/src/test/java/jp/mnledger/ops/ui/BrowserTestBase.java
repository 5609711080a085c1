package jp.mnledger.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jp.mnledger.command.identity.credentials.Totp;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.NoMyNumbers;
import jp.mnledger.ops.ServerTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web UI in a real headless Chromium (ADR 0020), against the shared test server: one browser per test
 * class, reused by its tests. The browser and its driver are Debian's packages ({@code chromium},
 * {@code chromium-driver}; .ci/run installs them), given by path so that nothing is ever downloaded; their
 * absence fails the tests unless {@code -Dmnledger.browser-tests=skip} is set (for developers only).
 * Screenshots go to {@code ops/target/screenshots/}.
 */
public abstract class BrowserTestBase extends ServerTestBase {

    static final Path CHROMIUM = Path.of(System.getProperty("mnledger.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("mnledger.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** TOTP steps already used per demo user by the browser tests (a code is good once). */
    private static final Map<String, Long> USED_STEPS = new ConcurrentHashMap<>();
    private static final Totp TOTP = new Totp();

    protected static ChromeDriver driver;
    private static Path profile;
    /** Where the browser saves downloads (inside its temporary profile, deleted with it). */
    protected static Path downloads;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeFalse("skip".equals(System.getProperty("mnledger.browser-tests")),
                "browser tests skipped with -Dmnledger.browser-tests=skip");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run does), or run with -Dmnledger.browser-tests=skip");
        }
        profile = Files.createTempDirectory("mnledger-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-extensions",
                "--disable-features=Translate,OptimizationHints,MediaRouter", "--lang=ja",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja",
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** Opens a screen by its hash route (e.g. "/subjects"). */
    protected void open(String route) {
        String url = base() + "/#" + route;
        if (url.equals(driver.getCurrentUrl())) {
            driver.navigate().refresh();
        } else {
            driver.get(url);
        }
    }

    protected WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.pollingEvery(Duration.ofMillis(100));
        return wait;
    }

    protected WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void waitForText(By by, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The h1 of the current screen, once rendered. */
    protected String heading() {
        return waitFor(By.cssSelector("main h1")).getText();
    }

    protected void phoneViewport() {
        driver.manage().window().setSize(new Dimension(375, 812));
    }

    protected void desktopViewport() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * A TOTP code not used before for this user on this server: API clients of the other tests log in once per
     * user (their token is cached), so that is done first; then the next step that no one used, waiting for it
     * when the allowed drift (one step) does not reach it yet.
     */
    protected String freshTotp(String username) {
        new HttpClientForTests(port).as(username);
        long now = Instant.now().getEpochSecond() / 30;
        long step = Math.max(now + 1, USED_STEPS.getOrDefault(port + username, now) + 1);
        while (step > Instant.now().getEpochSecond() / 30 + Totp.ALLOWED_DRIFT_STEPS) {
            sleep(500);
        }
        USED_STEPS.put(port + username, step);
        return TOTP.code(Totp.decodeBase32(HttpClientForTests.DEMO_TOTP_SECRET), step * 30);
    }

    /** Logs in through the login form (with a TOTP code when the user needs one) and waits for the home screen. */
    protected void login(String username, boolean mfa) {
        open("/login");
        WebElement user = waitFor(By.name("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(HttpClientForTests.DEMO_PASSWORD);
        if (mfa) {
            driver.findElement(By.name("totp")).sendKeys(freshTotp(username));
        }
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("logout"));
        waiting().until(d -> d.findElement(By.id("user-name")).getText().equals(username));
    }

    /** Logs in as that user unless the browser already is (logging out whoever else is). */
    protected void loginAs(String username, boolean mfa) {
        boolean current = !driver.findElements(By.id("user-name")).isEmpty()
                && driver.findElement(By.id("user-name")).getText().equals(username);
        if (!current) {
            logout();
            login(username, mfa);
        }
    }

    protected void logout() {
        if (!driver.findElements(By.id("logout")).isEmpty() && driver.findElement(By.id("logout")).isDisplayed()) {
            driver.findElement(By.id("logout")).click();
            waitFor(By.name("username"));
        }
    }

    /** Every visible input, select and textarea has a label (around it, for its id, or aria-label). */
    protected void assertEveryControlIsLabelled() {
        for (WebElement control : driver.findElements(By.cssSelector("input, select, textarea"))) {
            if (!control.isDisplayed()) {
                continue;
            }
            String id = control.getAttribute("id");
            boolean labelled = !control.findElements(By.xpath("ancestor::label")).isEmpty()
                    || (id != null && !id.isEmpty() && !driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty())
                    || control.getAttribute("aria-label") != null;
            assertThat(labelled).as("control " + control.getAttribute("name") + " has a label").isTrue();
        }
    }

    /** Everything the page shows and holds: its visible text, its markup, its title and its URL. */
    protected String pageEverything() {
        return driver.findElement(By.tagName("body")).getText() + "\n" + driver.getPageSource() + "\n" + driver.getTitle()
                + "\n" + driver.getCurrentUrl();
    }

    protected void assertNoMyNumberOnThePage() {
        NoMyNumbers.assertNoMyNumberIn(pageEverything());
    }

    protected Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a screenshot as target/screenshots/NAME.png. */
    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeAsyncScript("const done = arguments[0]; document.fonts.ready.then(() => done(true))");
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry of the tab's history, by going back through it (the current entry is restored after). */
    protected List<String> historyUrls() {
        List<String> urls = new java.util.ArrayList<>();
        long length = (Long) script("return history.length");
        String current = driver.getCurrentUrl();
        urls.add(current);
        for (int i = 1; i < length; i++) {
            driver.navigate().back();
            String url = driver.getCurrentUrl();
            urls.add(url);
            if (!url.startsWith(base())) {
                break;
            }
        }
        driver.get(current);
        return urls;
    }

    /**
     * Waits for a download whose name starts with prefix and ends with suffix to be complete, and answers it. Chromium
     * writes into NAME.crdownload and may hold an empty NAME meanwhile: complete is no .crdownload left and bytes in NAME.
     */
    protected Path downloaded(String prefix, String suffix) {
        Path[] found = new Path[1];
        waiting().withTimeout(Duration.ofSeconds(30)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                found[0] = all.stream().filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null && Files.size(found[0]) > 0
                        && all.stream().noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return found[0];
    }

    /** A valid number not used before (its check digit computed as the law says). */
    protected static String newNumber() {
        String base = String.valueOf(System.nanoTime() % 100_000_000_000L);
        return MyNumber.fromBaseDigits("0".repeat(11 - base.length()) + base).digits();
    }

    /** A subject's number status in the masked list, or null while the list does not have it yet. */
    protected static String statusOf(HttpClientForTests client, String company, String subject) {
        for (JsonNode row : client.get("/api/v1/companies/" + company + "/subjects").json()) {
            if (row.get("id").asText().equals(subject)) {
                return row.get("myNumberStatus").asText();
            }
        }
        return null;
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static void assertNoneContains(List<String> texts, String secret) {
        texts.forEach(text -> assertThat(text).doesNotContain(secret));
    }
}
