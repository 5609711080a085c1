package jp.mnledger.query;

import java.util.List;
import java.util.concurrent.CompletionException;
import jp.mnledger.kernel.error.DomainException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What the REST and GraphQL controllers share: ask the query bus and wait, with the original domain
 * error rather than the bus's wrapper.
 */
@Component
public class ReadApi {

    private final QueryGateway queries;

    ReadApi(QueryGateway queries) {
        this.queries = queries;
    }

    public <R> List<R> list(Object query, Class<R> responseType) {
        try {
            return queries.query(query, ResponseTypes.multipleInstancesOf(responseType)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
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
