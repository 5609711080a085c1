package jp.mnledger.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.mnledger.kernel.audit.AuditMetadata;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is a plain token, otherwise a new
 * UUID. The id goes into the audit metadata of the commands the request sends, into every log line
 * (MDC {@code requestId}), into error responses, and back to the client in {@code X-Request-Id}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(HEADER);
        String requestId = offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(AuditMetadata.REQUEST_ID, requestId);
        response.setHeader(HEADER, requestId);
        MDC.put(AuditMetadata.REQUEST_ID, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(AuditMetadata.REQUEST_ID);
        }
    }
}
