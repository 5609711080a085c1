package jp.mnledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jp.mnledger.command.identity.AuthenticationService;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for API clients (API.md) and cookie sessions for the browser: log in, log out, change one's password. */
@RestController
@RequestMapping("/api/v1/auth")
public class AuthController {

    public static final String SESSION_COOKIE = "MNLEDGER_SESSION";
    public static final String CSRF_COOKIE = "XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-XSRF-TOKEN";

    private final AuthenticationService authentication;
    private final AuditMetadataResolver metadata;

    AuthController(AuthenticationService authentication, AuditMetadataResolver metadata) {
        this.authentication = authentication;
        this.metadata = metadata;
    }

    record TokenRequest(String username, String password, String totp) {
        @Override
        public String toString() {
            return "TokenRequest[***]";
        }
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn, boolean passwordChangeRequired) {
        @Override
        public String toString() {
            return "TokenResponse[" + tokenType + ", " + expiresIn + "]";
        }
    }

    record PasswordChangeRequest(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChangeRequest[***]";
        }
    }

    @Operation(summary = "ログインしてアクセストークンを得る / Log in for a bearer token", tags = "認証")
    @PostMapping("/token")
    TokenResponse token(@RequestBody TokenRequest body, HttpServletRequest request) {
        AuthenticationService.IssuedToken token = authentication.login(body.username(), body.password(), body.totp(),
                metadata.resolve(request, null));
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresIn(), token.mustChangePassword());
    }

    /**
     * A browser session: the token goes into an HttpOnly, SameSite=Strict cookie the page's scripts cannot
     * read, and a CSRF token into a readable cookie whose value every state-changing request must echo in
     * the {@value #CSRF_HEADER} header. The session ends after the idle timeout unless used.
     */
    @Operation(summary = "ブラウザ用のセッションを開始する / Start a browser session (cookie + CSRF)", tags = "認証")
    @PostMapping("/session")
    ResponseEntity<SessionResponse> session(@RequestBody TokenRequest body, HttpServletRequest request) {
        AuthenticationService.IssuedToken token = authentication.loginSession(body.username(), body.password(),
                body.totp(), metadata.resolve(request, null));
        String csrfToken = jp.mnledger.command.identity.Tokens.random();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie(SESSION_COOKIE, token.accessToken(), true, request, -1).toString())
                .header(HttpHeaders.SET_COOKIE, cookie(CSRF_COOKIE, csrfToken, false, request, -1).toString())
                .body(new SessionResponse(token.expiresIn(), token.mustChangePassword(), csrfToken));
    }

    @Operation(summary = "ブラウザのセッションを終了する / End the browser session", tags = "認証")
    @DeleteMapping("/session")
    ResponseEntity<Void> endSession(HttpServletRequest request) {
        String token = sessionToken(request);
        if (token != null) {
            authentication.logout(token, metadata.resolve(request, null));
        }
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie(SESSION_COOKIE, "", true, request, 0).toString())
                .header(HttpHeaders.SET_COOKIE, cookie(CSRF_COOKIE, "", false, request, 0).toString())
                .build();
    }

    record GrantResponse(String role, String roleLabel, String officeId, String companyId, String subjectId,
                         java.util.List<String> purposes, boolean pledgeCurrent) {
    }

    record SessionInfoResponse(String userId, String username, java.util.List<GrantResponse> roles, long idleTimeout) {
        @Override
        public String toString() {
            return "SessionInfoResponse[" + userId + "]";
        }
    }

    /**
     * Who the caller is and which roles they hold, so the web UI shows only what the API would allow. A browser
     * session's idle timeout starts again with this call (as with any call): the UI's "continue" button.
     */
    @Operation(summary = "ログイン中の利用者と役割 / The logged-in user and their roles", tags = "認証")
    @GetMapping("/session")
    ResponseEntity<SessionInfoResponse> currentSession(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            throw new DomainException(ErrorCode.AUTH_REQUIRED);
        }
        AuthenticationService.SessionInfo info = authentication.describe(request.getUserPrincipal().getName());
        java.util.List<GrantResponse> roles = info.principal().grants().stream()
                .sorted(java.util.Comparator.comparing((jp.mnledger.kernel.access.Grant g) -> g.role().ordinal())
                        .thenComparing(g -> String.valueOf(g.companyId())))
                .map(g -> new GrantResponse(g.role().name(), g.role().labelJa(), g.officeId(), g.companyId(),
                        g.subjectId(), g.purposes().stream().map(Enum::name).sorted().toList(), g.pledgeCurrent()))
                .toList();
        return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.noStore())
                .body(new SessionInfoResponse(info.userId(), info.username(), roles, info.idleTimeout()));
    }

    record SessionResponse(long idleTimeout, boolean passwordChangeRequired, String csrfToken) {
        @Override
        public String toString() {
            return "SessionResponse[" + idleTimeout + "]";
        }
    }

    private static ResponseCookie cookie(String name, String value, boolean httpOnly, HttpServletRequest request,
                                         long maxAge) {
        return cookie(name, value, httpOnly, "/", request, maxAge);
    }

    /** A SameSite=Strict cookie for the path (Secure over HTTPS); maxAge 0 deletes it, -1 lasts the browser session. */
    static ResponseCookie cookie(String name, String value, boolean httpOnly, String path, HttpServletRequest request,
                                 long maxAge) {
        return ResponseCookie.from(name, value).httpOnly(httpOnly).secure(request.isSecure()).sameSite("Strict")
                .path(path).maxAge(maxAge).build();
    }

    static String sessionToken(HttpServletRequest request) {
        return cookieValue(request, SESSION_COOKIE);
    }

    static String cookieValue(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    @Operation(summary = "トークンを失効させる / Revoke the bearer token", tags = "認証")
    @PostMapping("/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        authentication.logout(bearer(request), metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "自分のパスワードを変更する / Change one's own password", tags = "認証")
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChangeRequest body, HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            throw new DomainException(ErrorCode.AUTH_REQUIRED);
        }
        authentication.changePassword(request.getUserPrincipal().getName(), body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            throw new DomainException(ErrorCode.AUTH_REQUIRED);
        }
        return header.substring("Bearer ".length()).trim();
    }
}
