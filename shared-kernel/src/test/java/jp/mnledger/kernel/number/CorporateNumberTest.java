package jp.mnledger.kernel.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class CorporateNumberTest {

    @ParameterizedTest(name = "[{index}] {0} {2}")
    @CsvFileSource(resources = "/vectors/corporate-number-vectors.csv", numLinesToSkip = 1)
    void validatesEveryVector(String number, boolean valid, String note) {
        if (valid) {
            assertThat(CorporateNumber.parse(number).value()).isEqualTo(number);
        } else {
            assertThatThrownBy(() -> CorporateNumber.parse(number))
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo(ErrorCode.CORPORATE_NUMBER_CHECK_DIGIT);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "'７０００ ０１２０-５０００２', 7000012050002",
            "'7-0000-1205-0002', 7000012050002"})
    void normalisesInput(String input, String expected) {
        assertThat(CorporateNumber.parse(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "700001205000A, CORPORATE_NUMBER_FORMAT",
            "700001205000, CORPORATE_NUMBER_LENGTH",
            "70000120500021, CORPORATE_NUMBER_LENGTH"})
    void refusesMalformedInput(String input, ErrorCode code) {
        assertThatThrownBy(() -> CorporateNumber.parse(input))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(code);
    }

    @Test
    void theConstructorRefusesAnInvalidValueToo() {
        assertThatThrownBy(() -> new CorporateNumber("8000012050002")).isInstanceOf(IllegalArgumentException.class);
    }
}
