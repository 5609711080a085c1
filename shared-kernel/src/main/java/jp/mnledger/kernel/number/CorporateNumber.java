package jp.mnledger.kernel.number;

import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;

/**
 * A 法人番号 (corporate number): thirteen digits, the FIRST a check digit
 * (番号法施行令第35条, 平成26年財務省令第70号第2条). Corporate numbers are public, so unlike
 * {@link MyNumber} this value prints itself.
 */
public record CorporateNumber(String value) {

    public CorporateNumber {
        if (value == null || !value.matches("[0-9]{13}") || checkDigit(value) != value.charAt(0) - '0') {
            throw new IllegalArgumentException("not a valid corporate number; use CorporateNumber.parse");
        }
    }

    /**
     * Normalises the input like {@link MyNumber#parse} and validates length and check digit.
     *
     * @throws DomainException CORPORATE_NUMBER_FORMAT, CORPORATE_NUMBER_LENGTH or CORPORATE_NUMBER_CHECK_DIGIT
     */
    public static CorporateNumber parse(String raw) {
        String digits = raw == null ? "" : DigitInput.digitsOrNull(raw);
        if (digits == null) {
            throw new DomainException(ErrorCode.CORPORATE_NUMBER_FORMAT);
        }
        if (digits.length() != 13) {
            throw new DomainException(ErrorCode.CORPORATE_NUMBER_LENGTH);
        }
        if (checkDigit(digits) != digits.charAt(0) - '0') {
            throw new DomainException(ErrorCode.CORPORATE_NUMBER_CHECK_DIGIT);
        }
        return new CorporateNumber(digits);
    }

    /** 9 − (Σ Pn×Qn mod 9) over the twelve base digits, Pn counted from the least significant, Qn = 1 odd, 2 even. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = digits.charAt(13 - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - (sum % 9);
    }
}
