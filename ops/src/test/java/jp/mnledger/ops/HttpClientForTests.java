package jp.mnledger.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Real HTTP against the running server, as a client would speak it. */
public final class HttpClientForTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public HttpClientForTests(int port) {
        this.base = "http://localhost:" + port;
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
            return raw.headers().firstValue("Content-Type").orElse("");
        }
    }

    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(builder, headers);
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public String createCompany(String name) {
        return post("/api/v1/companies", "{\"name\":\"" + name + "\",\"corporateNumber\":\"7000012050002\"}")
                .json().get("id").asText();
    }

    public String registerSubject(String companyId, String kind, String name, String code, String related) {
        String body = related == null
                ? "{\"kind\":\"%s\",\"displayName\":\"%s\",\"employeeCode\":\"%s\"}".formatted(kind, name, code)
                : "{\"kind\":\"%s\",\"displayName\":\"%s\",\"relatedSubjectId\":\"%s\"}".formatted(kind, name, related);
        Response response = post("/api/v1/companies/" + companyId + "/subjects", body);
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
