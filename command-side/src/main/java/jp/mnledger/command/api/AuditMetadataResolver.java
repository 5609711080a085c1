package jp.mnledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import jp.mnledger.kernel.audit.AuditMetadata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the audit metadata of a command from its HTTP request. The actor is the authenticated user
 * (the server's authentication filter sets the request's user principal from the bearer token); nothing
 * the client sends can name another actor. The role is stamped by the authorisation interceptor with
 * the one its decision was made under.
 */
@Component
public class AuditMetadataResolver {

    private final Clock clock;

    AuditMetadataResolver(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public AuditMetadata resolve(HttpServletRequest request, String tenant) {
        return AuditMetadata.forRequest(request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
                request.getRemoteAddr(), request.getHeader("User-Agent"), request.getAttribute(AuditMetadata.REQUEST_ID),
                tenant, clock.instant());
    }
}
