package jp.mnledger.kernel.error;

/**
 * A refused business decision or invalid input, carrying its stable public {@link ErrorCode}.
 *
 * <p>The exception message is the code name only: it never carries a personal-data value, so it is
 * safe in any log line or wrapped exception.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;

    public DomainException(ErrorCode code) {
        super(code.name(), null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
