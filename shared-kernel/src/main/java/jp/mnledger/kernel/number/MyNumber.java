package jp.mnledger.kernel.number;

import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;

/**
 * A 個人番号 (My Number): twelve digits, the last a check digit (番号法施行令第8条,
 * 平成26年総務省令第85号第5条). Always a string: valid numbers may start with 0.
 *
 * <p>{@link #toString()} never prints the digits; only {@link #digits()} gives them, and only code
 * that seals or reveals a number may call it.
 */
public final class MyNumber {

    public static final String MASK = "************";
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final String digits;

    private MyNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Normalises the input (full-width digits, blanks, hyphens) and validates length and check digit.
     *
     * @throws DomainException MY_NUMBER_REQUIRED, MY_NUMBER_FORMAT, MY_NUMBER_LENGTH or MY_NUMBER_CHECK_DIGIT
     */
    public static MyNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException(ErrorCode.MY_NUMBER_REQUIRED);
        }
        String digits = DigitInput.digitsOrNull(raw);
        if (digits == null) {
            throw new DomainException(ErrorCode.MY_NUMBER_FORMAT);
        }
        if (digits.length() != 12) {
            throw new DomainException(ErrorCode.MY_NUMBER_LENGTH);
        }
        if (checkDigit(digits) != digits.charAt(11) - '0') {
            throw new DomainException(ErrorCode.MY_NUMBER_CHECK_DIGIT);
        }
        return new MyNumber(digits);
    }

    /** A valid number made from eleven base digits and their check digit (for generated demo and test data). */
    public static MyNumber fromBaseDigits(String elevenDigits) {
        if (elevenDigits == null || !elevenDigits.matches("[0-9]{11}")) {
            throw new DomainException(ErrorCode.MY_NUMBER_LENGTH);
        }
        return new MyNumber(elevenDigits + checkDigit(elevenDigits));
    }

    /** The check digit of the first eleven digits: 11 − (Σ Pn×Qn mod 11), or 0 when the remainder is ≤ 1. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /** The twelve digits in clear. Call only to seal the number or to answer an authorised reveal. */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MyNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "MyNumber[" + MASK + "]";
    }
}
