package jp.mnledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.mnledger.kernel.audit.AuditMetadata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the audit metadata of a command from its HTTP request.
 *
 * <p>Until authentication lands (the access-control issue), the actor and role come from the
 * {@code X-Actor} and {@code X-Actor-Role} headers; the metadata's shape is already final. Header
 * values are accepted only in a narrow alphabet, so nothing a client sends can smuggle text into the
 * ledger.
 */
@Component
public class AuditMetadataResolver {

    static final String ACTOR_HEADER = "X-Actor";
    static final String ROLE_HEADER = "X-Actor-Role";
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._@:-]{1,64}");
    private static final int USER_AGENT_MAX = 256;

    private final Clock clock;

    AuditMetadataResolver(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public AuditMetadata resolve(HttpServletRequest request, String tenant) {
        return new AuditMetadata(
                safeToken(request.getHeader(ACTOR_HEADER), "anonymous"),
                safeToken(request.getHeader(ROLE_HEADER), "UNAUTHENTICATED"),
                null,
                request.getRemoteAddr(),
                userAgent(request.getHeader("User-Agent")),
                requestId(request),
                tenant,
                clock.instant());
    }

    /** The id the server's request filter assigned (and echoed in X-Request-Id), or a fresh one. */
    private static String requestId(HttpServletRequest request) {
        Object assigned = request.getAttribute(AuditMetadata.REQUEST_ID);
        return assigned instanceof String id ? id : UUID.randomUUID().toString();
    }

    private static String safeToken(String value, String fallback) {
        return value != null && SAFE_TOKEN.matcher(value).matches() ? value : fallback;
    }

    private static String userAgent(String value) {
        if (value == null) {
            return null;
        }
        String printable = value.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > USER_AGENT_MAX ? printable.substring(0, USER_AGENT_MAX) : printable;
    }
}
