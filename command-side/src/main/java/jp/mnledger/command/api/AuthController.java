package jp.mnledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import jp.mnledger.command.identity.AuthenticationService;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for API clients (API.md): log in, log out, change one's password. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

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

    @PostMapping("/token")
    TokenResponse token(@RequestBody TokenRequest body, HttpServletRequest request) {
        AuthenticationService.IssuedToken token = authentication.login(body.username(), body.password(), body.totp(),
                metadata.resolve(request, null));
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresIn(), token.mustChangePassword());
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        authentication.logout(bearer(request), metadata.resolve(request, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChangeRequest body, HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            throw new DomainException(ErrorCode.AUTH_REQUIRED);
        }
        authentication.changePassword(request.getUserPrincipal().getName(), body.currentPassword(), body.newPassword(),
                bearer(request));
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
