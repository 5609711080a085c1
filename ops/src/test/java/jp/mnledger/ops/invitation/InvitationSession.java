package jp.mnledger.ops.invitation;

import java.net.http.HttpResponse;
import java.util.List;
import jp.mnledger.ops.HttpClientForTests;

/**
 * An opened invitation link as a test client holds it: the session cookie and the CSRF cookie the answer to
 * {@code POST /api/v1/invitations/session} set, sent back like a browser does (the CSRF value also as header).
 */
public record InvitationSession(HttpClientForTests client, String token, String csrf) {

    public static final String COOKIE = "MNLEDGER_INVITATION";

    /** Opens the link's secret (the server must accept it; {@link #redeem} gives the raw answer). */
    public static InvitationSession open(int port, String secret) {
        HttpClientForTests client = new HttpClientForTests(port);
        HttpClientForTests.Response response = redeem(port, secret);
        if (response.status() != 200) {
            throw new IllegalStateException("redeem: " + response.status() + " " + response.code());
        }
        return new InvitationSession(client, cookie(response.raw(), COOKIE), response.json().get("csrfToken").asText());
    }

    public static HttpClientForTests.Response redeem(int port, String secret) {
        return new HttpClientForTests(port).post("/api/v1/invitations/session", "{\"secret\":\"" + secret + "\"}");
    }

    /** The secret of a link {@code https://host/#/invite/SECRET}. */
    public static String secretOf(String link) {
        return link.substring(link.indexOf("#/invite/") + "#/invite/".length());
    }

    static String cookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("no cookie " + name));
    }

    private String[] headers() {
        return new String[] {"Cookie", COOKIE + "=" + token + "; XSRF-TOKEN=" + csrf, "X-XSRF-TOKEN", csrf};
    }

    public HttpClientForTests.Response get(String path) {
        return client.get(path, headers());
    }

    public HttpClientForTests.Response post(String path, String json) {
        return client.post(path, json, headers());
    }

    public HttpClientForTests.Response postBytes(String path, String contentType, byte[] body) {
        return client.postBytes(path, contentType, body, headers());
    }

    /** A POST with the cookies but without the CSRF header (what a cross-site form could send). */
    public HttpClientForTests.Response postWithoutCsrf(String path, String json) {
        return client.post(path, json, "Cookie", COOKIE + "=" + token + "; XSRF-TOKEN=" + csrf);
    }
}
