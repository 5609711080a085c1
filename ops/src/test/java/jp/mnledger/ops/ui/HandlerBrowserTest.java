package jp.mnledger.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The handler's screens: the acquisition form that checks the number as it is typed, the ID images shown
 * only to verify and the verification form, and the reveal dialog that shows the number for a short time
 * only, never in the URL, title or history, and is recorded.
 */
class HandlerBrowserTest extends BrowserTestBase {

    private HttpClientForTests payroll;
    private HttpClientForTests handler;
    private String company;

    @BeforeEach
    void setUp() {
        payroll = new HttpClientForTests(port).as("demo-payroll");
        handler = new HttpClientForTests(port).as("demo-handler");
        company = payroll.firstCompany();
        if (driver.findElements(By.id("logout")).isEmpty() || !driver.findElement(By.id("logout")).isDisplayed()) {
            login("demo-handler", true);
        }
    }

    @AfterEach
    void closeDialogs() {
        script("document.querySelectorAll('dialog[open]').forEach(d => d.close())");
    }

    private String newSubject(String name) {
        return payroll.registerSubject(company, "EMPLOYEE", name, "U" + System.nanoTime() % 100_000_000, null);
    }

    private String status(String subject) {
        return statusOf(payroll, company, subject);
    }

    /** A new subject whose number the handler acquired (over the API), open on screen. */
    private String acquiredSubjectOnScreen(String name, String number) {
        String subject = newSubject(name);
        assertThat(handler.acquire(company, subject, number).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACQUIRED".equals(status(subject)));
        openSubject(subject);
        return subject;
    }

    private WebElement openRevealDialog() {
        waitFor(By.id("reveal-open")).click();
        return waitFor(By.cssSelector("dialog.reveal-dialog"));
    }

    private void openSubject(String subject) {
        await().atMost(Duration.ofSeconds(10)).until(() -> status(subject) != null);
        open("/subjects/" + subject);
        waitFor(By.cssSelector("main dl.facts"));
    }

    @Test
    void theAcquisitionFormChecksTheNumberAsItIsTypedAndTheServerStoresIt() {
        String subject = newSubject("画面 取得");
        String number = newNumber();
        openSubject(subject);
        WebElement input = waitFor(By.id("acquire-number"));
        WebElement feedback = driver.findElement(By.id("acquire-feedback"));
        String fullWidth = toFullWidthSpaced(number);

        input.sendKeys(fullWidth.substring(0, 6));
        assertThat(feedback.getText()).contains("桁入力済み");
        String wrong = number.substring(0, 11) + (char) ('0' + (number.charAt(11) - '0' + 1) % 10);
        input.clear();
        input.sendKeys(toFullWidthSpaced(wrong));
        assertThat(feedback.getText()).contains("チェックデジットが一致しません");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        input.clear();
        input.sendKeys("1234-5678-90１８");
        assertThat(feedback.getText()).contains("チェックデジットは正しいです");
        input.clear();
        input.sendKeys(fullWidth);
        assertThat(feedback.getText()).contains("チェックデジットは正しいです");
        assertThat(input.getAttribute("autocomplete")).isEqualTo("off");
        screenshot("05-handler-acquire");

        new Select(driver.findElement(By.cssSelector("main select"))).selectByValue("PAPER");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACQUIRED".equals(status(subject)));
        waitForText(By.cssSelector("main dl.facts"), "取得済み");
        assertNoMyNumberOnThePage();
        assertThat(driver.getCurrentUrl()).doesNotContain(number);
    }

    @Test
    void theHandlerViewsTheIdImageOnlyToVerifyAndRecordsTheVerification() {
        String subject = newSubject("画面 確認");
        assertThat(handler.acquire(company, subject, newNumber()).status()).isEqualTo(201);
        assertThat(handler.postBytes("/api/v1/companies/" + company + "/subjects/" + subject
                + "/id-documents?kind=IDENTITY_CHECK", "image/png", TestImages.png("UI-TEST")).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACQUIRED".equals(status(subject)));
        // The image list is a projection: the page shows what it holds when it opens (it failed CI once by opening early).
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.get("/api/v1/companies/" + company + "/subjects/"
                + subject + "/id-documents").body().contains("IDENTITY_CHECK"));
        openSubject(subject);
        WebElement view = waitFor(By.xpath("//button[contains(., '確認のため表示')]"));
        view.click();
        WebElement image = waitFor(By.cssSelector(".image-viewer img"));
        assertThat(image.getAttribute("src")).startsWith("blob:");
        waiting().until(d -> (Boolean) script("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        screenshot("06-handler-id-image");
        driver.findElement(By.xpath("//div[@class='image-viewer']//button")).click();
        assertThat(driver.findElements(By.cssSelector(".image-viewer img"))).isEmpty();

        List<WebElement> selects = driver.findElements(By.cssSelector("main form select"));
        new Select(selects.get(0)).selectByValue("MY_NUMBER_CARD");
        new Select(selects.get(1)).selectByValue("MY_NUMBER_CARD");
        driver.findElement(By.xpath("//button[contains(., '本人確認を記録する')]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> "VERIFIED".equals(status(subject)));
        waitForText(By.cssSelector("main dl.facts"), "本人確認済み");
    }

    @Test
    void theRevealShowsTheNumberBrieflyNeverInUrlTitleOrHistoryAndIsRecorded() {
        String number = newNumber();
        String subject = acquiredSubjectOnScreen("画面 表示", number);
        WebElement dialog = openRevealDialog();
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText(By.cssSelector("dialog.reveal-dialog .error"), "利用目的と理由");
        new Select(dialog.findElement(By.name("purpose"))).selectByValue("WITHHOLDING_TAX");
        dialog.findElement(By.name("reason")).sendKeys("2026年分 源泉徴収票の作成（画面テスト）");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement shown = waitFor(By.cssSelector(".revealed-number"));
        assertThat(shown.getText().replace(" ", "")).isEqualTo(number);
        assertThat(driver.findElement(By.cssSelector(".countdown")).getText()).contains("秒");
        screenshot("07-handler-reveal");
        assertThat(driver.getTitle()).doesNotContain(number);
        assertThat(driver.getCurrentUrl()).doesNotContain(number);

        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".revealed-number")));
        assertThat(driver.getPageSource()).doesNotContain(number).doesNotContain(number.substring(8));
        assertNoMyNumberOnThePage();
        waiting().until(d -> d.findElements(By.cssSelector("dialog.reveal-dialog")).isEmpty());
        assertNoneContains(historyUrls(), number);

        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        await().atMost(Duration.ofSeconds(10)).until(() -> auditor.get("/api/v1/companies/" + company + "/subjects/"
                + subject + "/history").body().contains("\"action\":\"REVEALED\""));
    }

    @Test
    void clearingTheRevealWithTheKeyboardWipesTheNumberAtOnce() {
        String number = newNumber();
        acquiredSubjectOnScreen("画面 閉じる", number);
        WebElement dialog = openRevealDialog();
        new Select(dialog.findElement(By.name("purpose"))).selectByValue("WITHHOLDING_TAX");
        dialog.findElement(By.name("reason")).sendKeys("年末調整");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector(".revealed-number"));
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).as("the focus is on the button that clears it").contains("今すぐ消去");
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.getPageSource()).doesNotContain(number);
        assertThat(driver.findElements(By.cssSelector("dialog.reveal-dialog"))).isEmpty();
    }

    @Test
    void theBrowsersCheckAgreesWithTheServersOnEveryKindOfInput() {
        java.util.Random random = new java.util.Random(20261126);
        List<String> inputs = new java.util.ArrayList<>(List.of("", "   ", "1234 5678 9018", "１２３４ ５６７８ ９０１８",
                "1234-5678-9018", "1234‐5678―9018", "1234ー5678ー9018", "1234 5678 901８", "12345678901", "1234567890188",
                "12a456789018", "〇一二三四五六七八九〇一", "1234\u00a05678\u30009018", "1234_5678_9018", "\u00a0", "\u3000", "\t"));
        for (int i = 0; i < 300; i++) {
            StringBuilder digits = new StringBuilder();
            for (int d = 0; d < 12; d++) {
                digits.append(random.nextInt(10));
            }
            inputs.add(i % 3 == 0 ? toFullWidthSpaced(digits.toString()) : digits.toString());
        }
        @SuppressWarnings("unchecked")
        List<Object> browser = (List<Object>) driver.executeAsyncScript("""
                const [inputs, done] = arguments;
                import('/ui/mynumber.js').then(m => done(inputs.map(i => m.check(i).code)));""", inputs);
        for (int i = 0; i < inputs.size(); i++) {
            String server;
            try {
                MyNumber.parse(inputs.get(i));
                server = null;
            } catch (jp.mnledger.kernel.error.DomainException e) {
                server = e.code().name();
            }
            assertThat(browser.get(i)).as("input #%d", i).isEqualTo(server);
        }
    }

    /** As people type it on a Japanese keyboard: full-width digits in groups of four with a full-width space. */
    private static String toFullWidthSpaced(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('\u3000');
            }
            out.append((char) ('０' + (digits.charAt(i) - '0')));
        }
        return out.toString();
    }
}
