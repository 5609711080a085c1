package jp.mnledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every REST operation is in /v3/api-docs with a summary, a tag, its security and its problem responses. */
class OpenApiDocumentationTest extends ServerTestBase {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointIsDocumentedWithSummaryTagSecurityAndProblems() {
        JsonNode docs = new HttpClientForTests(port).get("/v3/api-docs").json();
        JsonNode paths = docs.get("paths");
        assertThat(docs.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(docs.at("/components/schemas/Problem/properties/code/enum").size()).isGreaterThan(30);

        Set<String> documented = new HashSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String key = op.getKey().toUpperCase() + " " + path.getKey();
            documented.add(key);
            JsonNode operation = op.getValue();
            assertThat(operation.path("summary").asText()).as(key).isNotBlank().containsPattern("\\p{IsHan}.*/ ?[A-Z]");
            assertThat(operation.path("tags").get(0).asText()).as(key).doesNotEndWith("-controller");
            assertThat(operation.at("/responses/400/content").has("application/problem+json")).as(key).isTrue();
            if (!key.equals("POST /api/v1/auth/token") && !key.equals("POST /api/v1/auth/session")) {
                assertThat(operation.path("security").toString()).as(key).contains("bearer");
                assertThat(operation.at("/responses/401/content").has("application/problem+json")).as(key).isTrue();
            }
        }));

        Set<String> served = new HashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("jp.mnledger")) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                mapping.getKey().getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + pattern));
            }
        }
        assertThat(served).isNotEmpty();
        assertThat(documented).containsAll(served);
    }
}
