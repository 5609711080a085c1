package jp.mnledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.mnledger.command.importing.CsvTokenizer.CsvRecord;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    private static List<CsvRecord> records(String text) {
        return CsvTokenizer.records(text, 100);
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
        List<CsvRecord> records = records("a,b,c\r\n\"x, y\",\"line 1\nline 2\",\"say \"\"hi\"\"\"\r\nlast,,\"\"\r\n");

        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("x, y", "line 1\nline 2", "say \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("last", "", "");
    }

    @Test
    void aLineIsTheSpreadsheetRowSoALineBreakInQuotesDoesNotCountAndBlankRowsDo() {
        List<CsvRecord> records = records("h\n\"two\nlines\"\n\n,,\nfive\n\n\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5);
    }

    @Test
    void lfCrlfAndCrAllEndARecordAndTheLastNeedsNone() {
        assertThat(records("a\nb\r\nc\rd")).extracting(r -> r.fields().get(0)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void spacesAroundAQuotedFieldAreTolerated() {
        assertThat(records(" \"a,b\" ,\u3000\"c\"\u3000\n").get(0).fields()).containsExactly("a,b", "c");
    }

    @Test
    void anUnclosedQuoteIsMalformedAtTheLineItStarts() {
        assertThatThrownBy(() -> records("h\nok\n\"never closed\nmore\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_CSV_MALFORMED);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.line()).isEqualTo(3));
                });
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() {
        assertThatThrownBy(() -> records("h\n\"a\"b\n"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_CSV_MALFORMED));
    }

    @Test
    void moreRecordsThanAllowedAreRefused() {
        assertThat(CsvTokenizer.records("h\n1\n2\n\n", 3)).hasSize(3);
        assertThatThrownBy(() -> CsvTokenizer.records("h\n1\n2\n3\n", 3))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_TOO_MANY_ROWS));
    }
}
