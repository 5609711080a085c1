package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input gets RFC 9457 problem+json with a stable code and a Japanese (or English) message; the server
 * keeps serving, nothing stored changes, and no value the client sent is echoed back.
 */
class BadInputTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClientForTests http;
    private HttpClientForTests manager;
    private String company;
    private String subject;

    @BeforeEach
    void setUp() {
        http = new HttpClientForTests(port).as("demo-handler");
        manager = new HttpClientForTests(port).as("demo-manager");
        company = manager.firstCompany();
        // Employee codes are unique in a company: one per test.
        subject = manager.registerSubject(company, "EMPLOYEE", "検査 太郎", "B" + UUID.randomUUID().toString().substring(0, 8), null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "123456789012, MY_NUMBER_CHECK_DIGIT",
            "'1234 5678 901', MY_NUMBER_LENGTH",
            "1234567890123, MY_NUMBER_LENGTH",
            "1234a5678901, MY_NUMBER_FORMAT",
            "'', MY_NUMBER_REQUIRED"})
    void anInvalidNumberIsRefusedWithItsCodeAndNothingIsStored(String input, String code) {
        long eventsBefore = eventCount();

        HttpClientForTests.Response response = http.acquire(company, subject, input);

        assertProblem(response, 400, code);
        assertThat(response.body()).doesNotContain(input.isEmpty() ? "\"myNumber\"" : input);
        assertThat(eventCount()).isEqualTo(eventsBefore);
        assertThat(http.acquire(company, subject, "123456789018").status()).isEqualTo(201);
    }

    @Test
    void theDetailIsJapaneseByDefaultAndEnglishOnRequest() {
        JsonNode ja = http.acquire(company, subject, "123456789012").json();
        JsonNode en = http.acquire(company, subject, "123456789012", "Accept-Language", "en-US,en;q=0.9").json();
        assertThat(ja.get("detail").asText()).contains("検査用数字");
        assertThat(en.get("detail").asText()).contains("check digit");
        assertThat(ja.get("type").asText()).isEqualTo("urn:mnledger:problem:my-number-check-digit");
        assertThat(ja.get("requestId").asText()).isNotBlank();
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(http.post("/api/v1/companies/" + company + "/subjects", "{\"kind\": "), 400, "REQUEST_MALFORMED");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertProblem(http.post("/api/v1/companies/" + company + "/subjects",
                "{\"kind\":\"ALIEN\",\"displayName\":\"x\"}"), 400, "REQUEST_MALFORMED");
    }

    @Test
    void missingFieldsAreNamedButTheirValuesAreNot() {
        HttpClientForTests.Response response = http.post("/api/v1/companies/" + company + "/subjects",
                "{\"kind\":\"EMPLOYEE\",\"displayName\":\"\",\"employeeCode\":\"E 001<script>\"}");
        assertProblem(response, 400, "REQUEST_INVALID");
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("displayName", "employeeCode");
        assertThat(response.body()).doesNotContain("<script>");
    }

    @Test
    void anInvalidCorporateNumberIsRefused() {
        assertProblem(new HttpClientForTests(port).as("demo-head").post("/api/v1/companies",
                "{\"name\":\"x\",\"corporateNumber\":\"8000012050002\"}"), 400, "CORPORATE_NUMBER_CHECK_DIGIT");
    }

    @Test
    void unknownCompaniesAreNotRevealedAndUnknownSubjectsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        assertProblem(http.get("/api/v1/companies/" + unknown + "/subjects"), 403, "ACCESS_DENIED");
        assertProblem(http.get("/api/v1/companies/not-a-uuid/subjects"), 404, "COMPANY_NOT_FOUND");
        assertProblem(http.acquire(company, unknown, "123456789018"), 404, "SUBJECT_NOT_FOUND");
        assertProblem(manager.post("/api/v1/companies/" + unknown + "/subjects",
                "{\"kind\":\"EMPLOYEE\",\"displayName\":\"x\"}"), 403, "ACCESS_DENIED");
        assertProblem(http.get("/api/v1/nothing-here"), 404, "RESOURCE_NOT_FOUND");
    }

    @Test
    void aSubjectCannotBeReachedThroughAnotherCompany() {
        HttpClientForTests otherHandler = new HttpClientForTests(port).as("demo-handler2");
        String other = otherHandler.firstCompany();
        assertProblem(otherHandler.acquire(other, subject, "123456789018"), 404, "SUBJECT_NOT_FOUND");
    }

    @Test
    void aSecondAcquisitionIsAConflict() {
        assertThat(http.acquire(company, subject, "123456789018").status()).isEqualTo(201);
        assertProblem(http.acquire(company, subject, "111111111118"), 409, "MY_NUMBER_ALREADY_ACQUIRED");
    }

    @Test
    void anAcquisitionWithoutPurposesIsRefused() {
        assertProblem(http.post("/api/v1/companies/" + company + "/subjects/" + subject + "/my-number",
                "{\"myNumber\":\"123456789018\",\"channel\":\"PAPER\",\"purposesNotified\":[]}"), 400, "PURPOSE_REQUIRED");
    }

    @Test
    void theWrongMediaTypeAndMethodAreRefused() {
        HttpClientForTests.Response wrongMethod = http.get("/api/v1/companies/" + company + "/subjects/" + subject + "/my-number");
        assertProblem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void graphQlErrorsCarryTheCode() {
        JsonNode errors = http.graphql("{ subjects(companyId: \"not-a-uuid\") { id } }").json().get("errors");
        assertThat(errors.get(0).get("extensions").get("code").asText()).isEqualTo("COMPANY_NOT_FOUND");
        assertThat(errors.get(0).get("message").asText()).contains("会社");
        JsonNode denied = http.graphql("{ subjects(companyId: \"" + UUID.randomUUID() + "\") { id } }").json().get("errors");
        assertThat(denied.get(0).get("extensions").get("code").asText()).isEqualTo("ACCESS_DENIED");
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM axon.domainevententry", Long.class);
    }

    private static void assertProblem(HttpClientForTests.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.get("type").asText()).startsWith("urn:mnledger:problem:");
    }
}
