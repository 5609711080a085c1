package jp.mnledger.command.importing;

import java.time.LocalDate;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * One line of an import file, as read: the values that parsed (null where a value is absent or did not
 * parse) and whether the line is free of errors. The name stays a {@link PersonalName}, so printing a row
 * never shows it.
 *
 * @param existingRelatedSubjectId for a dependent of an employee registered before this file: that
 *                                 employee's subject id (null when the employee is in the same file)
 */
public record ImportRow(int line, SubjectKind kind, PersonalName displayName, String employeeCode,
                        String relatedEmployeeCode, Relationship relationship, String occupation,
                        LocalDate employmentStartedOn, String existingRelatedSubjectId, boolean valid) {
}
