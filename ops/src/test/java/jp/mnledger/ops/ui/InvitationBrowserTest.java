package jp.mnledger.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The employee's and the payee's flows on a phone (ADR 0021): staff issue a link, the person opens it without
 * an account, reads the purposes, sends their number (and an employee a spouse with theirs), sends an ID image,
 * completes and gets a receipt; the link is then refused, and no number or secret is ever on the page, in the
 * address, the title or the history. Staff then see the submission history.
 */
class InvitationBrowserTest extends BrowserTestBase {

    private HttpClientForTests payroll;
    private String company;

    @BeforeEach
    void setUp() {
        payroll = new HttpClientForTests(port).as("demo-payroll");
        company = payroll.firstCompany();
    }

    @AfterEach
    void back() {
        script("document.querySelectorAll('dialog[open]').forEach(d => d.close())");
        desktopViewport();
    }

    private String newSubject(String kind, String name) {
        return payroll.registerSubject(company, kind, name, "W" + System.nanoTime() % 100_000_000, null);
    }

    private static String fullWidthSpaced(String number) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            typed.append((char) (number.charAt(i) - '0' + '０'));
            if (i == 3 || i == 7) {
                typed.append('　');
            }
        }
        return typed.toString();
    }

    private static Path imageFile(String name, byte[] content) throws IOException {
        Path file = Files.createTempFile("mnledger-" + name + "-", name.endsWith("jpg") ? ".jpg" : ".png");
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    /** Waits for the step with exactly this title (「確認」 is also part of 「本人確認書類」). */
    private void waitForStep(String title) {
        waiting().until(ExpectedConditions.textToBe(By.id("invite-step-title"), title));
    }

    private JsonNode invitations(String subject) {
        return payroll.get("/api/v1/companies/" + company + "/subjects/" + subject + "/invitations").json();
    }

    /** What the tab holds after the link was opened: never the secret, never a number. */
    private void assertNothingSecretIsKept(String secret, List<String> numbers) {
        List<String> everything = new ArrayList<>(historyUrls());
        everything.add(driver.getTitle());
        everything.add(driver.getCurrentUrl());
        everything.add(pageEverything());
        assertNoneContains(everything, secret);
        numbers.forEach(n -> assertNoneContains(everything, n));
        assertNoMyNumberOnThePage();
    }

    @Test
    void anEmployeeSendsTheirNumberASpouseAndAnImageFromAPhoneAndGetsAReceipt() throws IOException {
        String employee = newSubject("EMPLOYEE", "招待 画面一");
        await().atMost(Duration.ofSeconds(10)).until(() -> payroll.get("/api/v1/companies/" + company + "/subjects").body()
                .contains(employee));

        // The responsible manager issues the link on the subject's screen and copies it.
        login("demo-manager", true);
        open("/subjects/" + employee);
        waitFor(By.id("invitation-issue")).click();
        String link = waitFor(By.id("invitation-link")).getAttribute("value");
        assertThat(link).contains("/#/invite/");
        screenshot("20-staff-invitation-issued");
        String secret = link.substring(link.indexOf("/#/invite/") + "/#/invite/".length());
        logout();

        // The employee opens it on a phone: no account, and the secret leaves the address at once.
        phoneViewport();
        driver.get(link);
        waitForStep("利用目的の確認");
        assertThat(driver.getCurrentUrl()).endsWith("/#/invite").doesNotContain(secret);
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("源泉徴収票・給与支払報告書・年末調整",
                "健康保険・厚生年金");
        assertEveryControlIsLabelled();
        screenshot("21-invite-notice-phone");
        WebElement agree = driver.findElement(By.id("invite-agree"));
        agree.sendKeys(Keys.SPACE);
        assertThat(agree.isSelected()).as("keyboard operable").isTrue();
        driver.findElement(By.xpath("//main//button[normalize-space()='次へ']")).sendKeys(Keys.ENTER);

        waitForStep("本人の個人番号");
        String own = newNumber();
        WebElement number = waitFor(By.cssSelector("main form input.number-input"));
        number.sendKeys(fullWidthSpaced(own));
        assertThat(driver.findElement(By.cssSelector("main form .live")).getText()).contains("チェックデジットは正しいです");
        assertEveryControlIsLabelled();
        screenshot("22-invite-number-phone");
        driver.findElement(By.xpath("//main//button[normalize-space()='送信する']")).click();

        waitForStep("扶養親族");
        driver.findElement(By.xpath("//main//button[normalize-space()='扶養親族を追加']")).click();
        // A second one, removed again before sending: add and remove in the same flow.
        driver.findElement(By.xpath("//main//button[normalize-space()='扶養親族を追加']")).click();
        assertThat(driver.findElements(By.cssSelector("fieldset.dependent"))).hasSize(2);
        driver.findElements(By.xpath("//main//button[normalize-space()='この扶養親族を取り消す']")).get(1).click();
        assertThat(driver.findElements(By.cssSelector("fieldset.dependent"))).hasSize(1);
        WebElement dependent = driver.findElement(By.cssSelector("fieldset.dependent"));
        List<WebElement> inputs = dependent.findElements(By.cssSelector("input"));
        inputs.get(0).sendKeys("招待 配偶者");
        new Select(dependent.findElement(By.cssSelector("select"))).selectByValue("SPOUSE");
        String spouse = newNumber();
        inputs.get(1).sendKeys(spouse);
        assertEveryControlIsLabelled();
        screenshot("23-invite-dependents-phone");
        driver.findElement(By.xpath("//main//button[normalize-space()='送信して次へ']")).click();

        waitForStep("本人確認書類");
        List<WebElement> people = driver.findElements(By.cssSelector("fieldset.person-documents"));
        assertThat(people).hasSize(2);
        assertThat(people.get(1).getText()).contains("配偶者");
        WebElement camera = people.get(0).findElements(By.cssSelector("input[type=file]")).get(0);
        assertThat(camera.getAttribute("capture")).isEqualTo("environment");
        assertThat(camera.getAttribute("accept")).isEqualTo("image/*");
        new Select(people.get(0).findElement(By.cssSelector("select"))).selectByValue("IDENTITY_CHECK");
        camera.sendKeys(imageFile("self.jpg", TestImages.jpeg("invite-self")).toString());
        waitForText(By.cssSelector("fieldset.person-documents:nth-of-type(1) .received"), "受領済み（1件）");
        people.get(1).findElements(By.cssSelector("input[type=file]")).get(1)
                .sendKeys(imageFile("spouse.png", TestImages.png("invite-spouse")).toString());
        waitForText(By.cssSelector("fieldset.person-documents:nth-of-type(2) .received"), "受領済み（1件）");
        assertThat(driver.findElements(By.cssSelector("main img"))).as("receive-only: no thumbnail").isEmpty();
        assertEveryControlIsLabelled();
        screenshot("24-invite-documents-phone");
        driver.findElement(By.xpath("//main//button[normalize-space()='次へ']")).click();

        waitForStep("確認");
        assertThat(driver.findElement(By.cssSelector("main dl.facts")).getText()).contains("受領済み", "1人", "2件");
        screenshot("25-invite-confirm-phone");
        driver.findElement(By.xpath("//main//button[normalize-space()='送信を完了する']")).click();

        String receipt = waitFor(By.id("receipt-id")).getText();
        assertThat(receipt).matches("UK-\\d{8}-[A-Z]{6}");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("受付票", "受付日時");
        assertThat(driver.findElements(By.xpath("//main//button[normalize-space()='印刷する']"))).hasSize(1);
        Long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no sideways scrolling on the phone").isLessThanOrEqualTo(0L);
        screenshot("26-invite-receipt-phone");
        assertNothingSecretIsKept(secret, List.of(own, spouse));

        // The same link again: refused, with nothing of what was sent.
        driver.get(link);
        waitForText(By.cssSelector("main .error"), "この招待リンクは使えません");
        screenshot("27-invite-link-spent-phone");
        assertNothingSecretIsKept(secret, List.of(own, spouse));

        JsonNode history = await().atMost(Duration.ofSeconds(10)).until(() -> invitations(employee),
                l -> l.size() == 1 && l.get(0).get("state").asText().equals("COMPLETED"));
        assertThat(history.get(0).get("receiptId").asText()).isEqualTo(receipt);
        assertThat(history.get(0).get("imagesSent").asInt()).isEqualTo(2);
    }

    @Test
    void aPayeeUsesAOneTimeLinkWithoutAnAccountAndStaffSeeTheHistory() throws IOException {
        String payee = newSubject("PAYEE", "招待 支払先");
        String first = payroll.post("/api/v1/companies/" + company + "/subjects/" + payee + "/invitations", "{}")
                .json().get("link").asText();
        // Payroll staff are logged in in this browser: the link still opens the invitation, not their session.
        login("demo-payroll", false);
        phoneViewport();
        driver.get(first);
        waitForStep("利用目的の確認");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("支払調書").doesNotContain("扶養親族");
        driver.findElement(By.id("invite-agree")).click();
        driver.findElement(By.xpath("//main//button[normalize-space()='次へ']")).click();
        waitForStep("本人の個人番号");
        String number = newNumber();
        waitFor(By.cssSelector("main form input.number-input")).sendKeys(number);
        driver.findElement(By.xpath("//main//button[normalize-space()='送信する']")).click();
        waitForStep("本人確認書類");
        driver.findElements(By.cssSelector("fieldset.person-documents input[type=file]")).get(1)
                .sendKeys(imageFile("payee.png", TestImages.png("invite-payee")).toString());
        waitForText(By.cssSelector("fieldset.person-documents .received"), "受領済み（1件）");
        driver.findElement(By.xpath("//main//button[normalize-space()='次へ']")).click();
        waitForStep("確認");
        driver.findElement(By.xpath("//main//button[normalize-space()='送信を完了する']")).click();
        String receipt = waitFor(By.id("receipt-id")).getText();
        assertNothingSecretIsKept(first.substring(first.indexOf("#/invite/") + 9), List.of(number));
        // The spent link, opened again in the same tab, is refused without ending the staff member's session.
        driver.get(first);
        waitForText(By.cssSelector("main .error"), "この招待リンクは使えません");

        // Next year's link, issued on the subject's screen by the same staff session (its CSRF still good);
        // both stay in the history.
        await().atMost(Duration.ofSeconds(10)).until(() -> invitations(payee).toString().contains("COMPLETED"));
        desktopViewport();
        open("/subjects/" + payee);
        waitFor(By.id("invitation-issue")).click();
        assertThat(waitFor(By.id("invitation-link")).getAttribute("value")).contains("/#/invite/").isNotEqualTo(first);
        waitForText(By.cssSelector("main"), receipt);
        waitForText(By.cssSelector("main"), "発行済み（未開封）");
        String page = driver.findElement(By.cssSelector("main")).getText();
        assertThat(page).contains("完了", "発行済み（未開封）", "招待リンクの履歴");
        screenshot("28-staff-invitation-history");
        assertNoMyNumberOnThePage();
        logout();
    }
}
