package jp.mnledger.ops.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database into a start-up message a person can act on, in Japanese and English. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                "設定されたデータベースに接続できないため、mnledger を起動しません。\n"
                        + "mnledger will not start: it cannot connect to the configured database at " + cause.url()
                        + ".\n" + cause.getMessage()
                        + "\nIt never falls back to another store, so that no record is written where you do not expect it.",
                "MNLEDGER_DB_URL / MNLEDGER_DB_USER / MNLEDGER_DB_PASSWORD を確認し、データベースが起動していて到達できることを確かめてください。"
                        + "\nCheck MNLEDGER_DB_URL, MNLEDGER_DB_USER and MNLEDGER_DB_PASSWORD, and that the database is running and reachable."
                        + " Unset MNLEDGER_DB_URL to use the embedded database instead.",
                cause);
    }
}
