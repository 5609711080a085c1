package jp.mnledger.kernel.error;

import java.util.List;

/**
 * A refused business decision or invalid input, carrying its stable public {@link ErrorCode} and, for an
 * input with several faults (a file's lines), each of them as an {@link InputError}.
 *
 * <p>The exception message is the code name only: it never carries a personal-data value, so it is
 * safe in any log line or wrapped exception. Input errors name lines and columns, never values.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<InputError> errors;

    public DomainException(ErrorCode code) {
        this(code, List.of());
    }

    public DomainException(ErrorCode code, List<InputError> errors) {
        super(code.name(), null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public ErrorCode code() {
        return code;
    }

    /** Where the input went wrong, one entry per fault; empty when the code says it all. */
    public List<InputError> errors() {
        return errors;
    }
}
