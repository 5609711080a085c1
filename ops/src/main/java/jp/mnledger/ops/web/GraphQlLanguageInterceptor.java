package jp.mnledger.ops.web;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Carries the client's preferred language (Accept-Language) into GraphQL error messages. */
@Component
class GraphQlLanguageInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String language = Languages.preferred(request.getHeaders().getFirst("Accept-Language"));
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of("language", language)).build());
        return chain.next(request);
    }
}
