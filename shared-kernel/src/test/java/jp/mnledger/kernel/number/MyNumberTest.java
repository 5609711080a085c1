package jp.mnledger.kernel.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MyNumberTest {

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvFileSource(resources = "/vectors/mynumber-vectors.csv", numLinesToSkip = 1)
    void validatesEveryVector(String number, boolean valid, String note) {
        if (valid) {
            assertThat(MyNumber.parse(number).digits()).isEqualTo(number);
        } else {
            assertThatThrownBy(() -> MyNumber.parse(number))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo(expectedCode(note));
        }
    }

    /** The vectors' notes say why a number is invalid; each reason has its own public code. */
    private static ErrorCode expectedCode(String note) {
        if (note.contains("too short") || note.contains("too long")) {
            return ErrorCode.MY_NUMBER_LENGTH;
        }
        if (note.contains("not a digit")) {
            return ErrorCode.MY_NUMBER_FORMAT;
        }
        if (note.contains("empty")) {
            return ErrorCode.MY_NUMBER_REQUIRED;
        }
        return ErrorCode.MY_NUMBER_CHECK_DIGIT;
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvFileSource(resources = "/vectors/mynumber-input-normalisation.csv", numLinesToSkip = 1,
            ignoreLeadingAndTrailingWhitespace = false)
    void normalisesInputAsPeopleTypeIt(String input, String expected, String note) {
        if (expected.startsWith("ERROR:")) {
            ErrorCode code = ErrorCode.valueOf("MY_NUMBER_" + expected.substring("ERROR:".length()));
            assertThatThrownBy(() -> MyNumber.parse(input))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code())
                    .isEqualTo(code);
        } else {
            assertThat(MyNumber.parse(input).digits()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void refusesMissingInput(String input) {
        assertThatThrownBy(() -> MyNumber.parse(input))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.MY_NUMBER_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"١٢٣٤٥٦٧٨٩٠١٨", "12345678901８x", "123456789018\n;DROP"})
    void refusesDigitsOfOtherScriptsAndStrayCharacters(String input) {
        assertThatThrownBy(() -> MyNumber.parse(input))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.MY_NUMBER_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"023456789013", "123456789018"})
    void neverPrintsItsDigits(String number) {
        MyNumber myNumber = MyNumber.parse(number);
        assertThat(myNumber.toString()).doesNotContain(number).doesNotContainPattern("[0-9]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "1234a5678901"})
    void errorMessagesNeverCarryTheInput(String input) {
        assertThatThrownBy(() -> MyNumber.parse(input))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(input).doesNotContainPattern("[0-9]"));
    }
}
