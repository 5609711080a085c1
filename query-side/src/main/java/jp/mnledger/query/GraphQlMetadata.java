package jp.mnledger.query;

/** The GraphQL context key under which the server puts each request's {@link jp.mnledger.kernel.audit.AuditMetadata}. */
public final class GraphQlMetadata {

    public static final String KEY = jp.mnledger.kernel.audit.AuditMetadata.GRAPHQL_CONTEXT_KEY;

    private GraphQlMetadata() {
    }
}
