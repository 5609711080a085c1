package jp.mnledger.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Login (keyboard only, errors in Japanese, TOTP for the roles that need it), payroll staff's masked subject
 * list with its filters and search, the campaign progress, and the language toggle.
 */
class StaffBrowserTest extends BrowserTestBase {

    @AfterEach
    void logOut() {
        logout();
        desktopViewport();
    }

    @Test
    void theLoginFormWorksWithTheKeyboardAloneAndEveryControlHasALabel() {
        open("/login");
        WebElement username = waitFor(By.name("username"));
        assertThat(driver.getTitle()).isEqualTo("ログイン – mnledger");
        assertThat(driver.switchTo().activeElement().getAttribute("name")).as("focus starts in the user name")
                .isEqualTo("username");
        assertEveryControlIsLabelled();
        screenshot("00-login");

        username.sendKeys("demo-payroll");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("password");
        driver.switchTo().activeElement().sendKeys("wrong-password-1", Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("totp");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("type")).isEqualTo("submit");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForText(By.id("login-error"), "正しくありません");
        assertThat(driver.findElement(By.id("login-error")).getAttribute("role")).isEqualTo("alert");
        assertThat(driver.switchTo().activeElement().getAttribute("name")).as("back to the password").isEqualTo("password");

        // The right password, submitted with Enter from the password field.
        driver.switchTo().activeElement().sendKeys("demo-pass-2026", Keys.ENTER);
        waitForText(By.id("user-name"), "demo-payroll");
        assertThat(heading()).isEqualTo("ホーム");
    }

    @Test
    void theOfficeHeadNeedsTheTotpCodeAndGetsInWithIt() {
        open("/login");
        waitFor(By.name("username")).sendKeys("demo-head");
        driver.findElement(By.name("password")).sendKeys("demo-pass-2026", Keys.ENTER);
        waitForText(By.id("login-error"), "確認コード");
        login("demo-head", true);
        assertThat(heading()).isEqualTo("ホーム");
        assertThat(driver.findElement(By.id("nav")).getText()).contains("対象者一覧", "保存・廃棄");
        assertThat(driver.findElement(By.id("company-picker")).isDisplayed()).as("two client companies").isTrue();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("事務所代表者").doesNotContain("null")
                .doesNotContain("undefined");
        screenshot("01-home-office-head");
    }

    @Test
    void payrollStaffSeeOnlyMaskedNumbersAndFilterAndSearchTheList() {
        login("demo-payroll", false);
        List<String> nav = driver.findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
        assertThat(nav).contains("対象者一覧", "回収キャンペーン").doesNotContain("保存・廃棄", "アクセス拒否の警告");

        open("/subjects");
        assertThat(heading()).isEqualTo("対象者一覧");
        waitFor(By.cssSelector("main tbody tr"));
        List<WebElement> rows = driver.findElements(By.cssSelector("main tbody tr"));
        assertThat(rows).hasSizeGreaterThan(5);
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("山田 太郎", "取得済み", "************");
        assertNoMyNumberOnThePage();
        screenshot("02-payroll-subjects");

        new Select(driver.findElement(By.name("status"))).selectByValue("NOT_ACQUIRED");
        List<WebElement> notAcquired = driver.findElements(By.cssSelector("main tbody tr"));
        assertThat(notAcquired).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("未取得"));
        new Select(driver.findElement(By.name("status"))).selectByValue("");
        new Select(driver.findElement(By.name("kind"))).selectByValue("DEPENDENT");
        assertThat(driver.findElements(By.cssSelector("main tbody tr")))
                .allSatisfy(r -> assertThat(r.getText()).contains("扶養親族"));
        new Select(driver.findElement(By.name("kind"))).selectByValue("");
        driver.findElement(By.name("q")).sendKeys("Ｅ００１");
        assertThat(driver.findElements(By.cssSelector("main tbody tr"))).singleElement()
                .satisfies(r -> assertThat(r.getText()).contains("山田 太郎"));
        driver.findElement(By.name("q")).clear();
        driver.findElement(By.name("q")).sendKeys("山田");
        assertThat(driver.findElements(By.cssSelector("main tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertNoMyNumberOnThePage();

        open("/campaigns");
        waitForText(By.tagName("main"), "年末調整 2026");
        waitFor(By.cssSelector("main section tbody tr"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("未回収", "回収済み");
        assertNoMyNumberOnThePage();
        screenshot("03-payroll-campaign");

        open("/retention");
        waitForText(By.tagName("main"), "利用できません");
    }

    @Test
    void theLanguageToggleIsRememberedAndTheLayoutFitsAPhone() {
        login("demo-payroll", false);
        driver.findElement(By.id("lang-toggle")).click();
        waitForText(By.cssSelector("main h1"), "Home");
        open("/subjects");
        assertThat(heading()).isEqualTo("Subjects");
        driver.navigate().refresh();
        assertThat(heading()).as("remembered in this browser").isEqualTo("Subjects");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        phoneViewport();
        waitFor(By.cssSelector("main tbody tr"));
        Long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("no sideways scrolling of the page at 375 px (tables scroll inside)").isLessThanOrEqualTo(0L);
        screenshot("04-subjects-phone-en");
        driver.findElement(By.id("lang-toggle")).click();
        waitForText(By.cssSelector("main h1"), "対象者一覧");
    }

    @Test
    void aSessionThatEndedOnTheServerTakesTheUserBackToTheLoginWithNothingLeftOnScreen() {
        login("demo-payroll", false);
        open("/subjects");
        waitFor(By.cssSelector("main tbody tr"));
        driver.manage().deleteCookieNamed("MNLEDGER_SESSION");
        driver.findElement(By.cssSelector("#nav a[href='#/campaigns']")).click();
        waitForText(By.tagName("main"), "もう一度ログインしてください");
        assertThat(driver.getCurrentUrl()).endsWith("#/login");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("山田");
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).isFalse();
    }
}
