package jp.mnledger.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers for the web UI (ADR 0020) and the API it calls. UI pages ({@code /}, {@code /index.html},
 * {@code /ui/**}) get a strict Content-Security-Policy (scripts and styles only from this origin, no inline
 * script, no framing, no form posts elsewhere), {@code nosniff}, no referrer and {@code no-store}. API and
 * GraphQL answers are {@code no-store} unless the controller says otherwise: they hold names and, for a
 * reveal, a number, and must never land in a browser or proxy cache. It also answers {@code /ui/config.json}:
 * how long a revealed number stays on screen ({@code mnledger.ui.reveal-seconds}) and how long before the
 * session's end the UI warns ({@code mnledger.ui.session-warning-seconds}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class UiHeadersFilter extends OncePerRequestFilter {

    /** The policy of every UI page: nothing but this origin, no inline script or style, images also as blob: (ID photos). */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' blob: data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    static final String CONFIG_PATH = "/ui/config.json";

    private final byte[] config;

    public UiHeadersFilter(@Value("${mnledger.ui.reveal-seconds:30}") int revealSeconds,
                           @Value("${mnledger.ui.session-warning-seconds:60}") int sessionWarningSeconds) {
        if (revealSeconds < 1 || revealSeconds > 120 || sessionWarningSeconds < 10) {
            throw new IllegalArgumentException("mnledger.ui.reveal-seconds must be 1..120 and "
                    + "mnledger.ui.session-warning-seconds at least 10");
        }
        this.config = ("{\"revealSeconds\":" + revealSeconds + ",\"sessionWarningSeconds\":" + sessionWarningSeconds + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (isUi(path)) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
            // The font is the same public file for everyone; everything else may come to show personal data.
            response.setHeader("Cache-Control", path.startsWith("/ui/fonts/") ? "public, max-age=604800" : "no-store");
            if (path.equals(CONFIG_PATH) && "GET".equals(request.getMethod())) {
                response.setContentType("application/json");
                response.setContentLength(config.length);
                response.getOutputStream().write(config);
                return;
            }
        } else if (path.startsWith("/api/") || path.equals("/graphql")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        chain.doFilter(request, response);
    }

    static boolean isUi(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith("/ui/");
    }
}
