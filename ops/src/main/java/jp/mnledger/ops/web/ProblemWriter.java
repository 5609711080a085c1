package jp.mnledger.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import jp.mnledger.kernel.audit.AuditMetadata;
import jp.mnledger.kernel.error.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem for an error code — the one shape for controllers (through
 * {@link ProblemDetailsAdvice}) and for filters that answer before any controller runs.
 */
public final class ProblemWriter {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ProblemWriter() {
    }

    static ProblemDetail problem(ErrorCode code, HttpServletRequest request, String language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.httpStatus()), code.message(language));
        problem.setType(URI.create("urn:mnledger:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(HttpStatus.valueOf(code.httpStatus()).getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code.name());
        Object requestId = request.getAttribute(AuditMetadata.REQUEST_ID);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /** Writes the problem straight to the response (for filters). */
    public static void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
        String language = Languages.preferred(request.getHeader("Accept-Language"));
        ProblemDetail problem = problem(code, request, language);
        response.setStatus(code.httpStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}
