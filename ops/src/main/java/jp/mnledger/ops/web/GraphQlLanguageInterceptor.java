package jp.mnledger.ops.web;

import java.time.Clock;
import java.util.Map;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.query.GraphQlMetadata;
import jp.mnledger.query.ReadApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Carries the HTTP request's facts into GraphQL: the preferred language (Accept-Language) for error
 * messages, and the audit metadata — the authenticated user, origin and request id — that the query
 * side's authorisation decides on.
 */
@Component
class GraphQlLanguageInterceptor implements WebGraphQlInterceptor {

    private final Clock clock;

    GraphQlLanguageInterceptor(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String language = Languages.preferred(request.getHeaders().getFirst("Accept-Language"));
        Object user = request.getAttributes().get(ReadApi.AUTHENTICATED_USER_ATTRIBUTE);
        AuditMetadata metadata = AuditMetadata.forRequest(user instanceof String id ? id : null,
                request.getRemoteAddress() == null ? null : request.getRemoteAddress().getAddress().getHostAddress(),
                request.getHeaders().getFirst("User-Agent"), request.getAttributes().get(AuditMetadata.REQUEST_ID),
                null, clock.instant());
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of("language", language, GraphQlMetadata.KEY, metadata)).build());
        return chain.next(request);
    }
}
