package jp.mnledger.kernel.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Disposal dates against hand-computed examples for every document type of LAW.md §4, for an employee who
 * left on 2020-03-31 (the 完結の日) after the 扶養控除等申告書 for 2020, and a one-off payee.
 */
class RetentionPolicyTest {

    private static final RetentionPolicy POLICY = RetentionPolicy.current();
    private static final LocalDate LEFT = LocalDate.of(2020, 3, 31);

    private static RetentionFacts leftEmployee(Set<Purpose> purposes) {
        return new RetentionFacts(SubjectKind.EMPLOYEE, true, purposes, LocalDate.of(2012, 4, 1), LEFT, null, Map.of());
    }

    /** Each row: the type, and by hand the first day it need no longer be kept. */
    @ParameterizedTest(name = "{0}: due {1}")
    @CsvSource({
            // deadline year 2020 → kept through 1/10 of 2020+8 → due 2028-01-11 (所得税法施行規則76条の3)
            "FUYO_KOJO_SHINKOKUSHO, 2028-01-11",
            // 法定申告期限 2021-01-31; 7 years from the day after → due 2028-02-01 (practice, unverified)
            "GENSEN_CHOSHUBO, 2028-02-01",
            // 完結の日 2020-03-31; 4 years → kept through 2024-03-31 (雇用保険法施行規則143条)
            "KOYO_HOKEN_HIHOKENSHA, 2024-04-01",
            "KOYO_HOKEN_SHORIBO, 2024-04-01",
            // 3 years (労災保険法施行規則51条)
            "ROSAI_HOKEN, 2023-04-01",
            // 2 years (健康保険法施行規則34条, 厚生年金保険法施行規則28条)
            "KENKO_HOKEN, 2022-04-01",
            "KOSEI_NENKIN, 2022-04-01",
            // no retention duty: the day after the business ended
            "JUMINZEI, 2020-04-01",
            "SONOTA_ZEIMU, 2020-04-01"})
    void eachDocumentTypeMatchesTheHandComputedDate(String typeId, LocalDate expected) {
        DocumentType type = POLICY.documentType(typeId).orElseThrow();
        assertThat(type.dueOn(LEFT, null, null)).isEqualTo(expected);
    }

    @Test
    void aOneOffPayeesPaymentReportIsNotKeptOnceFiled() {
        DocumentType type = POLICY.documentType("SHIHARAI_CHOSHO").orElseThrow();
        assertThat(type.dueOn(null, LocalDate.of(2026, 1, 20), null)).isEqualTo(LocalDate.of(2026, 1, 21));
        RetentionFacts payee = new RetentionFacts(SubjectKind.PAYEE, true, EnumSet.of(Purpose.PAYMENT_REPORT), null, null,
                null, Map.of(Purpose.PAYMENT_REPORT, LocalDate.of(2026, 1, 20)));
        assertThat(POLICY.due(payee, Map.of()).dueOn()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(POLICY.due(payee, Map.of()).unverified()).as("LAW.md flags it [verify PPC Q&A]").isTrue();
    }

    @Test
    void aPayeeWhoseReportIsNotYetFiledIsStillNeeded() {
        RetentionFacts payee = new RetentionFacts(SubjectKind.PAYEE, true, EnumSet.of(Purpose.PAYMENT_REPORT), null, null,
                null, Map.of());
        assertThat(POLICY.due(payee, Map.of())).isEqualTo(RetentionDue.NOT_DUE);
    }

    @Test
    void aPayeeOnAContinuingContractIsKept() {
        RetentionFacts payee = new RetentionFacts(SubjectKind.PAYEE, true, EnumSet.of(Purpose.PAYMENT_REPORT),
                LocalDate.of(2024, 4, 1), null, null, Map.of(Purpose.PAYMENT_REPORT, LocalDate.of(2026, 1, 20)));
        assertThat(POLICY.due(payee, Map.of())).isEqualTo(RetentionDue.NOT_DUE);
    }

    @Test
    void aSubjectIsDueWhenItsLastDocumentIs() {
        RetentionDue due = POLICY.due(leftEmployee(EnumSet.of(Purpose.WITHHOLDING_TAX, Purpose.EMPLOYMENT_INSURANCE,
                Purpose.SOCIAL_INSURANCE)), Map.of());
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(due.documentTypeId()).isEqualTo("GENSEN_CHOSHUBO");
        assertThat(due.unverified()).isTrue();

        RetentionDue insuranceOnly = POLICY.due(leftEmployee(EnumSet.of(Purpose.EMPLOYMENT_INSURANCE,
                Purpose.SOCIAL_INSURANCE)), Map.of());
        assertThat(insuranceOnly.dueOn()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(insuranceOnly.basis()).isEqualTo("雇用保険法施行規則143条");
    }

    @Test
    void anEmployeeStillEmployedIsKeptYearToYear() {
        RetentionFacts employed = new RetentionFacts(SubjectKind.EMPLOYEE, true, EnumSet.of(Purpose.WITHHOLDING_TAX),
                LocalDate.of(2012, 4, 1), null, null, Map.of());
        assertThat(POLICY.due(employed, Map.of())).isEqualTo(RetentionDue.NOT_DUE);
    }

    @Test
    void deathCompletesTheBusiness() {
        RetentionFacts deceased = new RetentionFacts(SubjectKind.EMPLOYEE, true, EnumSet.of(Purpose.SOCIAL_INSURANCE),
                LocalDate.of(2012, 4, 1), null, LocalDate.of(2021, 6, 30), Map.of());
        assertThat(POLICY.due(deceased, Map.of()).dueOn()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void withoutANumberThereIsNothingToDispose() {
        RetentionFacts refused = new RetentionFacts(SubjectKind.EMPLOYEE, false, Set.of(), LocalDate.of(2012, 4, 1), LEFT,
                null, Map.of());
        assertThat(POLICY.due(refused, Map.of())).isEqualTo(RetentionDue.NOT_DUE);
    }

    @Test
    void aDependentFollowsItsEmployeesDocuments() {
        RetentionFacts dependentWithEmployeeDates = new RetentionFacts(SubjectKind.DEPENDENT, true,
                EnumSet.of(Purpose.WITHHOLDING_TAX), LocalDate.of(2012, 4, 1), LEFT, null, Map.of());
        assertThat(POLICY.due(dependentWithEmployeeDates, Map.of()).dueOn()).isEqualTo(LocalDate.of(2028, 2, 1));
    }

    @Test
    void aCompanyMayLengthenAPeriodButNeverShortenIt() {
        RetentionDue longer = POLICY.due(leftEmployee(EnumSet.of(Purpose.SOCIAL_INSURANCE)),
                Map.of("KENKO_HOKEN", Period.ofYears(5)));
        assertThat(longer.dueOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        DocumentType kenko = POLICY.documentType("KENKO_HOKEN").orElseThrow();
        assertThat(kenko.notShorterThanStatutory(Period.ofYears(5))).isTrue();
        assertThat(kenko.notShorterThanStatutory(Period.ofMonths(23))).isFalse();
    }

    @Test
    void thePolicyIsVersionedAndEveryLineHasABasis() {
        assertThat(POLICY.version()).isEqualTo(1);
        assertThat(POLICY.documentTypes()).hasSize(10).allSatisfy(t -> {
            assertThat(t.basis()).isNotBlank();
            assertThat(t.source()).isNotBlank();
        });
        assertThat(POLICY.documentTypes()).filteredOn(DocumentType::unverified).extracting(DocumentType::id)
                .containsExactlyInAnyOrder("GENSEN_CHOSHUBO", "SHIHARAI_CHOSHO");
    }
}
