package jp.mnledger.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.mnledger.command.identity.credentials.Totp;

/**
 * Real HTTP against the running server, as a client would speak it: log in with password and TOTP
 * for a bearer token, then call the API with it.
 */
public final class HttpClientForTests {

    public static final String DEMO_PASSWORD = "demo-pass-2026";
    public static final String DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tokens by port and user: a TOTP code is good once per 30 s, so each demo user logs in once per server. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;
    private final String base;
    private final String token;

    public HttpClientForTests(int port) {
        this(port, null);
    }

    private HttpClientForTests(int port, String token) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** The same client, logged in as a demo user (password and, for the roles that need it, a TOTP code). */
    public HttpClientForTests as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    /** Logged in as a user with this password and the demo TOTP secret. */
    public HttpClientForTests as(String username, String password) {
        String bearer = TOKENS.computeIfAbsent(port + "/" + username, key -> login(username, password));
        return new HttpClientForTests(port, bearer);
    }

    public static String currentTotp() {
        return new Totp().code(Totp.decodeBase32(DEMO_TOTP_SECRET), Instant.now().getEpochSecond());
    }

    private String login(String username, String password) {
        Response response = new HttpClientForTests(port).post("/api/v1/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\",\"totp\":\"%s\"}".formatted(username, password, currentTotp()));
        if (response.status() != 200) {
            throw new IllegalStateException("login as " + username + " failed: " + response.status() + " " + response.body());
        }
        return response.json().get("accessToken").asText();
    }

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body.length() + " chars", e);
            }
        }

        public String contentType() {
            return raw == null ? "" : raw.headers().firstValue("Content-Type").orElse("");
        }

        public String code() {
            JsonNode code = json().get("code");
            return code == null ? null : code.asText();
        }
    }

    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(builder, headers);
    }

    /** A raw body (an ID-document image) with its Content-Type. */
    public Response postBytes(String path, String contentType, byte[] body, String... headers) {
        return postFile(path, body, contentType, headers);
    }

    /** A file as the request body, with the given Content-Type (e.g. {@code text/csv; charset=Shift_JIS}). */
    public Response postFile(String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(builder, headers);
    }

    /** A response whose body is bytes (an image); its text only for a problem+json answer. */
    public record BinaryResponse(int status, byte[] body, HttpResponse<byte[]> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public Response asText() {
            return new Response(status, new String(body, java.nio.charset.StandardCharsets.UTF_8), null);
        }
    }

    public BinaryResponse getBytes(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public Response delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    /** The id of the first company the caller sees (for demo users of client 1: client 1). */
    public String firstCompany() {
        return get("/api/v1/companies").json().get(0).get("id").asText();
    }

    public String registerSubject(String companyId, String kind, String name, String code, String related) {
        if (related != null) {
            return registerDependent(companyId, name, related, "CHILD");
        }
        return created(post("/api/v1/companies/" + companyId + "/subjects",
                "{\"kind\":\"%s\",\"displayName\":\"%s\",\"employeeCode\":\"%s\"}".formatted(kind, name, code)));
    }

    /** A dependent (扶養親族) of an employee, with its 続柄. */
    public String registerDependent(String companyId, String name, String employee, String relationship) {
        return created(post("/api/v1/companies/" + companyId + "/subjects",
                "{\"kind\":\"DEPENDENT\",\"displayName\":\"%s\",\"relatedSubjectId\":\"%s\",\"relationship\":\"%s\"}"
                        .formatted(name, employee, relationship)));
    }

    private static String created(Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("register failed: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asText();
    }

    public Response acquire(String companyId, String subjectId, String myNumber, String... headers) {
        return post("/api/v1/companies/" + companyId + "/subjects/" + subjectId + "/my-number",
                "{\"myNumber\":\"" + myNumber + "\",\"channel\":\"SELF_SERVICE\",\"purposesNotified\":[\"WITHHOLDING_TAX\"]}",
                headers);
    }

    public Response graphql(String query) {
        try {
            return post("/graphql", JSON.writeValueAsString(Map.of("query", query)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder builder, String... headers) {
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
