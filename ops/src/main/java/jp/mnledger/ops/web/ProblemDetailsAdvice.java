package jp.mnledger.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one mapping from failures to RFC 9457 problem+json: {@code type}, {@code title}, {@code status},
 * {@code detail} (Japanese, or English when Accept-Language prefers it), the stable {@code code}, the
 * {@code requestId}, and for invalid fields or lines of a file their names and positions (never their values). Unexpected failures are
 * logged by class and stack only, and answered with INTERNAL_ERROR.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        return problem(e.code(), request, e.errors().isEmpty() ? null : e.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "constraint", String.valueOf(f.getCode())))
                .toList();
        return problem(ErrorCode.REQUEST_INVALID, request, errors);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(ErrorCode.REQUEST_INVALID, request,
                List.of(Map.of("field", e.getParameterName(), "constraint", "NotNull")));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> malformed(Exception e, HttpServletRequest request) {
        return problem(ErrorCode.REQUEST_MALFORMED, request, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(ErrorCode.MEDIA_TYPE_UNSUPPORTED, request, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(ErrorCode.METHOD_NOT_ALLOWED, request, null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e, HttpServletRequest request) {
        return problem(ErrorCode.RESOURCE_NOT_FOUND, request, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return problem(domain.code(), request, domain.errors().isEmpty() ? null : domain.errors());
            }
            if (t instanceof ConcurrencyException) {
                return problem(ErrorCode.CONCURRENT_MODIFICATION, request, null);
            }
            if (t instanceof AggregateNotFoundException) {
                return problem(ErrorCode.RESOURCE_NOT_FOUND, request, null);
            }
        }
        LOG.error("Unexpected failure on {} {}: {}", request.getMethod(), request.getRequestURI(), SafeThrowables.describe(e));
        return problem(ErrorCode.INTERNAL_ERROR, request, null);
    }

    private static ResponseEntity<ProblemDetail> problem(ErrorCode code, HttpServletRequest request,
                                                         List<?> errors) {
        String language = Languages.preferred(request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemWriter.problem(code, request, language);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(code.httpStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Content-Language", language);
        if (code == ErrorCode.AUTH_THROTTLED) {
            response.header("Retry-After", "300");
        }
        return response.body(problem);
    }
}
