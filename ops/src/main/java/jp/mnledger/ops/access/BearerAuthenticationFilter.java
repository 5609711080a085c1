package jp.mnledger.ops.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import jp.mnledger.command.identity.AuthenticationService;
import jp.mnledger.command.identity.TokenHolder;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.ops.web.ProblemWriter;
import jp.mnledger.query.ReadApi;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API and GraphQL requests by bearer token (API.md). Without a live token the answer is
 * 401 AUTH_REQUIRED; the token endpoint itself, health and the API documentation are open. The
 * authenticated user becomes the request's user principal, which is the only source of the actor in
 * audit metadata. A user who must change their password may do only that (or log out).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BearerAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> OPEN = Set.of("/api/v1/auth/token");
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("/api/v1/auth/password", "/api/v1/auth/logout");

    private final AuthenticationService authentication;

    BearerAuthenticationFilter(AuthenticationService authentication) {
        this.authentication = authentication;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") || path.equals("/graphql")) || OPEN.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<TokenHolder> holder = header != null && header.startsWith("Bearer ")
                ? authentication.holderOf(header.substring("Bearer ".length()).trim())
                : Optional.empty();
        if (holder.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"mnledger\"");
            ProblemWriter.write(request, response, ErrorCode.AUTH_REQUIRED);
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
}
