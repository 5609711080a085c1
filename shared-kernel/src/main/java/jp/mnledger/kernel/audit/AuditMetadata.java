package jp.mnledger.kernel.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The audit metadata every event carries: who did it, in which role, for which legal purpose (where
 * there is one), from where, in which tenant, when (UTC), and the request it came from. This is the
 * handling record's "who / what / why / when / where"; it never holds a personal-data value.
 *
 * <p>The keys below are the metadata keys in the event store and are forever.
 */
public record AuditMetadata(String actor, String role, String purpose, String clientAddress,
                            String userAgent, String requestId, String tenant, Instant time) {

    /** The GraphQL context key under which the server puts each request's metadata (read and write side alike). */
    public static final String GRAPHQL_CONTEXT_KEY = "auditMetadata";

    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String PURPOSE = "purpose";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String USER_AGENT = "userAgent";
    public static final String REQUEST_ID = "requestId";
    public static final String TENANT = "tenant";
    public static final String TIME = "time";

    /** Every key, in a fixed order; the Axon correlation provider copies these from command to events. */
    public static final String[] KEYS = {ACTOR, ROLE, PURPOSE, CLIENT_ADDRESS, USER_AGENT, REQUEST_ID, TENANT, TIME};

    public AuditMetadata {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(time, "time");
    }

    /** The actor of a request nobody authenticated. */
    public static final String ANONYMOUS = "anonymous";
    /** The role before the authorisation interceptor stamps the one its decision was made under. */
    public static final String UNDECIDED_ROLE = "UNDECIDED";
    private static final int USER_AGENT_MAX = 256;

    /**
     * The metadata of an HTTP request, from the values the servlet gives: the authenticated user's id (or
     * none), the client address, the User-Agent header (printable ASCII only, at most 256 characters),
     * the request id the server's filter assigned (or a fresh one).
     */
    public static AuditMetadata forRequest(String authenticatedUser, String clientAddress, String userAgentHeader,
                                           Object assignedRequestId, String tenant, Instant now) {
        String userAgent = null;
        if (userAgentHeader != null) {
            String printable = userAgentHeader.replaceAll("[^\\x20-\\x7E]", "?");
            userAgent = printable.length() > USER_AGENT_MAX ? printable.substring(0, USER_AGENT_MAX) : printable;
        }
        String requestId = assignedRequestId instanceof String id ? id : java.util.UUID.randomUUID().toString();
        return new AuditMetadata(authenticatedUser == null ? ANONYMOUS : authenticatedUser, UNDECIDED_ROLE, null,
                clientAddress, userAgent, requestId, tenant, now);
    }

    /** The same metadata for another tenant (a command learns its tenant from the resource it names). */
    public AuditMetadata withTenant(String tenantId) {
        return new AuditMetadata(actor, role, purpose, clientAddress, userAgent, requestId, tenantId, time);
    }

    /** The same metadata for another actor (a login names its user once it has succeeded). */
    public AuditMetadata withActor(String actorId) {
        return new AuditMetadata(actorId, role, purpose, clientAddress, userAgent, requestId, tenant, time);
    }

    /** The same metadata with a legal purpose. */
    public AuditMetadata withPurpose(String legalPurpose) {
        return new AuditMetadata(actor, role, legalPurpose, clientAddress, userAgent, requestId, tenant, time);
    }

    /** As message metadata: absent values are left out, the time is RFC 3339 UTC. */
    public Map<String, String> toMap() {
        Map<String, String> map = new HashMap<>();
        map.put(ACTOR, actor);
        map.put(ROLE, role);
        putIfPresent(map, PURPOSE, purpose);
        putIfPresent(map, CLIENT_ADDRESS, clientAddress);
        putIfPresent(map, USER_AGENT, userAgent);
        map.put(REQUEST_ID, requestId);
        putIfPresent(map, TENANT, tenant);
        map.put(TIME, time.toString());
        return map;
    }

    /** Reads metadata written by {@link #toMap()}; missing optional values come back as null. */
    public static AuditMetadata fromMap(Map<String, ?> map) {
        return new AuditMetadata(str(map, ACTOR), str(map, ROLE), str(map, PURPOSE), str(map, CLIENT_ADDRESS),
                str(map, USER_AGENT), str(map, REQUEST_ID), str(map, TENANT), Instant.parse(str(map, TIME)));
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String str(Map<String, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }
}
