package jp.mnledger.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import jp.mnledger.ops.HttpClientForTests;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The responsible manager confirms a due disposal and downloads its 削除証明書, sees the handlers'
 * appointments and the denied-access alerts; the auditor reads a subject's timeline as of a time, the
 * handling register and the signed tree head.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OversightBrowserTest extends BrowserTestBase {

    /** A leaver of 2010 whose number is held: the sweep proposes the disposal at once. Not the demo's 小林, which other tests dispose. */
    private String dueSubject(HttpClientForTests payroll, HttpClientForTests manager, String company, String name) {
        HttpClientForTests handler = new HttpClientForTests(port).as("demo-handler");
        String subject = payroll.registerSubject(company, "EMPLOYEE", name, "D" + System.nanoTime() % 100_000_000, null);
        String number = newNumber();
        assertThat(handler.post("/api/v1/companies/" + company + "/subjects/" + subject + "/my-number",
                "{\"myNumber\":\"" + number + "\",\"channel\":\"PAPER\",\"purposesNotified\":[\"WITHHOLDING_TAX\"]}")
                .status()).isEqualTo(201);
        for (String[] change : new String[][] {{"STARTED", "2005-04-01"}, {"ENDED", "2010-03-31"}}) {
            assertThat(payroll.post("/api/v1/companies/" + company + "/subjects/" + subject + "/employment",
                    "{\"change\":\"" + change[0] + "\",\"effectiveOn\":\"" + change[1] + "\"}").status()).isEqualTo(204);
        }
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
            manager.post("/api/v1/companies/" + company + "/retention-sweeps", "");
            for (JsonNode row : manager.get("/api/v1/companies/" + company + "/retention-schedule").json()) {
                if (row.get("subjectId").asText().equals(subject)) {
                    return row.get("status").asText().equals("PROPOSED");
                }
            }
            return false;
        });
        return subject;
    }

    @Test
    @Order(1)
    void theManagerConfirmsADueDisposalAndDownloadsTheCertificate() {
        HttpClientForTests payroll = new HttpClientForTests(port).as("demo-payroll");
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        String company = payroll.firstCompany();
        String name = "廃棄 画面" + System.nanoTime() % 1000;
        String subject = dueSubject(payroll, manager, company, name);

        loginAs("demo-manager", true);
        open("/retention");
        assertThat(heading()).isEqualTo("保存・廃棄");
        WebElement box = waitFor(By.cssSelector("input[type=checkbox][value='" + subject + "']"));
        assertThat(box.getAttribute("aria-label")).contains(name);
        box.click();
        screenshot("08-manager-disposals");
        driver.findElement(By.id("confirm-disposal")).click();
        waitFor(By.id("confirm-disposal-yes")).click();
        waitForText(By.tagName("main"), "1 人を廃棄しました");
        WebElement certificate = waitFor(By.xpath("//main//div[@role='status']//a[contains(@href, 'disposal-certificates')]"));
        String href = certificate.getAttribute("href").substring(base().length());
        assertThat(manager.getBytes(href).body()).as("the link appears once the certificate can be had")
                .startsWith("%PDF".getBytes());
        screenshot("09-manager-disposed");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DISPOSED".equals(statusOf(payroll, company, subject)));

        // The record with its certificate, once the disposal records (a projection) have it.
        await().atMost(Duration.ofSeconds(10)).until(() -> manager.get("/api/v1/companies/" + company + "/disposals")
                .body().contains(subject));
        open("/retention");
        waitFor(By.xpath("//main//section//a[contains(@href, 'disposal-certificates')]"));
        assertNoMyNumberOnThePage();
    }

    @Test
    @Order(2)
    void theManagerSeesAppointmentsAndDeniedAccessAlerts() {
        HttpClientForTests payroll = new HttpClientForTests(port).as("demo-payroll");
        String company = payroll.firstCompany();
        String subject = payroll.registerSubject(company, "EMPLOYEE", "拒否 記録", "X" + System.nanoTime() % 100_000_000, null);
        assertThat(payroll.acquire(company, subject, "123456789018").code()).isEqualTo("ACCESS_DENIED");
        // The alerts come from the access log, a projection: wait until it holds this refusal.
        HttpClientForTests auditor = new HttpClientForTests(port).as("demo-auditor");
        await().atMost(Duration.ofSeconds(10)).until(() -> auditor.get("/api/v1/companies/" + company + "/access-log")
                .body().contains(subject));

        loginAs("demo-manager", true);
        open("/handlers");
        waitFor(By.cssSelector("main tbody tr"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("demo-handler", "第1版");
        screenshot("10-manager-handlers");
        open("/alerts");
        waitFor(By.cssSelector("main tbody tr"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("demo-payroll", "個人番号の取得", "この会社での役割がない")
                .doesNotContain("AcquireMyNumberCommand");
        assertNoMyNumberOnThePage();
        screenshot("11-manager-alerts");
    }

    @Test
    @Order(3)
    void theAuditorReadsTheTimelineAsOfATimeTheRegisterAndTheSignedHead() {
        HttpClientForTests payroll = new HttpClientForTests(port).as("demo-payroll");
        String company = payroll.firstCompany();
        String yamada = null;
        for (JsonNode row : payroll.get("/api/v1/companies/" + company + "/subjects").json()) {
            if ("E001".equals(row.path("employeeCode").asText())) {
                yamada = row.get("id").asText();
            }
        }
        loginAs("demo-auditor", false);
        open("/subjects/" + yamada);
        waitFor(By.cssSelector("main section tbody tr"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("履歴", "登録", "取得");
        assertThat(driver.findElements(By.id("reveal-open"))).as("no reveal for an auditor").isEmpty();
        assertNoMyNumberOnThePage();
        screenshot("12-auditor-timeline");
        WebElement asOf = driver.findElement(By.name("asOf"));
        script("arguments[0].value = '2001-01-01T00:00:00'", asOf);
        driver.findElement(By.xpath("//main//button[contains(., '表示')]")).click();
        waitForText(By.tagName("main"), "この時点までの記録はありません");

        open("/register");
        waitForText(By.tagName("main"), "特定個人情報ファイル");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("demo-handler", "本人確認の状況");
        assertNoMyNumberOnThePage();
        screenshot("13-auditor-register");

        open("/exports");
        waitForText(By.tagName("main"), "ルートハッシュ");
        assertThat(driver.findElement(By.id("evidence-download")).isDisplayed()).isTrue(); // EvidenceBrowserTest downloads
        screenshot("14-auditor-exports");
    }
}
