package jp.mnledger.command.importing;

/**
 * Told of each line an import has handled, in the import's thread and transaction (progress displays,
 * metrics, tests). An exception thrown here fails the import, which then registers nothing.
 */
@FunctionalInterface
public interface SubjectImportListener {

    void rowImported(String importId, int line, int processedRows);
}
