package jp.mnledger.command.importing;

import java.util.List;
import jp.mnledger.kernel.error.InputError;

/**
 * An import file after reading and checking, before anything is stored: how it was decoded, every data
 * line, and every error by line and column.
 */
public record SubjectImportFile(String encoding, String encodingSource, List<ImportRow> rows, List<InputError> errors) {

    public SubjectImportFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public int totalRows() {
        return rows.size();
    }

    public int validRows() {
        return (int) rows.stream().filter(ImportRow::valid).count();
    }

    public boolean importable() {
        return errors.isEmpty() && !rows.isEmpty();
    }
}
