package jp.mnledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mnledger.command.lookup.SubjectDirectory.EmployeeCodeHolder;
import jp.mnledger.kernel.error.DomainException;
import jp.mnledger.kernel.error.ErrorCode;
import jp.mnledger.kernel.error.InputError;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectImportParserTest {

    private static final String HEADER = "区分,氏名,社員番号,扶養元社員番号,続柄,職種,入社日\n";
    private static final String EXISTING_EMPLOYEE = "11111111-2222-4333-8444-555555555555";

    private final Map<String, EmployeeCodeHolder> existing = new HashMap<>(Map.of(
            "E001", new EmployeeCodeHolder(EXISTING_EMPLOYEE, SubjectKind.EMPLOYEE),
            "V001", new EmployeeCodeHolder("99999999-2222-4333-8444-555555555555", SubjectKind.PAYEE)));

    private SubjectImportFile parse(String csv) {
        return parse(csv.getBytes(StandardCharsets.UTF_8), null, 100);
    }

    private SubjectImportFile parse(byte[] bytes, String charset, int maxRows) {
        return SubjectImportParser.parse(bytes, charset, maxRows, codes -> {
            Map<String, EmployeeCodeHolder> found = new HashMap<>(existing);
            found.keySet().retainAll(codes);
            return found;
        });
    }

    private static ErrorCode refusal(Runnable parse) {
        try {
            parse.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aGoodFileReadsEveryColumn() {
        SubjectImportFile file = parse(HEADER
                + "従業員,山田 太郎,A001,,,,2024-04-01\n"
                + "扶養親族,山田 花子,,A001,配偶者,,\n"
                + "扶養親族,山田 一郎,,E001,子,,\n"
                + "報酬の支払先,佐藤 デザイン,,,,デザイナー,2023/4/1\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.encoding()).isEqualTo("UTF-8");
        assertThat(file.totalRows()).isEqualTo(4);
        assertThat(file.validRows()).isEqualTo(4);
        ImportRow employee = file.rows().get(0);
        assertThat(employee.line()).isEqualTo(2);
        assertThat(employee.kind()).isEqualTo(SubjectKind.EMPLOYEE);
        assertThat(employee.displayName().value()).isEqualTo("山田 太郎");
        assertThat(employee.employeeCode()).isEqualTo("A001");
        assertThat(employee.employmentStartedOn()).isEqualTo(LocalDate.of(2024, 4, 1));
        ImportRow spouse = file.rows().get(1);
        assertThat(spouse.relatedEmployeeCode()).isEqualTo("A001");
        assertThat(spouse.existingRelatedSubjectId()).as("in the same file").isNull();
        assertThat(spouse.relationship()).isEqualTo(Relationship.SPOUSE);
        assertThat(file.rows().get(2).existingRelatedSubjectId()).isEqualTo(EXISTING_EMPLOYEE);
        ImportRow payee = file.rows().get(3);
        assertThat(payee.occupation()).isEqualTo("デザイナー");
        assertThat(payee.employmentStartedOn()).isEqualTo(LocalDate.of(2023, 4, 1));
    }

    @Test
    void englishHeadingsEnumNamesAndAnyColumnOrderWork() {
        SubjectImportFile file = parse("displayName,KIND,Relationship,relatedEmployeeCode,employee_code\n"
                + "山田 太郎,employee,,,A001\n"
                + "山田 花子,DEPENDENT,spouse,A001,\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).extracting(ImportRow::kind).containsExactly(SubjectKind.EMPLOYEE, SubjectKind.DEPENDENT);
    }

    @Test
    void everydayWordsFullWidthTextAndIdeographicSpacesAreUnderstood() {
        SubjectImportFile file = parse("　区分　,氏 名,社員番号,扶養元社員番号,続柄\n"
                + "ﾊﾟｰﾄ,\u3000鈴木 美咲\u3000,Ｐ００１,,\n"
                + "扶養親族,鈴木 翔,,Ｐ００１,長男\n"
                + "嘱託,田中 一,C9,,\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).kind()).isEqualTo(SubjectKind.PART_TIME);
        assertThat(file.rows().get(0).displayName().value()).isEqualTo("鈴木 美咲");
        assertThat(file.rows().get(0).employeeCode()).isEqualTo("P001");
        assertThat(file.rows().get(1).relationship()).isEqualTo(Relationship.CHILD);
        assertThat(file.rows().get(2).kind()).isEqualTo(SubjectKind.CONTRACT);
    }

    @Test
    void quotedNamesWithCommasQuotesAndCrlfLinesAreRead() {
        SubjectImportFile file = parse("kind,displayName\r\nEMPLOYEE,\"O'Neil, \"\"Jack\"\"\"\r\n\r\n\r\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).singleElement()
                .satisfies(row -> assertThat(row.displayName().value()).isEqualTo("O'Neil, \"Jack\""));
    }

    @Test
    void windows31jBytesAreReadWithTheirOwnCharacters() {
        SubjectImportFile file = parse((HEADER + "従業員,髙橋 ①郎,K1,,,,\n").getBytes(Charset.forName("Windows-31J")),
                null, 100);

        assertThat(file.errors()).isEmpty();
        assertThat(file.encoding()).isEqualTo("windows-31j");
        assertThat(file.rows().get(0).displayName().value()).isEqualTo("髙橋 ①郎");
    }

    @Test
    void aDependentMayComeBeforeItsEmployeeInTheFile() {
        SubjectImportFile file = parse(HEADER + "扶養親族,後 花子,,L1,妻,,\n従業員,後 太郎,L1,,,,\n");

        assertThat(file.errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no kind               | ,山田 太郎,,,,,                       | kind                | IMPORT_KIND_INVALID",
            "unknown kind          | 社長,山田 太郎,,,,,                    | kind                | IMPORT_KIND_INVALID",
            "no name               | 従業員,,,,,,                          | displayName         | IMPORT_NAME_REQUIRED",
            "code with a space     | 従業員,山田 太郎,E 1,,,,              | employeeCode        | IMPORT_EMPLOYEE_CODE_FORMAT",
            "code already taken    | 従業員,山田 太郎,E001,,,,             | employeeCode        | EMPLOYEE_CODE_TAKEN",
            "dependent, no employee| 扶養親族,山田 花子,,,配偶者,,         | relatedEmployeeCode | IMPORT_RELATED_EMPLOYEE_REQUIRED",
            "unknown employee      | 扶養親族,山田 花子,,E404,配偶者,,     | relatedEmployeeCode | IMPORT_RELATED_EMPLOYEE_NOT_FOUND",
            "a payee's dependent   | 扶養親族,山田 花子,,V001,配偶者,,     | relatedEmployeeCode | IMPORT_RELATED_NOT_EMPLOYED",
            "no relationship       | 扶養親族,山田 花子,,E001,,,           | relationship        | RELATIONSHIP_REQUIRED",
            "unknown relationship  | 扶養親族,山田 花子,,E001,友人,,       | relationship        | IMPORT_RELATIONSHIP_UNKNOWN",
            "employee with 続柄     | 従業員,山田 太郎,,,子,,               | relationship        | RELATED_SUBJECT_ONLY_FOR_DEPENDENTS",
            "employee with 扶養元   | 従業員,山田 太郎,,E001,,,             | relatedEmployeeCode | RELATED_SUBJECT_ONLY_FOR_DEPENDENTS",
            "employee's occupation | 従業員,山田 太郎,,,,講師,             | occupation          | OCCUPATION_ONLY_FOR_PAYEES",
            "not a date            | 従業員,山田 太郎,,,,,4月1日           | employmentStartedOn | IMPORT_DATE_FORMAT",
            "no such day           | 従業員,山田 太郎,,,,,2024/2/30        | employmentStartedOn | IMPORT_DATE_FORMAT",
            "dependent's 入社日     | 扶養親族,山田 花子,,E001,子,,2024-04-01 | employmentStartedOn | IMPORT_EMPLOYMENT_DATE_NOT_FOR_DEPENDENTS",
            "a number in the name  | 従業員,1234 5678 9018,,,,,            | displayName         | IMPORT_MY_NUMBER_IN_CELL",
            "a number as occupation| 報酬の支払先,佐藤 一,,,,１２３４５６７８９０１８, | occupation | IMPORT_MY_NUMBER_IN_CELL"})
    void eachLineErrorHasItsCodeLineAndColumn(String what, String line, String column, String code) {
        SubjectImportFile file = parse(HEADER + "従業員,先頭 太郎,F1,,,,\n" + line + "\n");

        assertThat(file.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.column()).isEqualTo(column);
            assertThat(error.position()).isPositive();
            assertThat(error.messageJa()).isNotBlank();
            assertThat(error.messageEn()).isNotBlank();
        });
        assertThat(file.validRows()).isEqualTo(1);
        assertThat(file.rows().get(1).valid()).isFalse();
    }

    @Test
    void aCodeRepeatedInTheFileIsAnErrorOnItsLaterLines() {
        SubjectImportFile file = parse(HEADER + "従業員,一 太郎,D1,,,,\n従業員,二 太郎,D1,,,,\n従業員,三 太郎,D1,,,,\n");

        assertThat(file.errors()).extracting(InputError::line, InputError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "IMPORT_EMPLOYEE_CODE_DUPLICATE"),
                        org.assertj.core.groups.Tuple.tuple(4, "IMPORT_EMPLOYEE_CODE_DUPLICATE"));
    }

    @Test
    void tooLongValuesAndLineBreaksInANameAreErrors() {
        SubjectImportFile file = parse(HEADER + "従業員,\"" + "長".repeat(301) + "\",,,,,\n"
                + "従業員,\"改行\nあり\",,,,,\n" + "従業員,短 太郎," + "X".repeat(65) + ",,,,\n");

        assertThat(file.errors()).extracting(InputError::code)
                .containsExactly("IMPORT_VALUE_TOO_LONG", "IMPORT_VALUE_INVALID", "IMPORT_VALUE_TOO_LONG");
    }

    @Test
    void textInAColumnWithoutAHeadingIsAnError() {
        SubjectImportFile file = parse("区分,氏名,,\n従業員,山田 太郎,,\n従業員,山田,太郎,\n");

        assertThat(file.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("IMPORT_COLUMN_COUNT");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.position()).isEqualTo(3);
        });
    }

    @Test
    void noErrorRepeatsAValue() {
        SubjectImportFile file = parse(HEADER + "扶養親族,秘密 の名前,E 1,E404,友人,講師,昨日\n社長,秘密 二,,,,,\n");

        assertThat(file.errors()).hasSize(6);
        assertThat(file.errors().toString()).doesNotContain("秘密", "社長", "E 1", "E404", "友人", "講師", "昨日");
        assertThat(file.rows().toString()).doesNotContain("秘密");
    }

    @ParameterizedTest
    @ValueSource(strings = {"個人番号", "マイナンバー", "ﾏｲﾅﾝﾊﾞｰ", "myNumber", "My Number", "マイナンバー（個人番号）"})
    void aFileWithAMyNumberColumnIsRefusedWholeWithoutEchoingIt(String heading) {
        String csv = "区分,氏名," + heading + "\n従業員,山田 太郎,123456789018\n";

        assertThatThrownBy(() -> parse(csv)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_MY_NUMBER_COLUMN_REFUSED);
            assertThat(e.errors()).isEmpty();
            assertThat(e.getMessage()).isEqualTo("IMPORT_MY_NUMBER_COLUMN_REFUSED");
        });
    }

    @Test
    void headingsMustBeKnownOnceEachAndIncludeKindAndName() {
        assertThatThrownBy(() -> parse("区分,氏名,住所\n従業員,山田 太郎,東京都\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_COLUMN_UNKNOWN);
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.position()).isEqualTo(3);
                        assertThat(error.column()).isNull();
                    });
                    assertThat(e.errors().toString()).doesNotContain("住所");
                });
        assertThat(refusal(() -> parse("区分,氏名,displayName\n従業員,a,b\n"))).isEqualTo(ErrorCode.IMPORT_COLUMN_DUPLICATE);
        assertThat(refusal(() -> parse("氏名,社員番号\n山田 太郎,E9\n"))).isEqualTo(ErrorCode.IMPORT_COLUMN_MISSING);
    }

    @Test
    void aFileWithoutHeadingsIsRefusedWithoutEchoingItsFirstLine() {
        assertThatThrownBy(() -> parse("従業員,山田 太郎,E9\n")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_COLUMN_UNKNOWN);
            assertThat(e.errors().toString()).doesNotContain("山田");
        });
    }

    @Test
    void emptyFilesAndFilesWithOnlyHeadingsAreRefused() {
        assertThat(refusal(() -> parse(""))).isEqualTo(ErrorCode.IMPORT_EMPTY);
        assertThat(refusal(() -> parse("\r\n\r\n"))).isEqualTo(ErrorCode.IMPORT_EMPTY);
        assertThat(refusal(() -> parse(HEADER + "\n,,,,,,\n"))).isEqualTo(ErrorCode.IMPORT_EMPTY);
    }

    @Test
    void theRowLimitCountsDataLinesOnly() {
        String twoRows = HEADER + "従業員,一 太郎,,,,,\n\n従業員,二 太郎,,,,,\n";
        assertThat(parse(twoRows.getBytes(StandardCharsets.UTF_8), null, 2).totalRows()).isEqualTo(2);
        assertThat(refusal(() -> parse(twoRows.getBytes(StandardCharsets.UTF_8), null, 1)))
                .isEqualTo(ErrorCode.IMPORT_TOO_MANY_ROWS);
    }

    @Test
    void anExplicitCharsetIsUsed() {
        byte[] sjis = (HEADER + "従業員,髙橋 一,,,,,\n").getBytes(Charset.forName("Windows-31J"));

        assertThat(parse(sjis, "Shift_JIS", 10).rows().get(0).displayName().value()).isEqualTo("髙橋 一");
        assertThat(refusal(() -> parse(sjis, "UTF-8", 10))).isEqualTo(ErrorCode.IMPORT_ENCODING_INVALID);
    }

    @Test
    void theMaskShowsTheFirstCharacterAndTheShape() {
        assertThat(NameMask.mask(new jp.mnledger.kernel.seal.PersonalName("山田 太郎"))).isEqualTo("山＊ ＊＊");
        assertThat(NameMask.mask(new jp.mnledger.kernel.seal.PersonalName("某"))).isEqualTo("＊");
        assertThat(NameMask.mask(new jp.mnledger.kernel.seal.PersonalName("𠮷野 家"))).isEqualTo("𠮷＊ ＊");
    }

    @Test
    void theLinesOfTheFileAreKeptInOrder() {
        List<Integer> lines = parse(HEADER + "従業員,一,,,,,\n\n従業員,二,,,,,\n").rows().stream()
                .map(ImportRow::line).toList();
        assertThat(lines).containsExactly(2, 4);
    }
}
