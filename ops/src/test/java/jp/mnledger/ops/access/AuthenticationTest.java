package jp.mnledger.ops.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.mnledger.command.identity.credentials.Totp;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.MnLedgerServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Logins, second factors, lock-out, throttling, token life, password changes, and the appointment
 * rules as they reach a handler at work: a dismissed handler and a handler whose pledge is for old rules
 * are refused, and the refusals are recorded. Its own server, since it locks accounts and throttles.
 */
@SpringBootTest(classes = MnLedgerServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mnledger.tls.enabled=false", "mnledger.identity.token-lifetime=6s",
                "mnledger.identity.admin-password=" + AuthenticationTest.ADMIN_PASSWORD,
                "mnledger.identity.admin-totp-secret=" + HttpClientForTests.DEMO_TOTP_SECRET})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthenticationTest {

    static final String ADMIN_PASSWORD = "Kurobune-Lighthouse-4417";
    private static final Path DATA_DIR = Path.of("target", "test-data", "auth-" + UUID.randomUUID());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("mnledger.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClientForTests anonymous() {
        return new HttpClientForTests(port);
    }

    private HttpClientForTests.Response login(String username, String password, String totp) {
        return anonymous().post("/api/v1/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\",\"totp\":%s}".formatted(username, password,
                        totp == null ? "null" : "\"" + totp + "\""));
    }

    private long loginFailures(String reason) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry WHERE payloadtype LIKE '%LoginFailedEvent'
                AND position(convert_to(?, 'UTF8') IN payload) > 0""", Long.class, "\"reason\":\"" + reason + "\"");
    }

    private long denials(String reason) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry WHERE payloadtype LIKE '%AccessDeniedEvent'
                AND position(convert_to(?, 'UTF8') IN payload) > 0""", Long.class, "\"reason\":\"" + reason + "\"");
    }

    /** A fresh account opened by the administrator, with a TOTP secret of its own. */
    private JsonNode newUser(String role, String companyId) {
        HttpClientForTests admin = anonymous().as("admin", ADMIN_PASSWORD);
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = admin.post("/api/v1/users", "{\"username\":\"%s\",\"password\":\"%s\",\"enrolTotp\":true}"
                .formatted(username, ADMIN_PASSWORD)).json();
        if (role != null) {
            admin.post("/api/v1/users/" + created.get("userId").asText() + "/roles",
                    "{\"role\":\"%s\",\"companyId\":\"%s\"}".formatted(role, companyId));
        }
        return ((com.fasterxml.jackson.databind.node.ObjectNode) created.deepCopy()).put("username", username);
    }

    private static String code(String secret, int stepOffset) {
        return new Totp().code(Totp.decodeBase32(secret), Instant.now().getEpochSecond() + stepOffset * 30L);
    }

    @Test
    @Order(1)
    void aLoginFailsTheSameWayWhetherTheUserExistsOrNot() {
        HttpClientForTests.Response unknown = login("nobody-here", "whatever-password-1", null);
        HttpClientForTests.Response wrong = login("demo-auditor", "wrong-password-123", null);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail")).isEqualTo(wrong.json().get("detail"));
        assertThat(unknown.code()).isEqualTo("AUTH_FAILED").isEqualTo(wrong.code());
        assertThat(loginFailures("BAD_CREDENTIALS")).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(2)
    void everyLoginIsRecordedWithItsOrigin() {
        assertThat(login("demo-auditor", HttpClientForTests.DEMO_PASSWORD, null).status()).isEqualTo(200);
        String metadata = jdbc.queryForObject("""
                SELECT convert_from(metadata, 'UTF8') FROM axon.domainevententry WHERE payloadtype LIKE '%LoginSucceededEvent'
                ORDER BY globalindex DESC LIMIT 1""", String.class);
        assertThat(metadata).contains("\"clientAddress\"").contains("\"userAgent\"").contains("\"requestId\"");
    }

    @Test
    @Order(3)
    void rolesThatSeeNumbersCannotLogInWithoutTheirSecondFactor() {
        String company = anonymous().as("demo-payroll").firstCompany();
        JsonNode user = newUser("RESPONSIBLE_MANAGER", company);
        String username = user.get("username").asText();
        String secret = user.get("totpSecret").asText();
        assertThat(user.get("otpauthUri").asText()).startsWith("otpauth://totp/mnledger:" + username);

        assertThat(login(username, ADMIN_PASSWORD, null).code()).isEqualTo("AUTH_FAILED");
        assertThat(login(username, ADMIN_PASSWORD, code(secret, 5)).code()).isEqualTo("AUTH_FAILED");
        HttpClientForTests.Response ok = login(username, ADMIN_PASSWORD, code(secret, 0));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(login(username, ADMIN_PASSWORD, code(secret, 0)).code()).as("a code is good once").isEqualTo("AUTH_FAILED");
        assertThat(loginFailures("TOTP_REQUIRED")).isPositive();
        assertThat(loginFailures("TOTP_INVALID")).isPositive();
    }

    @Test
    @Order(4)
    void aNewAccountMustChangeItsPasswordBeforeAnythingElse() {
        String company = anonymous().as("demo-payroll").firstCompany();
        JsonNode user = newUser("PAYROLL", company);
        String username = user.get("username").asText();
        String token = login(username, ADMIN_PASSWORD, code(user.get("totpSecret").asText(), 0)).json()
                .get("accessToken").asText();

        HttpClientForTests.Response blocked = anonymous().get("/api/v1/companies", "Authorization", "Bearer " + token);
        assertThat(blocked.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        HttpClientForTests.Response weak = anonymous().post("/api/v1/auth/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"password1234\"}".formatted(ADMIN_PASSWORD),
                "Authorization", "Bearer " + token);
        assertThat(weak.code()).isEqualTo("PASSWORD_TOO_WEAK");
        HttpClientForTests.Response changed = anonymous().post("/api/v1/auth/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"Hokusai-Wave-Kanagawa-1831\"}".formatted(ADMIN_PASSWORD),
                "Authorization", "Bearer " + token);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(anonymous().get("/api/v1/companies", "Authorization", "Bearer " + token).status())
                .as("changing the password ends the old token").isEqualTo(401);
    }

    @Test
    @Order(5)
    void aWeakPasswordIsRefusedForANewAccount() {
        HttpClientForTests.Response response = anonymous().as("admin", ADMIN_PASSWORD).post("/api/v1/users",
                "{\"username\":\"weakling\",\"password\":\"qwerty123456\",\"enrolTotp\":false}");
        assertThat(response.code()).isEqualTo("PASSWORD_TOO_WEAK");
    }

    @Test
    @Order(6)
    void tokensExpireAndLogoutEndsThem() {
        String token = login("demo-auditor", HttpClientForTests.DEMO_PASSWORD, null).json().get("accessToken").asText();
        assertThat(anonymous().get("/api/v1/companies", "Authorization", "Bearer " + token).status()).isEqualTo(200);
        assertThat(anonymous().post("/api/v1/auth/logout", "{}", "Authorization", "Bearer " + token).status()).isEqualTo(204);
        assertThat(anonymous().get("/api/v1/companies", "Authorization", "Bearer " + token).status()).isEqualTo(401);

        String expiring = login("demo-auditor", HttpClientForTests.DEMO_PASSWORD, null).json().get("accessToken").asText();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).until(() ->
                anonymous().get("/api/v1/companies", "Authorization", "Bearer " + expiring).status() == 401);
    }

    @Test
    @Order(7)
    void aBrowserSessionIsAnHttpOnlyCookieWithCsrfProtectionAndAnIdleTimeout() {
        HttpClientForTests.Response login = anonymous().post("/api/v1/auth/session",
                "{\"username\":\"demo-auditor\",\"password\":\"%s\"}".formatted(HttpClientForTests.DEMO_PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        java.util.List<String> cookies = login.raw().headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("MNLEDGER_SESSION=")).findFirst().orElseThrow();
        String csrfCookie = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Strict");
        assertThat(csrfCookie).doesNotContain("HttpOnly");
        String sessionValue = session.substring("MNLEDGER_SESSION=".length(), session.indexOf(';'));
        String csrf = csrfCookie.substring("XSRF-TOKEN=".length(), csrfCookie.indexOf(';'));
        String cookieHeader = "MNLEDGER_SESSION=" + sessionValue + "; XSRF-TOKEN=" + csrf;

        assertThat(anonymous().get("/api/v1/companies", "Cookie", cookieHeader).status()).isEqualTo(200);
        HttpClientForTests.Response forged = anonymous().post("/api/v1/companies/" + UUID.randomUUID() + "/pledges", "{}",
                "Cookie", cookieHeader);
        assertThat(forged.code()).as("no CSRF header: refused before anything else").isEqualTo("CSRF_INVALID");
        HttpClientForTests.Response withHeader = anonymous().post("/api/v1/companies/" + UUID.randomUUID() + "/pledges", "{}",
                "Cookie", cookieHeader, "X-XSRF-TOKEN", csrf);
        assertThat(withHeader.code()).as("past the CSRF check, into authorisation").isEqualTo("ACCESS_DENIED");
        assertThat(anonymous().get("/api/v1/companies", "Cookie", "MNLEDGER_SESSION="
                + login("demo-auditor", HttpClientForTests.DEMO_PASSWORD, null).json().get("accessToken").asText()).status())
                .as("a bearer token is not accepted as a session cookie").isEqualTo(401);

        // The idle timeout (6 s here) slides with use: 8 s of activity keeps it alive, 7 s of silence ends it.
        pause(Duration.ofSeconds(4));
        assertThat(anonymous().get("/api/v1/companies", "Cookie", cookieHeader).status()).isEqualTo(200);
        pause(Duration.ofSeconds(4));
        assertThat(anonymous().get("/api/v1/companies", "Cookie", cookieHeader).status()).isEqualTo(200);
        pause(Duration.ofSeconds(7));
        assertThat(anonymous().get("/api/v1/companies", "Cookie", cookieHeader).status()).isEqualTo(401);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(8)
    void aDismissedHandlerIsRefusedAndTheRefusalIsRecorded() {
        HttpClientForTests manager = anonymous().as("demo-manager");
        String company = manager.firstCompany();
        String handlerId = jdbc.queryForObject("SELECT user_id FROM identity.credential WHERE username = 'demo-handler'",
                String.class);
        String subject = manager.registerSubject(company, "EMPLOYEE", "解任 太郎", "D001", null);
        HttpClientForTests handler = anonymous().as("demo-handler");
        long before = denials("NO_ROLE_IN_COMPANY");

        assertThat(manager.delete("/api/v1/companies/" + company + "/handlers/" + handlerId).status()).isEqualTo(204);
        HttpClientForTests.Response refused = handler.acquire(company, subject, "123456789018");

        assertThat(refused.code()).isEqualTo("ACCESS_DENIED");
        assertThat(denials("NO_ROLE_IN_COMPANY")).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                manager.get("/api/v1/companies/" + company + "/access-log").body())
                .contains("DENIED").contains("AcquireMyNumberCommand").contains(handlerId));
    }

    @Test
    @Order(9)
    void aHandlerWhosePledgeIsForOutdatedRulesIsRefusedUntilTheySignAgain() {
        HttpClientForTests head = anonymous().as("demo-head");
        HttpClientForTests handler2 = anonymous().as("demo-handler2");
        String company = handler2.firstCompany();
        String handlerId = jdbc.queryForObject("SELECT user_id FROM identity.credential WHERE username = 'demo-handler2'",
                String.class);
        String subject = head.registerSubject(company, "EMPLOYEE", "誓約 太郎", "S001", null);

        assertThat(head.post("/api/v1/companies/" + company + "/handling-rules", "{\"title\":\"取扱規程 第2版\"}").status())
                .isEqualTo(204);
        long before = denials("PLEDGE_NOT_CURRENT");
        assertThat(handler2.acquire(company, subject, "123456789018").code()).isEqualTo("ACCESS_DENIED");
        assertThat(denials("PLEDGE_NOT_CURRENT")).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode register = head.get("/api/v1/companies/" + company + "/handlers").json();
            assertThat(register.findValues("qualified").stream().map(JsonNode::asBoolean)).containsOnly(false);
        });

        assertThat(head.post("/api/v1/companies/" + company + "/trainings", "{\"userId\":\"" + handlerId + "\"}").status())
                .isEqualTo(204);
        assertThat(handler2.post("/api/v1/companies/" + company + "/pledges", "{}").status()).isEqualTo(204);
        assertThat(handler2.acquire(company, subject, "123456789018").status()).isEqualTo(201);
    }

    @Test
    @Order(10)
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            login("demo-payroll", "not-the-password-" + i, null);
        }
        assertThat(login("demo-payroll", HttpClientForTests.DEMO_PASSWORD, null).code()).isEqualTo("AUTH_FAILED");
        assertThat(loginFailures("LOCKED")).isPositive();
    }

    @Test
    @Order(11)
    void bruteForceFromOneAddressIsThrottledAndRecorded() {
        HttpClientForTests.Response response = null;
        for (int i = 0; i < 25; i++) {
            response = login("guess-" + i, "guess-password-" + i, null);
            if (response.status() == 429) {
                break;
            }
        }
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.code()).isEqualTo("AUTH_THROTTLED");
        assertThat(response.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(loginFailures("THROTTLED")).isPositive();
    }
}
