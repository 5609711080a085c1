package jp.mnledger.kernel.access;

/** A message about one data subject (inside a company). */
public interface SubjectScoped extends CompanyScoped {
    String subjectId();
}
