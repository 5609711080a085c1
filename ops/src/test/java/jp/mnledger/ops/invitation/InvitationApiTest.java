package jp.mnledger.ops.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.NoMyNumbers;
import jp.mnledger.ops.ServerTestBase;
import jp.mnledger.ops.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invitations over HTTP (ADR 0021): issuing, opening without an account, the steps, completion, one-time use,
 * expiry, one answer for every unusable link, the session's scope, and the events in the subject's history.
 */
class InvitationApiTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClientForTests manager;
    private String company;

    @BeforeEach
    void setUp() {
        manager = new HttpClientForTests(port).as("demo-manager");
        company = manager.firstCompany();
    }

    /** A valid number nobody else in these tests uses. */
    static String freshNumber() {
        return MyNumber.fromBaseDigits(String.format("%011d", ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L)))
                .digits();
    }

    private String subject(String kind) {
        return manager.registerSubject(company, kind, "招待 太郎", "V" + UUID.randomUUID().toString().substring(0, 8), null);
    }

    private String subjectPath(String subject) {
        return "/api/v1/companies/" + company + "/subjects/" + subject;
    }

    private JsonNode issue(String subject, String body) {
        HttpClientForTests.Response issued = manager.post(subjectPath(subject) + "/invitations", body);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return issued.json();
    }

    @Test
    void anEmployeeSendsTheirNumberADependentAndAnImageThenTheLinkIsSpent() {
        String employee = subject("EMPLOYEE");
        JsonNode issued = issue(employee, "{}");
        String link = issued.get("link").asText();
        assertThat(link).startsWith("http://localhost:" + port + "/#/invite/");
        String secret = InvitationSession.secretOf(link);
        assertThat(secret).matches("[A-Za-z0-9_-]{43}"); // 256 bits, only in the fragment
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Integer.class, "%" + secret + "%")).as("the secret is stored nowhere").isZero();

        InvitationSession session = InvitationSession.open(port, secret);
        JsonNode current = session.get("/api/v1/invitations/current").json();
        assertThat(current.get("subjectKind").asText()).isEqualTo("EMPLOYEE");
        assertThat(current.get("mayAddDependents").asBoolean()).isTrue();
        assertThat(current.get("purposes").toString()).contains("WITHHOLDING_TAX", "SOCIAL_INSURANCE");
        assertThat(current.get("ownNumberSent").asBoolean()).isFalse();

        String own = freshNumber();
        // Typed on a phone: full-width digits with spaces; the server normalises like the UI.
        String typed = own.substring(0, 4) + "　" + own.substring(4, 8) + " " + own.substring(8);
        typed = typed.chars().mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) (c - '0' + '０')) : String.valueOf((char) c))
                .reduce("", String::concat);
        HttpClientForTests.Response sent = session.post("/api/v1/invitations/current/my-number", "{\"myNumber\":\"" + typed + "\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        HttpClientForTests.Response dependent = session.post("/api/v1/invitations/current/dependents",
                "{\"displayName\":\"招待 花子\",\"relationship\":\"SPOUSE\",\"myNumber\":\"" + freshNumber() + "\"}");
        assertThat(dependent.status()).as(dependent.body()).isEqualTo(201);
        String spouse = dependent.json().get("subjectId").asText();
        HttpClientForTests.Response image = session.postBytes("/api/v1/invitations/current/id-documents?subjectId=" + spouse
                + "&kind=NUMBER_CHECK", "image/png", TestImages.png("spouse"));
        assertThat(image.status()).as(image.body()).isEqualTo(201);
        assertThat(image.body()).doesNotContain("imageId");
        // Only the person and the dependents of this flow: another subject of the company is not theirs.
        HttpClientForTests.Response other = session.postBytes("/api/v1/invitations/current/id-documents?subjectId="
                + subject("EMPLOYEE") + "&kind=NUMBER_CHECK", "image/png", TestImages.png("other"));
        assertThat(other.status()).isEqualTo(404);

        current = session.get("/api/v1/invitations/current").json();
        assertThat(current.get("ownNumberSent").asBoolean()).isTrue();
        assertThat(current.get("dependents").get(0).get("relationship").asText()).isEqualTo("SPOUSE");
        assertThat(current.get("dependents").get(0).get("imagesSent").asInt()).isEqualTo(1);
        NoMyNumbers.assertNoMyNumberIn(current.toString());

        HttpClientForTests.Response receipt = session.post("/api/v1/invitations/current/completion", "");
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(receipt.json().get("receiptId").asText()).matches("UK-\\d{8}-[A-Z]{6}");
        assertThat(receipt.json().get("ownNumberSent").asBoolean()).isTrue();
        assertThat(receipt.json().get("dependentsAdded").asInt()).isEqualTo(1);
        assertThat(receipt.json().get("imagesSent").asInt()).isEqualTo(1);
        NoMyNumbers.assertNoMyNumberIn(receipt.body());
        assertThat(receipt.raw().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("MNLEDGER_INVITATION=;")
                && c.contains("Max-Age=0") && c.contains("HttpOnly") && c.contains("SameSite=Strict"));

        // Spent: the session is over and the link opens nothing.
        assertThat(session.get("/api/v1/invitations/current").status()).isEqualTo(401);
        assertThat(session.post("/api/v1/invitations/current/my-number", "{\"myNumber\":\"" + freshNumber() + "\"}").status())
                .isEqualTo(401);
        HttpClientForTests.Response again = InvitationSession.redeem(port, secret);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.code()).isEqualTo("INVITATION_NOT_USABLE");

        // Staff see the submission; the subject's history has each step, by the invitation, as the person.
        JsonNode history = await().atMost(Duration.ofSeconds(10)).until(() -> manager.get(subjectPath(employee)
                + "/history").json(), h -> h.toString().contains("INVITATION_COMPLETED"));
        List<String> actions = new ArrayList<>();
        history.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsSubsequence("INVITATION_ISSUED", "INVITATION_REDEEMED", "ACQUIRED", "INVITATION_STEP",
                "INVITATION_STEP", "INVITATION_STEP", "INVITATION_COMPLETED");
        history.forEach(e -> {
            if (e.get("action").asText().startsWith("INVITATION_") && !e.get("action").asText().equals("INVITATION_ISSUED")) {
                assertThat(e.get("actor").asText()).isEqualTo("invitation:" + issued.get("invitationId").asText());
                assertThat(e.get("role").asText()).isEqualTo("SELF_SERVICE");
            }
        });
        assertThat(history.toString()).contains("channel=SELF_SERVICE");
        NoMyNumbers.assertNoMyNumberIn(history.toString());
        JsonNode invitations = await().atMost(Duration.ofSeconds(10)).until(() -> manager.get(subjectPath(employee)
                + "/invitations").json(), l -> l.size() == 1 && l.get(0).get("state").asText().equals("COMPLETED"));
        assertThat(invitations.get(0).get("receiptId").asText()).isEqualTo(receipt.json().get("receiptId").asText());
        assertThat(invitations.get(0).get("issuedBy").asText()).isEqualTo("demo-manager");
        assertThat(invitations.get(0).get("redeemedAt").isNull()).isFalse();
        assertThat(invitations.toString()).doesNotContain(secret);
        // The spouse is a dependent of the employee, with its number acquired for them.
        JsonNode dependents = await().atMost(Duration.ofSeconds(10)).until(() -> manager.get(subjectPath(employee)
                + "/dependents").json(), d -> d.size() == 1 && d.get(0).get("myNumberStatus").asText().equals("ACQUIRED"));
        assertThat(dependents.get(0).get("relationship").asText()).isEqualTo("SPOUSE");
        // The events are stored (and so in the ledger, which covers every stored event).
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM axon.domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%Invitation%'""",
                Integer.class, issued.get("invitationId").asText())).isEqualTo(6);
    }

    @Test
    void unknownSpentAndExpiredLinksGetOneAndTheSameAnswer() {
        String payee = subject("PAYEE");
        JsonNode expiring = issue(payee, "{\"validFor\":\"PT2S\"}");
        JsonNode spent = issue(payee, "{}");
        InvitationSession session = InvitationSession.open(port, InvitationSession.secretOf(spent.get("link").asText()));
        assertThat(session.postBytes("/api/v1/invitations/current/id-documents?subjectId=" + payee + "&kind=IDENTITY_CHECK",
                "image/jpeg", TestImages.jpeg("payee")).status()).isEqualTo(201);
        assertThat(session.post("/api/v1/invitations/current/completion", "").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(2100)).until(() -> true);

        List<HttpClientForTests.Response> refusals = List.of(
                InvitationSession.redeem(port, InvitationSession.secretOf(expiring.get("link").asText())),
                InvitationSession.redeem(port, InvitationSession.secretOf(spent.get("link").asText())),
                InvitationSession.redeem(port, "A".repeat(43)),
                InvitationSession.redeem(port, "short"),
                new HttpClientForTests(port).post("/api/v1/invitations/session", "{}"));
        for (HttpClientForTests.Response refusal : refusals) {
            assertThat(refusal.status()).as(refusal.body()).isEqualTo(404);
            assertThat(refusal.code()).isEqualTo("INVITATION_NOT_USABLE");
            assertThat(refusal.json().get("detail").asText()).isEqualTo(refusals.get(0).json().get("detail").asText());
            assertThat(refusal.raw().headers().allValues("Set-Cookie")).isEmpty();
        }
        JsonNode list = await().atMost(Duration.ofSeconds(10)).until(() -> manager.get(subjectPath(payee) + "/invitations")
                .json(), l -> l.size() == 2 && l.toString().contains("COMPLETED"));
        List<String> states = new ArrayList<>();
        list.forEach(i -> states.add(i.get("state").asText()));
        assertThat(states).containsExactlyInAnyOrder("COMPLETED", "EXPIRED");
    }

    @Test
    void aPayeeHasNoDependentsAndADependentGetsNoLinkOfItsOwn() {
        String payee = subject("PAYEE");
        InvitationSession session = InvitationSession.open(port, InvitationSession.secretOf(issue(payee, "{}").get("link").asText()));
        JsonNode current = session.get("/api/v1/invitations/current").json();
        assertThat(current.get("purposes").toString()).isEqualTo("[\"PAYMENT_REPORT\"]");
        assertThat(current.get("mayAddDependents").asBoolean()).isFalse();
        HttpClientForTests.Response dependent = session.post("/api/v1/invitations/current/dependents",
                "{\"displayName\":\"支払 花子\",\"relationship\":\"SPOUSE\",\"myNumber\":\"" + freshNumber() + "\"}");
        assertThat(dependent.status()).isEqualTo(400);
        assertThat(session.post("/api/v1/invitations/current/completion", "").code()).isEqualTo("INVITATION_NOTHING_SENT");
        HttpClientForTests.Response bad = session.post("/api/v1/invitations/current/my-number", "{\"myNumber\":\"123456789012\"}");
        assertThat(bad.code()).isEqualTo("MY_NUMBER_CHECK_DIGIT");

        String employee = subject("EMPLOYEE");
        String child = manager.registerDependent(company, "招待 次郎", employee, "CHILD");
        HttpClientForTests.Response refused = manager.post(subjectPath(child) + "/invitations", "{}");
        assertThat(refused.code()).isEqualTo("INVITATION_SUBJECT_KIND");
        assertThat(manager.post(subjectPath(employee) + "/invitations", "{\"validFor\":\"P1000D\"}").code())
                .isEqualTo("INVITATION_VALIDITY");
        assertThat(manager.post(subjectPath(employee) + "/invitations", "{\"validFor\":\"PT1S\"}").code())
                .isEqualTo("INVITATION_VALIDITY");
        assertThat(new HttpClientForTests(port).as("demo-auditor").post(subjectPath(employee) + "/invitations", "{}").code())
                .isEqualTo("ACCESS_DENIED");
    }

    @Test
    void leavingEndsTheSessionButNotTheLinkWhichOpensAgainUntilCompleted() {
        String secret = InvitationSession.secretOf(issue(subject("PART_TIME"), "{}").get("link").asText());
        InvitationSession first = InvitationSession.open(port, secret);
        HttpClientForTests.Response left = first.client().delete("/api/v1/invitations/session", "Cookie",
                InvitationSession.COOKIE + "=" + first.token() + "; XSRF-TOKEN=" + first.csrf(), "X-XSRF-TOKEN", first.csrf());
        assertThat(left.status()).isEqualTo(204);
        assertThat(first.get("/api/v1/invitations/current").status()).isEqualTo(401);
        InvitationSession second = InvitationSession.open(port, secret);
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(second.get("/api/v1/invitations/current").status()).isEqualTo(200);
    }

    @Test
    void anInvitationSessionIsRefusedEverywhereElse() {
        String employee = subject("EMPLOYEE");
        InvitationSession session = InvitationSession.open(port, InvitationSession.secretOf(issue(employee, "{}").get("link").asText()));
        String another = subject("EMPLOYEE");
        long deniedBefore = denied();
        assertThat(session.get("/api/v1/companies/" + company + "/subjects").code()).isEqualTo("ACCESS_DENIED");
        assertThat(session.get(subjectPath(employee) + "/history").code()).isEqualTo("ACCESS_DENIED");
        assertThat(session.get(subjectPath(employee) + "/dependents").code()).isEqualTo("ACCESS_DENIED");
        assertThat(session.get(subjectPath(employee) + "/invitations").code()).isEqualTo("ACCESS_DENIED");
        assertThat(session.get(subjectPath(employee) + "/id-documents").code()).isEqualTo("ACCESS_DENIED");
        assertThat(session.post(subjectPath(employee) + "/my-number/reveal",
                "{\"purpose\":\"WITHHOLDING_TAX\",\"reason\":\"見たい\"}").code()).isEqualTo("ACCESS_DENIED");
        assertThat(session.post(subjectPath(another) + "/my-number", "{\"myNumber\":\"" + freshNumber()
                + "\",\"channel\":\"SELF_SERVICE\",\"purposesNotified\":[\"WITHHOLDING_TAX\"]}").code()).isEqualTo("ACCESS_DENIED");
        assertThat(session.post(subjectPath(another) + "/invitations", "{}").code()).isEqualTo("ACCESS_DENIED");
        assertThat(session.post("/api/v1/companies/" + company + "/subjects",
                "{\"kind\":\"EMPLOYEE\",\"displayName\":\"招待 三郎\"}").code()).isEqualTo("ACCESS_DENIED");
        assertThat(denied()).as("each refusal is recorded").isEqualTo(deniedBefore + 9);
        // Not a login: who-am-I has no user for it; and without the CSRF header nothing is changed.
        assertThat(session.get("/api/v1/auth/session").status()).isEqualTo(401);
        assertThat(session.postWithoutCsrf("/api/v1/invitations/current/my-number", "{\"myNumber\":\"" + freshNumber() + "\"}")
                .code()).isEqualTo("CSRF_INVALID");
        // A staff login has no invitation.
        assertThat(manager.get("/api/v1/invitations/current").status()).isEqualTo(401);
        assertThat(session.get("/api/v1/invitations/current").status()).isEqualTo(200);
    }

    private long denied() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry WHERE payloadtype LIKE '%AccessDeniedEvent'",
                Long.class);
    }
}
