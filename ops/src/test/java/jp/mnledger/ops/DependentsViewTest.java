package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 扶養親族 with their 続柄, contract staff and payees with an occupation, over REST and GraphQL. */
class DependentsViewTest extends ServerTestBase {

    @LocalServerPort
    int port;

    private HttpClientForTests payroll;
    private String company;

    @BeforeEach
    void setUp() {
        payroll = new HttpClientForTests(port).as("demo-payroll");
        company = payroll.firstCompany();
    }

    @Test
    void anEmployeesDependentsAreListedMaskedWithTheirRelationship() {
        String employee = payroll.registerSubject(company, "CONTRACT", "契約 太郎", "C001", null);
        String spouse = payroll.registerDependent(company, "契約 花子", employee, "SPOUSE");
        String parent = payroll.registerDependent(company, "契約 一郎", employee, "PARENT");

        JsonNode dependents = await().atMost(Duration.ofSeconds(10)).until(
                () -> payroll.get("/api/v1/companies/" + company + "/subjects/" + employee + "/dependents").json(),
                list -> list.size() == 2);
        assertThat(dependents.get(0).get("id").asText()).isEqualTo(spouse);
        assertThat(dependents.get(0).get("relationship").asText()).isEqualTo("SPOUSE");
        assertThat(dependents.get(0).get("relatedSubjectId").asText()).isEqualTo(employee);
        assertThat(dependents.get(0).get("myNumberMasked").asText()).isEqualTo("************");
        assertThat(dependents.get(1).get("id").asText()).isEqualTo(parent);
        assertThat(dependents.get(1).get("relationship").asText()).isEqualTo("PARENT");

        HttpClientForTests.Response graphql = payroll.graphql("{ dependents(companyId: \"" + company + "\", employeeId: \""
                + employee + "\") { id relationship myNumberStatus } }");
        assertThat(graphql.json().at("/data/dependents").size()).isEqualTo(2);
        assertThat(graphql.json().at("/data/dependents/0/relationship").asText()).isEqualTo("SPOUSE");
    }

    @Test
    void aDependentWithoutRelationshipIsRefusedWithAProblem() {
        String employee = payroll.registerSubject(company, "EMPLOYEE", "続柄 太郎", "C002", null);
        HttpClientForTests.Response response = payroll.post("/api/v1/companies/" + company + "/subjects",
                "{\"kind\":\"DEPENDENT\",\"displayName\":\"続柄 花子\",\"relatedSubjectId\":\"" + employee + "\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("RELATIONSHIP_REQUIRED");

        HttpClientForTests.Response notADependent = payroll.post("/api/v1/companies/" + company + "/subjects",
                "{\"kind\":\"EMPLOYEE\",\"displayName\":\"続柄 次郎\",\"relationship\":\"CHILD\"}");
        assertThat(notADependent.code()).isEqualTo("RELATED_SUBJECT_ONLY_FOR_DEPENDENTS");
    }

    @Test
    void aPayeeKeepsItsOccupationAndOnlyEmployeesHaveDependents() {
        String payee = payroll.post("/api/v1/companies/" + company + "/subjects",
                "{\"kind\":\"PAYEE\",\"displayName\":\"講師 一\",\"occupation\":\"講師\"}").json().get("id").asText();

        JsonNode row = await().atMost(Duration.ofSeconds(10)).until(
                () -> findSubject(payroll.get("/api/v1/companies/" + company + "/subjects").json(), payee),
                found -> found != null);
        assertThat(row.get("occupation").asText()).isEqualTo("講師");
        assertThat(row.get("kind").asText()).isEqualTo("PAYEE");

        HttpClientForTests.Response ofAPayee = payroll.get("/api/v1/companies/" + company + "/subjects/" + payee + "/dependents");
        assertThat(ofAPayee.status()).isEqualTo(404);
        assertThat(ofAPayee.code()).isEqualTo("SUBJECT_NOT_FOUND");
    }

    private static JsonNode findSubject(JsonNode list, String id) {
        for (JsonNode row : list) {
            if (row.get("id").asText().equals(id)) {
                return row;
            }
        }
        return null;
    }
}
