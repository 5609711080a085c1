package jp.mnledger.command.importing;

import java.time.Instant;
import java.util.List;

/**
 * An accepted import: RUNNING (processedRows counts the lines handled so far in its still-open
 * transaction), COMPLETED (every line registered; the ids of the subjects created, in line order) or
 * FAILED (nothing registered; the code and, where one line caused it, that line).
 */
public record SubjectImportStatus(String importId, Status status, int totalRows, int processedRows, String encoding,
                                  Instant startedAt, Instant finishedAt, Integer failedLine, String errorCode,
                                  String errorMessageJa, String errorMessageEn, List<String> createdSubjectIds) {

    public enum Status { RUNNING, COMPLETED, FAILED }
}
