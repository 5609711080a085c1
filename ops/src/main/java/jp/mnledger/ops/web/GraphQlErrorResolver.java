package jp.mnledger.ops.web;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** GraphQL's side of the error contract: the message in Japanese (default) and the stable code in extensions. */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        ErrorCode code = ErrorCode.INTERNAL_ERROR;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                code = domain.code();
                break;
            }
            if (t instanceof jakarta.validation.ConstraintViolationException) {
                code = ErrorCode.REQUEST_INVALID;
                break;
            }
            if (t instanceof org.springframework.validation.BindException
                    || t instanceof org.springframework.core.convert.ConversionException) {
                code = ErrorCode.REQUEST_MALFORMED;
                break;
            }
        }
        String language = env.getGraphQlContext().getOrDefault("language", "ja");
        return GraphqlErrorBuilder.newError(env)
                .message(code.message(language))
                .errorType(code.httpStatus() == 404 ? ErrorType.NOT_FOUND
                        : code.httpStatus() < 500 ? ErrorType.BAD_REQUEST : ErrorType.INTERNAL_ERROR)
                .extensions(Map.of("code", code.name()))
                .build();
    }
}
