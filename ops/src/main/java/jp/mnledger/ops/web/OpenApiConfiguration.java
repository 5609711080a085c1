package jp.mnledger.ops.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.mnledger.kernel.error.ErrorCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every operation says who may call it (bearer token or
 * browser session), and documents the RFC 9457 problem responses with the stable codes each status can
 * carry, so a client can be written against the codes rather than the messages.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    static final String BEARER = "bearer";
    /** The only operations callable without credentials: they are how one gets them. */
    static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/token", "POST /api/v1/auth/session");
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI mnledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("mnledger API").version("v1").description("""
                        マイナンバーの取得から廃棄までを、改ざんできない記録として扱うAPIです。一覧・履歴の番号は常にマスクされ、\
                        平文の番号は指名された事務取扱担当者の「利用」応答にだけ現れます。エラーは RFC 9457 (application/problem+json) \
                        で、安定したコード (code) と日本語・英語のメッセージ (Accept-Language) を返します。

                        The API for holding My Numbers lawfully. Lists and histories are always masked; a number in clear \
                        appears only in a handler's reveal response. Errors are RFC 9457 problem+json with a stable `code`.
                        Authenticate with `POST /api/v1/auth/token` (Bearer) or, in a browser, `POST /api/v1/auth/session` \
                        (cookie + `X-XSRF-TOKEN` header on writes). GraphQL: `/graphql` (queries and mutations)."""))
                .components(new Components());
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("urn:mnledger:problem:my-number-check-digit"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("Accept-Language に応じた日本語または英語 / ja or en"))
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("安定したエラーコード / the stable error code")
                        ._enum(Arrays.stream(ErrorCode.values()).map(Enum::name).toList()))
                .addProperty("requestId", new StringSchema());
    }

    @Bean
    OpenApiCustomizer problemsAndSecurity() {
        Map<Integer, String> descriptions = new LinkedHashMap<>();
        descriptions.put(400, "入力の誤り / Invalid request");
        descriptions.put(401, "認証が必要 / Authentication required");
        descriptions.put(403, "権限がない（拒否は記録される） / Access denied (the denial is recorded)");
        descriptions.put(404, "見つからない / Not found");
        descriptions.put(409, "現在の状態では実行できない / Conflicts with the current state");
        descriptions.put(429, "試行が多すぎる / Too many attempts");
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components
                    .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                            .description("POST /api/v1/auth/token で得たトークン / A token from POST /api/v1/auth/token"))
                    .addSchemas(PROBLEM, problemSchema()));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String key = method.name() + " " + path;
            if (!PUBLIC.contains(key)) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            }
            addProblems(operation, descriptions, PUBLIC.contains(key));
            }));
        };
    }

    private static void addProblems(Operation operation, Map<Integer, String> descriptions, boolean isPublic) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        descriptions.forEach((status, description) -> {
            if (isPublic && status == 403) {
                return;
            }
            String codes = String.join(", ", Arrays.stream(ErrorCode.values()).filter(c -> c.httpStatus() == status)
                    .map(Enum::name).toList());
            responses.putIfAbsent(String.valueOf(status), new ApiResponse()
                    .description(description + (codes.isEmpty() ? "" : " — code: " + codes))
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        });
        operation.setResponses(responses);
    }
}
