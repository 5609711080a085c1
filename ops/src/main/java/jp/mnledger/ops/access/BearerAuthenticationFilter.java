package jp.mnledger.ops.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import jp.mnledger.command.api.AuthController;
import jp.mnledger.command.api.InvitationController;
import jp.mnledger.command.identity.AuthenticationService;
import jp.mnledger.command.identity.TokenHolder;
import jp.mnledger.command.invitation.InvitationSessions;
import jp.mnledger.kernel.invitation.InvitationActor;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.ops.web.ProblemWriter;
import jp.mnledger.query.ReadApi;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API and GraphQL requests by bearer token (API.md) or, for the browser, by session cookie
 * with a double-submit CSRF check on every state-changing request. Without a live token the answer is
 * 401 AUTH_REQUIRED; the login endpoints, health and the API documentation are open. The
 * authenticated user becomes the request's user principal, which is the only source of the actor in
 * audit metadata. A user who must change their password may do only that (or log out).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BearerAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> OPEN = Set.of("/api/v1/auth/token");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE =
            Set.of("/api/v1/auth/password", "/api/v1/auth/logout", "/api/v1/auth/session");

    private final AuthenticationService authentication;
    private final InvitationSessions invitations;

    BearerAuthenticationFilter(AuthenticationService authentication, InvitationSessions invitations) {
        this.authentication = authentication;
        this.invitations = invitations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") || path.equals("/graphql")) || OPEN.contains(path)
                || (path.equals("/api/v1/auth/session") && request.getMethod().equals("POST"))
                || (path.equals("/api/v1/invitations/session") && request.getMethod().equals("POST"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        boolean viaCookie = header == null;
        String token = viaCookie ? sessionCookie(request)
                : header.startsWith("Bearer ") ? header.substring("Bearer ".length()).trim() : null;
        Optional<TokenHolder> holder = token == null ? Optional.empty() : authentication.holderOf(token);
        if (viaCookie) {
            // A bearer token never travels as a cookie; only browser sessions do.
            holder = holder.filter(TokenHolder::session);
            // An opened invitation link (ADR 0021): no account; its actor is the invitation. On the invitation's
            // own endpoints it comes first (a staff member may have a session in the same browser).
            if (holder.isEmpty() || request.getRequestURI().startsWith("/api/v1/invitations/")) {
                Optional<TokenHolder> invitee = invitations.holderOf(cookie(request, InvitationController.COOKIE))
                        .map(id -> new TokenHolder(InvitationActor.of(id), false, true));
                holder = invitee.isPresent() ? invitee : holder;
            }
        }
        if (holder.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"mnledger\"");
            ProblemWriter.write(request, response, ErrorCode.AUTH_REQUIRED);
            return;
        }
        if (viaCookie && !SAFE_METHODS.contains(request.getMethod()) && !csrfMatches(request)) {
            ProblemWriter.write(request, response, ErrorCode.CSRF_INVALID);
            return;
        }
        if (holder.get().mustChangePassword() && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(request.getRequestURI())) {
            ProblemWriter.write(request, response, ErrorCode.PASSWORD_CHANGE_REQUIRED);
            return;
        }
        String userId = holder.get().userId();
        request.setAttribute(ReadApi.AUTHENTICATED_USER_ATTRIBUTE, userId);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return () -> userId;
            }

            @Override
            public String getRemoteUser() {
                return userId;
            }
        }, response);
    }

    private static String sessionCookie(HttpServletRequest request) {
        return cookie(request, AuthController.SESSION_COOKIE);
    }

    /** Double-submit: a cross-site page can send the cookies but cannot read the CSRF cookie to echo it. */
    private static boolean csrfMatches(HttpServletRequest request) {
        String cookie = cookie(request, AuthController.CSRF_COOKIE);
        String header = request.getHeader(AuthController.CSRF_HEADER);
        return cookie != null && header != null && cookie.length() >= 32 && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
