package jp.mnledger.kernel.subject;

/** A company's data subjects, masked. */
public record FetchSubjectsQuery(String companyId) {
}
