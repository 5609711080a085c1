package jp.mnledger.query;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionException;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.DomainException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the REST and GraphQL controllers share: ask the query bus with the caller's audit metadata (the
 * authorisation interceptor decides on it) and wait, with the original domain error rather than the
 * bus's wrapper.
 */
@Component
public class ReadApi {

    /** The request attribute under which the server's authentication filter leaves the user id. */
    public static final String AUTHENTICATED_USER_ATTRIBUTE = "jp.mnledger.authenticatedUser";

    private final QueryGateway queries;
    private final Clock clock;

    ReadApi(QueryGateway queries, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public <R> List<R> list(Object query, Class<R> responseType, AuditMetadata metadata) {
        try {
            return queries.query(new GenericQueryMessage<>(query, ResponseTypes.multipleInstancesOf(responseType))
                            .andMetaData(metadata.toMap()), ResponseTypes.multipleInstancesOf(responseType)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    public AuditMetadata metadata(HttpServletRequest request, String tenant) {
        return AuditMetadata.forRequest(request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
                request.getRemoteAddr(), request.getHeader("User-Agent"), request.getAttribute(AuditMetadata.REQUEST_ID),
                tenant, clock.instant());
    }

    private static RuntimeException unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
