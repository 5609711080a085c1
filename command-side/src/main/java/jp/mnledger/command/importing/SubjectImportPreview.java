package jp.mnledger.command.importing;

import java.time.LocalDate;
import java.util.List;
import jp.mnledger.kernel.error.InputError;
import jp.mnledger.kernel.subject.Relationship;
import jp.mnledger.kernel.subject.SubjectKind;

/**
 * What an import of the file would register, with every error, before anything is stored. Names are
 * shown masked (the first character, the rest as ＊): enough to see the file was read in the right
 * encoding, without sending the names back in full.
 */
public record SubjectImportPreview(String encoding, String encodingSource, int totalRows, int validRows,
                                   List<InputError> errors, List<Row> rows) {

    public record Row(int line, boolean valid, SubjectKind kind, String kindLabel, String maskedName,
                      String employeeCode, String relatedEmployeeCode, Relationship relationship,
                      String relationshipLabel, String occupation, LocalDate employmentStartedOn) {
    }
}
