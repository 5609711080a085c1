package jp.mnledger.ops.tls;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells browsers to use only HTTPS for this host for a year (RFC 6797). Sent only on secure requests, as the
 * RFC requires: on the server's own HTTPS, or behind a TLS-terminating proxy that the server trusts to report
 * the original scheme ({@code server.forward-headers-strategy}). No {@code includeSubDomains}: the server
 * cannot know what else runs under its parent domain.
 */
class HstsFilter extends OncePerRequestFilter {

    static final String HEADER = "Strict-Transport-Security";
    static final String VALUE = "max-age=31536000";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.isSecure()) {
            response.setHeader(HEADER, VALUE);
        }
        chain.doFilter(request, response);
    }

    /** Error pages are responses too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
