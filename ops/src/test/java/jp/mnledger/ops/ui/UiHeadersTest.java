package jp.mnledger.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mnledger.ops.HttpClientForTests;
import jp.mnledger.ops.ServerTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI's pages are served with a strict CSP and no-store; the API's answers are no-store; who am I. */
class UiHeadersTest extends ServerTestBase {

    @LocalServerPort
    int port;

    @Test
    void uiPagesHaveAStrictContentSecurityPolicyAndAreNeverStored() {
        HttpClientForTests anonymous = new HttpClientForTests(port);
        for (String path : new String[] {"/", "/ui/app.js", "/ui/messages/ja.json"}) {
            HttpClientForTests.Response page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            String csp = page.raw().headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'", "default-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(page.raw().headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(page.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        String index = anonymous.get("/").body();
        assertThat(index).contains("<script type=\"module\" src=\"/ui/app.js\">").doesNotContainPattern("<script>[^<]")
                .doesNotContain(" style=").doesNotContain("onclick=");
        assertThat(anonymous.get("/ui/config.json").json().get("revealSeconds").asInt()).isEqualTo(UI_REVEAL_SECONDS);
    }

    @Test
    void apiAnswersAreNeverStoredAndTheSessionSaysWhoIsLoggedIn() {
        HttpClientForTests manager = new HttpClientForTests(port).as("demo-manager");
        HttpClientForTests.Response companies = manager.get("/api/v1/companies");
        assertThat(companies.raw().headers().firstValue("Cache-Control")).hasValue("no-store");

        JsonNode me = manager.get("/api/v1/auth/session").json();
        assertThat(me.get("username").asText()).isEqualTo("demo-manager");
        assertThat(me.get("idleTimeout").asLong()).isEqualTo(900);
        assertThat(me.get("roles").findValuesAsText("role")).containsExactly("RESPONSIBLE_MANAGER");
        assertThat(me.at("/roles/0/companyId").asText()).isEqualTo(manager.firstCompany());

        JsonNode handler = new HttpClientForTests(port).as("demo-handler").get("/api/v1/auth/session").json();
        JsonNode grant = null;
        for (JsonNode role : handler.get("roles")) {
            if (role.get("role").asText().equals("HANDLER")) {
                grant = role;
            }
        }
        assertThat(grant).as("the handler's appointment").isNotNull();
        assertThat(grant.get("purposes").size()).isEqualTo(7);
        assertThat(grant.get("pledgeCurrent").asBoolean()).isTrue();

        assertThat(new HttpClientForTests(port).get("/api/v1/auth/session").code()).isEqualTo("AUTH_REQUIRED");
    }
}
